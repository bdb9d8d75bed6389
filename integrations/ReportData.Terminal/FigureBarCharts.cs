using System;
using System.Linq;
using Spectre.Console;

namespace ReportData.Terminal;

/// <summary>Figures as Spectre.Console bar charts: one bar per year, actuals and targets told apart by label and colour.</summary>
public static class FigureBarCharts
{
    /// <summary>
    /// <paramref name="key"/> for <paramref name="city"/> by year: a bar per actual (<c>2023 实际</c>) and, with
    /// <paramref name="withTargets"/>, per target (<c>2024 目标 左右</c>), in year order, actual before target.
    /// </summary>
    /// <exception cref="ArgumentException">The index has no figure of that city and key with a year.</exception>
    public static BarChart Series(FigureIndex index, string city, string key, bool withTargets = true)
    {
        if (index is null)
        {
            throw new ArgumentNullException(nameof(index));
        }

        var figures = index.Series(city, key)
            .Concat(withTargets ? index.Series(city, key, FigureKind.Target) : Enumerable.Empty<Figure>())
            .Where(figure => figure.Year is not null)
            .OrderBy(figure => figure.Year)
            .ThenBy(figure => figure.Kind)
            .ToArray();
        if (figures.Length == 0)
        {
            throw new ArgumentException("The index has no figure of " + city + " for '" + key + "' with a year.", nameof(key));
        }

        var latest = figures.OrderByDescending(figure => figure.Source.Year).First();
        var chart = new BarChart()
            .Label(Markup.Escape(latest.Source.CityName + " " + latest.Label + " (" + latest.Unit + ")"))
            .LeftAlignLabel()
            .ShowValues();
        foreach (var figure in figures)
        {
            var isTarget = figure.Kind == FigureKind.Target;
            var label = figure.Year + (isTarget ? " 目标 " + Bounds.Word(figure.Bound) : " 实际");
            chart.AddItem(Markup.Escape(label.TrimEnd()), figure.Value, isTarget ? Color.Orange1 : Color.SteelBlue);
        }

        return chart;
    }
}
