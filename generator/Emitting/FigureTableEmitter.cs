using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using ReportData.Generator.Model;

namespace ReportData.Generator.Emitting;

/// <summary>
/// Writes a report's figure records as the data <c>ReportData.Storage.FigureTable</c> decodes: a table of
/// the distinct texts (UTF-8 where the compilation allows), nine numbers per figure, and the values as the
/// very literals of the figures' constants, so that a record's value is its constant's by construction.
/// </summary>
internal static class FigureTableEmitter
{
    private const int NumbersPerLine = 16;

    /// <summary>Writes <c>private static Figure[] Decode()</c> of a holder whose <c>Source</c> is the report.</summary>
    public static void WriteDecode(SourceWriter writer, IReadOnlyList<FigureSpec> figures, string city, bool utf8Data)
    {
        var table = new TextTable();
        foreach (var figure in figures)
        {
            table.Add(city + "." + figure.RelativeId);
        }

        var fields = figures.Select(figure => Fields(figure, table)).ToList();
        var values = figures.Select(figure => figure.Value)
            .Concat(figures.Where(figure => figure.ValueHigh is not null).Select(figure => figure.ValueHigh!.Value))
            .Select(DecimalLiteral.Double)
            .ToList();

        // A lone surrogate has no UTF-8 form: such a report keeps its texts in a UTF-16 string.
        var utf8 = utf8Data && table.Texts.All(IsWellFormed);
        writer.Line("/// <summary>Decodes the figure records, in file order (layout: <c>ReportData.Storage.FigureTable</c>).</summary>");
        writer.Open("private static " + GeneratedCode.Runtime("Figure") + "[] Decode()");
        writer.Line("return global::ReportData.Storage.FigureTable.Decode(");
        writer.Line("    Source,");
        writer.Line("    " + CSharpText.Literal(string.Concat(table.Texts)) + (utf8 ? "u8," : ","));
        Numbers(writer, "int", table.Ends(utf8).Select(Int), NumbersPerLine, last: false);
        writer.Line("    // Per figure: codes, key, label, quote, printed value, printed unit, horizon, corrected unit, note.");
        Numbers(writer, "int", fields.SelectMany(row => row).Select(Int), FigureTableLayout.FieldsPerFigure, last: false);
        Numbers(writer, "double", values, NumbersPerLine, last: true);
        writer.Close();
    }

    private static int[] Fields(FigureSpec figure, TextTable table)
    {
        var codes = (int)figure.Unit
            | ((int)figure.Bound << FigureTableLayout.BoundShift)
            | (figure.Kind == FigureKindCode.Target ? FigureTableLayout.TargetFlag : 0)
            | (figure.IsEstimate ? FigureTableLayout.EstimateFlag : 0)
            | (figure.IsDecline ? FigureTableLayout.DeclineFlag : 0)
            | (figure.ValueHigh is not null ? FigureTableLayout.RangeFlag : 0)
            | ((figure.Year ?? 0) << FigureTableLayout.YearShift);
        var row = new int[FigureTableLayout.FieldsPerFigure];
        row[FigureTableLayout.CodesField] = codes;
        row[FigureTableLayout.KeyField] = table.Reference(figure.Key);
        row[FigureTableLayout.LabelField] = table.Reference(figure.Label);
        row[FigureTableLayout.QuoteField] = table.Reference(figure.Quote);
        row[FigureTableLayout.PrintedValueField] = table.Reference(figure.PrintedValue);
        row[FigureTableLayout.PrintedUnitField] = table.Reference(figure.PrintedUnit);
        row[FigureTableLayout.HorizonField] = table.Reference(figure.Horizon);
        row[FigureTableLayout.CorrectedUnitField] = table.Reference(figure.CorrectedUnit);
        row[FigureTableLayout.NoteField] = table.Reference(figure.Note);
        return row;
    }

    private static void Numbers(SourceWriter writer, string type, IEnumerable<string> numbers, int perLine, bool last)
    {
        writer.Line("    new " + type + "[]");
        writer.Line("    {");
        var line = new StringBuilder();
        var onLine = 0;
        foreach (var number in numbers)
        {
            line.Append(onLine == 0 ? string.Empty : " ").Append(number).Append(',');
            if (++onLine == perLine)
            {
                writer.Line("        " + line);
                line.Clear();
                onLine = 0;
            }
        }

        if (onLine > 0)
        {
            writer.Line("        " + line);
        }

        writer.Line("    }" + (last ? ");" : ","));
    }

    private static bool IsWellFormed(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>The report's distinct texts in first-use order; a reference is one plus the index, 0 for null.</summary>
    private sealed class TextTable
    {
        private readonly Dictionary<string, int> _indexes = new(System.StringComparer.Ordinal);

        public List<string> Texts { get; } = new();

        /// <summary>Adds a text that must get the next index (an id: text i is figure i's id).</summary>
        public void Add(string text)
        {
            _indexes[text] = Texts.Count;
            Texts.Add(text);
        }

        public int Reference(string? text)
        {
            if (text is null)
            {
                return 0;
            }

            if (!_indexes.TryGetValue(text, out var index))
            {
                index = Texts.Count;
                _indexes.Add(text, index);
                Texts.Add(text);
            }

            return index + 1;
        }

        /// <summary>Where each text ends, in UTF-8 bytes or UTF-16 characters.</summary>
        public IEnumerable<int> Ends(bool utf8)
        {
            var end = 0;
            foreach (var text in Texts)
            {
                end += utf8 ? Encoding.UTF8.GetByteCount(text) : text.Length;
                yield return end;
            }
        }
    }
}
