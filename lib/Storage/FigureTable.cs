using System;
using System.ComponentModel;
using System.Runtime.CompilerServices;

namespace ReportData.Storage;

/// <summary>
/// Decodes the figure records a generated report holder keeps as data: a table of the report's distinct
/// texts, nine numbers per figure and the values. Called by generated code only, in the manner of
/// <c>JsonMetadataServices</c>; not for use in your own code.
/// </summary>
/// <remarks>
/// <para>
/// The layout. The text table holds every distinct text of the report once, the figures' ids first (text
/// <c>i</c> is the id of figure <c>i</c>); <c>textEnds[t]</c> is where text <c>t</c> ends. A figure's
/// <see cref="FieldsPerFigure"/> fields are its codes (<see cref="YearShift"/> and the masks and flags below)
/// and its texts in the order of the <c>...Field</c> constants, each as one plus its index in the table, 0 for null.
/// <c>values[i]</c> is figure <c>i</c>'s value; the high ends of ranges follow the values, in figure order.
/// </para>
/// <para>
/// Values are written by the generator as the same C# literals as the figures' constants, so a record's
/// value is its constant's, bit for bit, read by the compiler alone. Enums are stored as their numbers.
/// </para>
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public static partial class FigureTable
{
    /// <summary>The version of this layout; the generator refuses a ReportData package whose version differs (RD0010).</summary>
    public const int LayoutVersion = 2;

    /// <summary>The number of fields each figure has.</summary>
    public const int FieldsPerFigure = 9;

    /// <summary>The field of a figure's codes (unit, bound, kind, flags and year).</summary>
    public const int CodesField = 0;

    /// <summary>The field of <see cref="Figure.Key"/>.</summary>
    public const int KeyField = 1;

    /// <summary>The field of <see cref="Figure.Label"/>.</summary>
    public const int LabelField = 2;

    /// <summary>The field of <see cref="Figure.Quote"/>.</summary>
    public const int QuoteField = 3;

    /// <summary>The field of <see cref="Figure.PrintedValue"/>.</summary>
    public const int PrintedValueField = 4;

    /// <summary>The field of <see cref="Figure.PrintedUnit"/>.</summary>
    public const int PrintedUnitField = 5;

    /// <summary>The field of <see cref="Figure.Horizon"/> (0 for null).</summary>
    public const int HorizonField = 6;

    /// <summary>The field of <see cref="Figure.CorrectedUnit"/> (0 for null).</summary>
    public const int CorrectedUnitField = 7;

    /// <summary>The field of <see cref="Figure.Note"/> (0 for null).</summary>
    public const int NoteField = 8;

    /// <summary>The codes' bits that hold the <see cref="FigureUnit"/> number.</summary>
    public const int UnitMask = 0xFF;

    /// <summary>Where the <see cref="TargetBound"/> number starts in the codes.</summary>
    public const int BoundShift = 8;

    /// <summary>The bits of the <see cref="TargetBound"/> number, once shifted down.</summary>
    public const int BoundMask = 0xF;

    /// <summary>Set when <see cref="Figure.Kind"/> is <see cref="FigureKind.Target"/>.</summary>
    public const int TargetFlag = 1 << 12;

    /// <summary>Set when <see cref="Figure.IsEstimate"/>.</summary>
    public const int EstimateFlag = 1 << 13;

    /// <summary>Set when <see cref="Figure.IsDecline"/>.</summary>
    public const int DeclineFlag = 1 << 14;

    /// <summary>Set when the figure is a range: its high end is the next of the values after the figures' own.</summary>
    public const int RangeFlag = 1 << 15;

    /// <summary>Where <see cref="Figure.Year"/> starts in the codes (0 for null: years start at 1900).</summary>
    public const int YearShift = 16;

    /// <summary>MethodImplOptions.AggressiveOptimization (netstandard2.0 does not name it): code that runs once, over every figure.</summary>
    private const MethodImplOptions RunsOnce = (MethodImplOptions)512;

    /// <summary>Decodes figures whose texts are one string, <paramref name="textEnds"/> counted in characters.</summary>
    [MethodImpl(RunsOnce)]
    public static Figure[] Decode(ReportSource source, string texts, int[] textEnds, int[] fields, double[] values)
    {
        var table = new string[textEnds.Length];
        var start = 0;
        for (var i = 0; i < table.Length; i++)
        {
            table[i] = texts.Substring(start, textEnds[i] - start);
            start = textEnds[i];
        }

        return Decode(source, table, fields, values);
    }

    [MethodImpl(RunsOnce)]
    private static Figure[] Decode(ReportSource source, string[] texts, int[] fields, double[] values)
    {
        var count = fields.Length / FieldsPerFigure;
        if (fields.Length % FieldsPerFigure != 0 || values.Length < count || texts.Length < count)
        {
            throw new FormatException("The figure data of " + source.YamlFile + " is malformed; rebuild with matching ReportData and ReportData.Generator versions.");
        }

        var figures = new Figure[count];
        var nextHigh = count;
        for (var i = 0; i < count; i++)
        {
            var at = i * FieldsPerFigure;
            var codes = fields[at + CodesField];
            var year = codes >> YearShift;
            figures[i] = new Figure(
                Id: texts[i],
                City: source.City,
                Year: year == 0 ? null : year,
                Horizon: Text(texts, fields[at + HorizonField]),
                Key: Text(texts, fields[at + KeyField])!,
                Kind: (codes & TargetFlag) != 0 ? FigureKind.Target : FigureKind.Actual,
                Value: values[i],
                ValueHigh: (codes & RangeFlag) != 0 ? values[nextHigh++] : null,
                Unit: (FigureUnit)(codes & UnitMask),
                PrintedValue: Text(texts, fields[at + PrintedValueField])!,
                PrintedUnit: Text(texts, fields[at + PrintedUnitField])!,
                CorrectedUnit: Text(texts, fields[at + CorrectedUnitField]),
                Label: Text(texts, fields[at + LabelField])!,
                Quote: Text(texts, fields[at + QuoteField])!,
                Source: source,
                IsEstimate: (codes & EstimateFlag) != 0,
                Bound: (TargetBound)((codes >> BoundShift) & BoundMask),
                IsDecline: (codes & DeclineFlag) != 0,
                Note: Text(texts, fields[at + NoteField]));
        }

        return figures;
    }

    /// <summary>The text a field refers to: one plus its index in the table, 0 for null.</summary>
    private static string? Text(string[] texts, int reference) => reference == 0 ? null : texts[reference - 1];
}
