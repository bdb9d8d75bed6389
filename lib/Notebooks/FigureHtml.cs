using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;

namespace ReportData;

/// <summary>
/// Figures as an HTML table: one row per figure with its id, place and level, value (with its bound where the wording
/// qualifies it: <c>7 (About)</c>, <c>126000 (Exceeds)</c>), unit, the number as printed, label, quote and source. Notebooks (.NET Interactive, Polyglot Notebooks) show figures this way by themselves;
/// call it to put the same table in a page or a report.
/// </summary>
/// <remarks>
/// Every piece of text is HTML-escaped (<c>&amp;</c>, <c>&lt;</c>, <c>&gt;</c>, <c>"</c>, <c>'</c>), so a quote or
/// a note cannot break the table or inject markup. Numbers are culture-invariant. At most
/// <see cref="RowLimit"/> rows are written; a last row says how many figures were left out.
/// </remarks>
public static class FigureHtml
{
    /// <summary>The most rows a table holds, so that a notebook stays responsive with the whole dataset.</summary>
    public const int RowLimit = 100;

    private static readonly string[] Headers = { "id", "place", "value", "unit", "printed", "label", "quote", "source" };

    /// <summary>The figures as an HTML <c>&lt;table&gt;</c>.</summary>
    public static string Table(IEnumerable<Figure> figures)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        WriteTable(writer, figures);
        return writer.ToString();
    }

    /// <summary>Writes the figures as an HTML <c>&lt;table&gt;</c> to <paramref name="writer"/>.</summary>
    public static void WriteTable(TextWriter writer, IEnumerable<Figure> figures)
    {
        if (writer is null)
        {
            throw new ArgumentNullException(nameof(writer));
        }

        if (figures is null)
        {
            throw new ArgumentNullException(nameof(figures));
        }

        writer.Write("<table class=\"reportdata-figures\"><thead><tr>");
        foreach (var header in Headers)
        {
            writer.Write("<th>");
            writer.Write(header);
            writer.Write("</th>");
        }

        writer.Write("</tr></thead><tbody>");
        var count = 0;
        foreach (var figure in figures)
        {
            if (figure is null)
            {
                throw new ArgumentNullException(nameof(figures), "The figures contain null.");
            }

            if (count++ < RowLimit)
            {
                WriteRow(writer, figure);
            }
        }

        if (count > RowLimit)
        {
            writer.Write("<tr><td colspan=\"");
            writer.Write(Headers.Length.ToString(CultureInfo.InvariantCulture));
            writer.Write("\"><i>");
            writer.Write((count - RowLimit).ToString(CultureInfo.InvariantCulture));
            writer.Write(" more figures</i></td></tr>");
        }

        writer.Write("</tbody></table>");
    }

    private static void WriteRow(TextWriter writer, Figure figure)
    {
        writer.Write("<tr>");
        Cell(writer, figure.Id);
        Cell(writer, figure.Source is null ? figure.Place : figure.PlaceName + " (" + figure.Level + ")");
        var value = figure.ValueHigh is { } high ? Number(figure.Value) + "–" + Number(high) : Number(figure.Value);
        Cell(writer, figure.Bound == TargetBound.None ? value : value + " (" + figure.Bound + ")");
        Cell(writer, figure.Unit.ToString());
        Cell(writer, figure.PrintedValue + figure.PrintedUnit + (figure.CorrectedUnit is { } corrected ? " (read as " + corrected + ")" : string.Empty));
        Cell(writer, figure.Label);
        Cell(writer, figure.Quote);
        Cell(writer, Describe(figure.Source));
        writer.Write("</tr>");
    }

    private static string Describe(ReportSource? source)
    {
        if (source is null)
        {
            return string.Empty;
        }

        var title = source.Title ?? source.PlaceName + " " + source.Year.ToString(CultureInfo.InvariantCulture);
        return title + " (" + source.TextFile + ")";
    }

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static void Cell(TextWriter writer, string text)
    {
        writer.Write("<td>");
        WriteEscaped(writer, text);
        writer.Write("</td>");
    }

    /// <summary>Writes <paramref name="text"/> with the five characters that HTML gives meaning to as entities.</summary>
    internal static void WriteEscaped(TextWriter writer, string text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var entity = text[i] switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => null,
            };
            if (entity is null)
            {
                continue;
            }

            writer.Write(text.Substring(start, i - start));
            writer.Write(entity);
            start = i + 1;
        }

        writer.Write(text.Substring(start));
    }
}
