using System;
using System.Collections.Generic;
using System.Globalization;
using Spectre.Console;

namespace ReportData.Terminal;

/// <summary>
/// Figures as Spectre.Console tables. Spectre measures every cell by its display width (a Chinese character takes
/// two columns), so columns stay aligned where padding by character count slips.
/// </summary>
public static class FigureTables
{
    /// <summary>
    /// One row per figure: id, label, value and unit, as printed, report file. Values are right-aligned and
    /// culture-invariant; the label and quote text are escaped, so Spectre markup in a report (<c>[</c>) prints as it is.
    /// </summary>
    public static Table Figures(IEnumerable<Figure> figures, string? title = null)
    {
        var rows = figures ?? throw new ArgumentNullException(nameof(figures));
        var table = NewTable(title);
        table.AddColumn("id");
        table.AddColumn("label");
        table.AddColumn(new TableColumn("value").RightAligned());
        table.AddColumn("unit");
        table.AddColumn("as printed");
        table.AddColumn("report");
        foreach (var figure in rows)
        {
            table.AddRow(
                Markup.Escape(figure.Id),
                Markup.Escape(figure.Label),
                Number(figure.Value) + (figure.ValueHigh is { } high ? "–" + Number(high) : string.Empty),
                figure.Unit.ToString(),
                Markup.Escape(figure.PrintedValue + " " + figure.PrintedUnit),
                Markup.Escape(figure.Source.YamlFile));
        }

        return table;
    }

    /// <summary>
    /// Targets against actuals, one row per comparison: indicator, target with its wording (7 % 左右), actual, difference,
    /// met or missed, and the tolerance 左右 was read with.
    /// </summary>
    public static Table Comparisons(IEnumerable<TargetComparison> comparisons, string? title = null)
    {
        var rows = comparisons ?? throw new ArgumentNullException(nameof(comparisons));
        var table = NewTable(title);
        table.AddColumn("indicator");
        table.AddColumn(new TableColumn("target").RightAligned());
        table.AddColumn(new TableColumn("actual").RightAligned());
        table.AddColumn(new TableColumn("difference").RightAligned());
        table.AddColumn("met");
        foreach (var comparison in rows)
        {
            var target = comparison.Target;
            table.AddRow(
                Markup.Escape(target.Label),
                Markup.Escape(Number(target.Value) + " " + Bounds.Word(target.Bound)).TrimEnd(),
                Number(comparison.Actual.Value),
                (comparison.Difference >= 0 ? "+" : string.Empty) + Number(comparison.Difference),
                (comparison.IsMet ? "[green]met[/]" : "[red]missed[/]")
                    + (target.Bound == TargetBound.About ? " (左右 " + Markup.Escape(comparison.AboutTolerance.ToString()) + ")" : string.Empty));
        }

        return table;
    }

    private static Table NewTable(string? title)
    {
        var table = new Table().Border(TableBorder.Rounded);
        if (title is not null)
        {
            table.Title(Markup.Escape(title));
        }

        return table;
    }

    internal static string Number(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
