using System;
using System.Collections.Generic;
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
/// <c>i</c> is the id of figure <c>i</c>). The report's numbers, one literal of ASCII digits (see <see cref="FirstDigit"/>),
/// are the count of texts, each text's length, then each figure's <see cref="FieldsPerFigure"/> fields: its codes (<see cref="YearShift"/> and the masks and flags below)
/// and its texts in the order of the <c>...Field</c> constants, each as one plus its index in the table, 0 for null.
/// <c>values[i]</c> is figure <c>i</c>'s value; the high ends of ranges follow the values, in figure order.
/// </para>
/// <para>
/// Values are written by the generator as the same C# literals as the figures' constants, so a record's
/// value is its constant's, bit for bit, read by the compiler alone. Enums are stored as their numbers.
/// </para>
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
[Obsolete("Not for use in user code: ReportData.Storage is the storage layout that code emitted by the ReportData generator calls, and it may change in any release.")]
public static partial class FigureTable
{
    /// <summary>MethodImplOptions.AggressiveOptimization (netstandard2.0 does not name it): code that runs once, over every figure.</summary>
    private const MethodImplOptions RunsOnce = (MethodImplOptions)512;

    /// <summary>The texts that recur across reports, one instance each (see <see cref="ShareAcrossReports"/>); also the lock.</summary>
    private static readonly Dictionary<string, string> SharedTexts = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>Decodes figures whose texts are one string, their lengths in <paramref name="numbers"/> counted in characters.</summary>
    [MethodImpl(RunsOnce)]
    public static Figure[] Decode(ReportSource source, string texts, string numbers, double[] values)
    {
        var data = ReadNumbers(numbers, source.YamlFile);
        var table = new string[TextCount(data, texts.Length, source.YamlFile)];
        var start = 0;
        for (var i = 0; i < table.Length; i++)
        {
            table[i] = texts.Substring(start, data[1 + i]);
            start += data[1 + i];
        }

        return Decode(source, table, data, values);
    }

    /// <summary>The figures of a report's texts and numbers (the fields follow the text count and lengths).</summary>
    [MethodImpl(RunsOnce)]
    private static Figure[] Decode(ReportSource source, string[] texts, int[] fields, double[] values)
    {
        var first = 1 + texts.Length;
        var count = (fields.Length - first) / FieldsPerFigure;
        if ((fields.Length - first) % FieldsPerFigure != 0 || values.Length < count || texts.Length < count)
        {
            throw Malformed(source.YamlFile);
        }

        ShareAcrossReports(texts, fields, first, count);
        var figures = new Figure[count];
        var nextHigh = count;
        for (var i = 0; i < count; i++)
        {
            var at = first + i * FieldsPerFigure;
            var codes = fields[at + CodesField];
            var year = codes >> YearShift;
            figures[i] = new Figure(
                Id: texts[i],
                Place: source.Place,
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

    /// <summary>
    /// Makes the texts that recur from report to report (keys, labels, units, horizons, notes: not ids, quotes or printed
    /// values) one string for the whole process, so that a dataset keeps one <c>"Gdp"</c>, not one per report: each report's
    /// table is its own (generated file by file), so only the decoder sees across reports. The pool holds only what decoded
    /// figures keep alive anyway, and is locked once per report.
    /// </summary>
    private static void ShareAcrossReports(string[] texts, int[] fields, int first, int count)
    {
        var shared = new bool[texts.Length];
        lock (SharedTexts)
        {
            for (var at = first; at < first + count * FieldsPerFigure; at += FieldsPerFigure)
            {
                Share(texts, shared, SharedTexts, fields[at + KeyField]);
                Share(texts, shared, SharedTexts, fields[at + LabelField]);
                Share(texts, shared, SharedTexts, fields[at + PrintedUnitField]);
                Share(texts, shared, SharedTexts, fields[at + HorizonField]);
                Share(texts, shared, SharedTexts, fields[at + CorrectedUnitField]);
                Share(texts, shared, SharedTexts, fields[at + NoteField]);
            }
        }
    }

    private static void Share(string[] texts, bool[] shared, Dictionary<string, string> pool, int reference)
    {
        if (reference == 0 || shared[reference - 1])
        {
            return;
        }

        shared[reference - 1] = true;
        var text = texts[reference - 1];
        if (pool.TryGetValue(text, out var instance))
        {
            texts[reference - 1] = instance;
        }
        else
        {
            pool.Add(text, text);
        }
    }

    /// <summary>The text a field refers to: one plus its index in the table, 0 for null.</summary>
    private static string? Text(string[] texts, int reference) => reference == 0 ? null : texts[reference - 1];

    /// <summary>The one error of data the decoders cannot read, for every table: the packages' versions differ.</summary>
    private static FormatException Malformed(string what) =>
        new FormatException("The figure data of " + what + " is malformed; rebuild with matching ReportData and ReportData.Generator versions.");
}
