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
        var utf8 = utf8Data && table.Texts.All(IsWellFormed);
        writer.Line("/// <summary>Decodes the figure records, in file order (layout: <c>ReportData.Storage.FigureTable</c>).</summary>");
        writer.Open("private static " + GeneratedCode.Runtime("Figure") + "[] Decode()");
        writer.Line("return global::ReportData.Storage.FigureTable.Decode(");
        writer.Line("    Source,");
        CSharpText.AppendLiteral(writer.StartLine().Append("    "), table.Texts).Append(utf8 ? "u8," : ",");
        writer.EndLine();
        Numbers(writer, "int", table.Ends(utf8), NumbersPerLine, last: false);
        writer.Line("    // Per figure: codes, key, label, quote, printed value, printed unit, horizon, corrected unit, note.");
        Numbers(writer, "int", fields, FigureTable.FieldsPerFigure, last: false);
        Numbers(writer, "double", values, NumbersPerLine, last: true);
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

    private static void Numbers<T>(SourceWriter writer, string type, IEnumerable<T> numbers, int perLine, bool last)
    {
        writer.Line("    new " + type + "[]");
        writer.Line("    {");
        StringBuilder? line = null;
        var onLine = 0;
        foreach (var number in numbers)
        {
            line = onLine == 0 ? writer.StartLine().Append("        ") : line!.Append(' ');
            AppendNumber(line, number).Append(',');
            if (++onLine == perLine)
            {
                writer.EndLine();
                onLine = 0;
            }
        }

        if (onLine > 0)
        {
            writer.EndLine();
        }

        writer.Line("    }" + (last ? ");" : ","));
    }

    /// <summary>An int in invariant digits without a string of its own (StringBuilder.Append(int) formats by the current culture on netstandard2.0), or a literal as it is.</summary>
    private static StringBuilder AppendNumber<T>(StringBuilder builder, T number)
    {
        if (number is not int value)
        {
            return builder.Append(number as string);
        }

        if (value < 0)
        {
            return builder.Append(value.ToString(CultureInfo.InvariantCulture));
        }

        var magnitude = 1;
        while (value / magnitude >= 10)
        {
            magnitude *= 10;
        }

        for (; magnitude > 0; magnitude /= 10)
        {
            builder.Append((char)('0' + (value / magnitude % 10)));
        }

        return builder;
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
