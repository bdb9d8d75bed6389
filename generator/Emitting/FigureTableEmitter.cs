using System.Collections.Generic;
using System.Linq;
using ReportData.Authoring.Model;
using ReportData.Authoring.Numbers;

namespace ReportData.Generator.Emitting;

/// <summary>
/// Writes a report's figure records as the data <c>ReportData.Storage.FigureTable</c> decodes: a table of
/// the distinct texts (UTF-8 where the compilation allows), their lengths and nine numbers per figure as one literal
/// of digits, and the values as the very literals of the figures' constants, so that a record's value is its
/// constant's by construction.
/// </summary>
internal static class FigureTableEmitter
{
    /// <summary>
    /// Writes a report's decoder, <c>internal static Figure[] Name(ReportSource source)</c>: the only code a report has,
    /// which the dataset's store calls (and the runtime compiles) on the report's first use, and never before.
    /// </summary>
    public static void WriteDecode(SourceWriter writer, IReadOnlyList<FigureSpec> figures, string name, string city, bool utf8Data)
    {
        var table = new TextTable();
        foreach (var figure in figures)
        {
            table.Add(city + "." + figure.RelativeId);
        }

        var fields = new int[figures.Count * FigureTable.FieldsPerFigure];
        for (var i = 0; i < figures.Count; i++)
        {
            WriteFields(figures[i], table, fields, i * FigureTable.FieldsPerFigure);
        }

        var values = figures.Select(figure => figure.Value)
            .Concat(figures.Where(figure => figure.ValueHigh is not null).Select(figure => figure.ValueHigh!.Value))
            .Select(DecimalLiteral.Double)
            .ToList();

        // A lone surrogate has no UTF-8 form: such a report keeps its texts in a UTF-16 string.
        var utf8 = utf8Data && table.Texts.All(DataLiterals.IsWellFormed);
        var numbers = new[] { table.Texts.Count }.Concat(table.Lengths(utf8)).Concat(fields);
        writer.Open("internal static " + GeneratedCode.Runtime("Figure") + "[] " + name + "(" + GeneratedCode.Runtime("ReportSource") + " source)");
        writer.Line("return global::ReportData.Storage.FigureTable.Decode(");
        writer.Line("    source,");
        CSharpText.AppendLiteral(writer.StartLine().Append("    "), table.Texts).Append(utf8 ? "u8," : ",");
        writer.EndLine();
        writer.Line("    // Digits: the text count, each text's length, then per figure its codes, key, label, quote, printed value, printed unit, horizon, corrected unit, note.");
        NumberDigits.AppendLiteral(writer.StartLine().Append("    "), numbers).Append(utf8 ? "u8," : ",");
        writer.EndLine();
        DataLiterals.Numbers(writer, "double", values, last: true);
        writer.Close();
    }

    private static void WriteFields(FigureSpec figure, TextTable table, int[] fields, int start)
    {
        var codes = (int)figure.Unit
            | ((int)figure.Bound << FigureTable.BoundShift)
            | (figure.Kind == FigureKind.Target ? FigureTable.TargetFlag : 0)
            | (figure.IsEstimate ? FigureTable.EstimateFlag : 0)
            | (figure.IsDecline ? FigureTable.DeclineFlag : 0)
            | (figure.ValueHigh is not null ? FigureTable.RangeFlag : 0)
            | ((figure.Year ?? 0) << FigureTable.YearShift);
        var row = new System.ArraySegment<int>(fields, start, FigureTable.FieldsPerFigure);
        Set(row, FigureTable.CodesField, codes);
        Set(row, FigureTable.KeyField, table.Reference(figure.Key));
        Set(row, FigureTable.LabelField, table.Reference(figure.Label));
        Set(row, FigureTable.QuoteField, table.Reference(figure.Quote));
        Set(row, FigureTable.PrintedValueField, table.Reference(figure.PrintedValue));
        Set(row, FigureTable.PrintedUnitField, table.Reference(figure.PrintedUnit));
        Set(row, FigureTable.HorizonField, table.Reference(figure.Horizon));
        Set(row, FigureTable.CorrectedUnitField, table.Reference(figure.CorrectedUnit));
        Set(row, FigureTable.NoteField, table.Reference(figure.Note));
    }

    private static void Set(System.ArraySegment<int> row, int field, int value) => row.Array![row.Offset + field] = value;
}
