using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Globalization;
using System.IO;
using System.Text;

namespace ReportData;

/// <summary>
/// Figures as CSV (RFC 4180): a header row of <see cref="Columns"/>, one record per figure, fields
/// separated by commas, records ended by CRLF. A field that holds a comma, a double quote, CR or LF is
/// enclosed in double quotes, with its double quotes doubled. Text is UTF-8.
/// </summary>
/// <remarks>
/// Numbers are culture-invariant in their shortest round-trip form (<c>212.52</c>, <c>-2</c>), booleans
/// <c>true</c>/<c>false</c>, enums by name (<c>BillionYuan</c>, <c>National</c>), and null fields empty. The report's fields follow
/// the figure's, prefixed <c>source</c>; <c>level</c> repeats the report's level beside the figure's <c>place</c> for filtering,
/// and <c>bound</c> says how the number is qualified (a target's 左右, an actual's 超过: <c>Exceeds</c>). Spreadsheet programs may treat a field that starts with <c>=</c>, <c>+</c>,
/// <c>-</c> or <c>@</c> as a formula; the report texts have none, but mind it for other data.
/// </remarks>
public static class FigureCsv
{
    private static readonly string[] ColumnNames =
    {
        "id", "place", "level", "year", "horizon", "key", "kind", "value", "valueHigh", "unit",
        "printedValue", "printedUnit", "correctedUnit", "label", "quote", "isEstimate", "bound", "isDecline", "note",
        "sourcePlace", "sourcePlaceName", "sourceLevel", "sourceYear", "sourceTitle", "sourceTextFile", "sourceYamlFile",
        "sourceReviewsYear", "sourceTargetsYear", "sourceDate", "sourceSession", "sourceSpeaker", "sourceAuthority",
    };

    private static readonly char[] CharactersToQuote = { ',', '"', '\r', '\n' };

    /// <summary>The header row's column names, in order: the <see cref="Figure"/> fields in camelCase, then the <see cref="ReportSource"/> fields prefixed <c>source</c>.</summary>
    public static IReadOnlyList<string> Columns { get; } = new ReadOnlyCollection<string>(ColumnNames);

    /// <summary>The figures as CSV text: the header row and one record per figure, each ended by CRLF.</summary>
    public static string Serialize(IEnumerable<Figure> figures)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Serialize(writer, figures);
        return writer.ToString();
    }

    /// <summary>Writes the figures as UTF-8 CSV to <paramref name="stream"/>, which is left open.</summary>
    /// <param name="stream">Where to write.</param>
    /// <param name="figures">The figures, written in this order.</param>
    /// <param name="byteOrderMark">Start with the UTF-8 byte order mark, which Excel needs to read the Chinese text as UTF-8.</param>
    public static void Serialize(Stream stream, IEnumerable<Figure> figures, bool byteOrderMark = false)
    {
        if (stream is null)
        {
            throw new ArgumentNullException(nameof(stream));
        }

        using var writer = new StreamWriter(stream, new UTF8Encoding(byteOrderMark), bufferSize: 16 * 1024, leaveOpen: true);
        Serialize(writer, figures);
    }

    /// <summary>Writes the figures as CSV to <paramref name="writer"/>, which is flushed and left open.</summary>
    public static void Serialize(TextWriter writer, IEnumerable<Figure> figures)
    {
        if (writer is null)
        {
            throw new ArgumentNullException(nameof(writer));
        }

        if (figures is null)
        {
            throw new ArgumentNullException(nameof(figures));
        }

        WriteRecord(writer, ColumnNames);
        var fields = new string?[ColumnNames.Length];
        foreach (var figure in figures)
        {
            if (figure is null)
            {
                throw new ArgumentNullException(nameof(figures), "The figures contain null.");
            }

            Fill(fields, figure);
            WriteRecord(writer, fields);
        }

        writer.Flush();
    }

    private static void Fill(string?[] fields, Figure figure)
    {
        var source = figure.Source;
        var i = 0;
        fields[i++] = figure.Id;
        fields[i++] = figure.Place;
        fields[i++] = source?.Level.ToString();
        fields[i++] = Number(figure.Year);
        fields[i++] = figure.Horizon;
        fields[i++] = figure.Key;
        fields[i++] = figure.Kind.ToString();
        fields[i++] = Number(figure.Value);
        fields[i++] = figure.ValueHigh is { } high ? Number(high) : null;
        fields[i++] = figure.Unit.ToString();
        fields[i++] = figure.PrintedValue;
        fields[i++] = figure.PrintedUnit;
        fields[i++] = figure.CorrectedUnit;
        fields[i++] = figure.Label;
        fields[i++] = figure.Quote;
        fields[i++] = Boolean(figure.IsEstimate);
        fields[i++] = figure.Bound.ToString();
        fields[i++] = Boolean(figure.IsDecline);
        fields[i++] = figure.Note;
        fields[i++] = source?.Place;
        fields[i++] = source?.PlaceName;
        fields[i++] = source?.Level.ToString();
        fields[i++] = source is null ? null : Number((int?)source.Year);
        fields[i++] = source?.Title;
        fields[i++] = source?.TextFile;
        fields[i++] = source?.YamlFile;
        fields[i++] = Number(source?.ReviewsYear);
        fields[i++] = Number(source?.TargetsYear);
        fields[i++] = source?.Date;
        fields[i++] = source?.Session;
        fields[i++] = source?.Speaker;
        fields[i] = source?.Authority;
    }

    private static void WriteRecord(TextWriter writer, string?[] fields)
    {
        for (var i = 0; i < fields.Length; i++)
        {
            if (i > 0)
            {
                writer.Write(',');
            }

            WriteField(writer, fields[i]);
        }

        // RFC 4180: CRLF after every record, whatever the platform's newline.
        writer.Write("\r\n");
    }

    private static void WriteField(TextWriter writer, string? field)
    {
        if (string.IsNullOrEmpty(field))
        {
            return;
        }

        if (field!.IndexOfAny(CharactersToQuote) < 0)
        {
            writer.Write(field);
            return;
        }

        writer.Write('"');
        writer.Write(field.Replace("\"", "\"\""));
        writer.Write('"');
    }

    private static string? Number(int? value) => value?.ToString(CultureInfo.InvariantCulture);

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static string Boolean(bool value) => value ? "true" : "false";
}
