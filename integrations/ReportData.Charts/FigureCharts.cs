using System;
using System.Collections.Generic;
using System.Linq;
using ScottPlot;

namespace ReportData.Charts;

/// <summary>
/// Charts of figures, from a <see cref="FigureIndex"/> (<see cref="FigureIndex.Dataset"/> or your own):
/// an indicator's series for a city with its targets, one indicator across cities for a year, and targets against actuals.
/// Each returns a <see cref="FigureChart"/> to save as PNG or SVG.
/// </summary>
/// <example>
/// <code>
/// FigureCharts.SeriesWithTargets(FigureIndex.Dataset, "Quzhou", "GdpGrowth").SavePng("gdp-growth.png");
/// </code>
/// </example>
public static partial class FigureCharts
{
    private const double MarkHalfWidth = 0.35;

    /// <summary>
    /// The actuals of <paramref name="key"/> for <paramref name="city"/> by year as a line, with the targets set for each
    /// year and their bounds: 以上 as a floor, 以内 as a ceiling, 左右 as the band <see cref="ChartOptions.AboutTolerance"/> gives.
    /// Multi-year goals (no year) are left out.
    /// </summary>
    /// <exception cref="ArgumentException">The index has no figure of that city and key with a year, or they are in different units.</exception>
    public static FigureChart SeriesWithTargets(FigureIndex index, string city, string key, ChartOptions? options = null)
    {
        Require(index);
        var actuals = index.Series(city, key).Where(figure => figure.Year is not null).ToArray();
        var targets = index.Series(city, key, FigureKind.Target).Where(figure => figure.Year is not null).ToArray();
        var all = actuals.Concat(targets).ToArray();
        if (all.Length == 0)
        {
            throw new ArgumentException("The index has no figure of " + city + " for '" + key + "' with a year.", nameof(key));
        }

        var unit = SingleUnit(all);
        var name = IndicatorName(actuals.Length > 0 ? actuals : targets, key);
        var cityName = CityName(all[0]);
        var title = cityName + Caption.Both(" ") + name + UnitCaptions.InBrackets(unit) + new Caption("：实际与目标", ": actuals and targets");
        var actualLegend = new Caption("实际", "Actual");
        var canvas = ChartCanvas.Create(options, new[] { title, actualLegend, Year, UnitCaptions.Of(unit) }.Concat(ChartCanvas.TargetLegends(options)));

        canvas.YearTicks(all.Select(figure => figure.Year!.Value));
        if (actuals.Length > 0)
        {
            canvas.ActualLine(actuals, actualLegend, markerSize: 9, Alignment.LowerCenter, labelOffsetY: -8);
        }

        foreach (var target in targets)
        {
            var mark = canvas.DrawTarget(target, target.Year!.Value, MarkHalfWidth, horizontal: false);
            // Above the mark, clear of a floor's triangle, and inside the plot even for the last year.
            canvas.ValueLabel(target.Year!.Value, mark.High, canvas.Text(ChartCanvas.TargetValue(target.Bound, target.Value)), Alignment.LowerCenter, offsetY: -9);
        }

        return FinishByYear(canvas, all, title, unit);
    }

    /// <summary>A chart by year finished: a year of margin either side, the value axis padded to every figure and mark, the captions.</summary>
    private static FigureChart FinishByYear(ChartCanvas canvas, Figure[] all, Caption title, FigureUnit unit)
    {
        var years = all.Select(figure => figure.Year!.Value).ToArray();
        canvas.Plot.Axes.SetLimitsX(years.Min() - 1, years.Max() + 1);
        PadValueAxis(canvas.Plot, all, canvas.TargetMarksSoFar, vertical: true, fromZero: false);
        return canvas.Finish(title, Year, UnitCaptions.Of(unit));
    }

    /// <summary>
    /// One indicator across cities for a year, as bars (cities in the index's order), with each city's target for that
    /// year drawn over its bar where the index has one.
    /// </summary>
    /// <exception cref="ArgumentException">No city has an actual of <paramref name="key"/> for <paramref name="year"/>, or their units differ.</exception>
    public static FigureChart AcrossCities(FigureIndex index, int year, string key, ChartOptions? options = null)
    {
        Require(index);
        var actuals = index.AcrossCities(year, key).ToArray();
        if (actuals.Length == 0)
        {
            throw new ArgumentException("The index has no actual of '" + key + "' for " + year + ".", nameof(key));
        }

        var targets = index.AcrossCities(year, key, FigureKind.Target).ToArray();
        var unit = SingleUnit(actuals.Concat(targets).ToArray());
        var name = IndicatorName(actuals, key);
        var cities = actuals.Select(CityName).ToArray();
        var title = new Caption(year + "年 ", string.Empty) + name + UnitCaptions.InBrackets(unit) + new Caption("：各市比较", " in " + year + " by city");
        var canvas = ChartCanvas.Create(options, new[] { title, CityAxis, UnitCaptions.Of(unit) }.Concat(cities).Concat(ChartCanvas.TargetLegends(options)));

        var bars = actuals.Select((figure, i) => new Bar
        {
            Position = i,
            Value = figure.Value,
            FillColor = ChartCanvas.ActualColor,
            Size = 0.6,
            Label = UnitCaptions.Number(figure.Value),
        }).ToList();
        var barPlot = canvas.Plot.Add.Bars(bars);
        barPlot.ValueLabelStyle.FontName = canvas.FontName;
        barPlot.ValueLabelStyle.FontSize = 12;
        for (var i = 0; i < actuals.Length; i++)
        {
            var target = targets.FirstOrDefault(candidate => candidate.Place == actuals[i].Place);
            if (target is not null)
            {
                canvas.DrawTarget(target, i, MarkHalfWidth, horizontal: false);
            }
        }

        canvas.CategoryTicks(cities.Select(canvas.Text).ToArray(), onLeftAxis: false);
        canvas.Plot.Axes.SetLimitsX(-0.6, actuals.Length - 0.4);
        PadValueAxis(canvas.Plot, actuals, canvas.TargetMarksSoFar, vertical: true, fromZero: true);
        return canvas.Finish(title, CityAxis, UnitCaptions.Of(unit));
    }

    /// <summary>
    /// Targets against actuals, one row per comparison: the actual as a bar, green when it meets the target and red when
    /// not (as <see cref="TargetComparison.IsMet"/> says), with the target's bound drawn over it. All in one unit.
    /// <paramref name="title"/> defaults to "目标与实际" / "Targets against actuals".
    /// </summary>
    /// <exception cref="ArgumentException">No comparison, or comparisons in different units.</exception>
    public static FigureChart TargetsAgainstActuals(IEnumerable<TargetComparison> comparisons, ChartOptions? options = null, Caption? title = null)
    {
        var rows = (comparisons ?? throw new ArgumentNullException(nameof(comparisons))).ToArray();
        if (rows.Length == 0)
        {
            throw new ArgumentException("There is no comparison to draw.", nameof(comparisons));
        }

        var unit = SingleUnit(rows.Select(row => row.Actual).Concat(rows.Select(row => row.Target)).ToArray());
        var names = rows.Select(row => IndicatorName(new[] { row.Actual }, row.Actual.Key)).ToArray();
        var chartTitle = (title ?? new Caption("目标与实际", "Targets against actuals")) + UnitCaptions.InBrackets(unit);
        var met = new Caption("实际：达到目标", "Actual: met");
        var missed = new Caption("实际：未达目标", "Actual: missed");
        var canvas = ChartCanvas.Create(options, new[] { chartTitle, met, missed, UnitCaptions.Of(unit) }.Concat(names).Concat(ChartCanvas.TargetLegends(options)));

        // Top to bottom in the given order: row 0 at the top.
        double Row(int i) => rows.Length - 1 - i;
        foreach (var (isMet, legend) in new[] { (true, met), (false, missed) })
        {
            var bars = rows.Select((row, i) => (row, i)).Where(pair => pair.row.IsMet == isMet).Select(pair => new Bar
            {
                Position = Row(pair.i),
                Value = pair.row.Actual.Value,
                FillColor = isMet ? ChartCanvas.MetColor : ChartCanvas.MissedColor,
                Size = 0.5,
                Label = UnitCaptions.Number(pair.row.Actual.Value),
                Orientation = Orientation.Horizontal,
            }).ToList();
            if (bars.Count == 0)
            {
                continue;
            }

            var barPlot = canvas.Plot.Add.Bars(bars);
            barPlot.Horizontal = true;
            barPlot.LegendText = canvas.Text(legend);
            barPlot.Color = isMet ? ChartCanvas.MetColor : ChartCanvas.MissedColor;
            barPlot.ValueLabelStyle.FontName = canvas.FontName;
            barPlot.ValueLabelStyle.FontSize = 12;
        }

        for (var i = 0; i < rows.Length; i++)
        {
            canvas.DrawTarget(rows[i].Target, Row(i), MarkHalfWidth, horizontal: true);
        }

        canvas.CategoryTicks(Enumerable.Range(0, rows.Length).Select(i => canvas.Text(names[rows.Length - 1 - i])).ToArray(), onLeftAxis: true);
        canvas.Plot.Axes.SetLimitsY(-0.6, rows.Length - 0.4);
        PadValueAxis(canvas.Plot, rows.Select(row => row.Actual).ToArray(), canvas.TargetMarksSoFar, vertical: false, fromZero: true);
        return canvas.Finish(chartTitle, UnitCaptions.Of(unit), Caption.Both(string.Empty));
    }

    /// <summary>
    /// Targets <paramref name="city"/> set for <paramref name="targetYear"/> against its actuals of <paramref name="actualYear"/>,
    /// indicator by indicator (same key, both in <paramref name="unit"/>), judged as <see cref="TargetCheck.Compare"/> does.
    /// With <paramref name="actualYear"/> equal to <paramref name="targetYear"/> this is the outcome of the year's targets;
    /// with the year before, how far last year's result stood from this year's goal.
    /// </summary>
    /// <exception cref="ArgumentException">No indicator has both a target and an actual for those years in that unit.</exception>
    public static FigureChart TargetsAgainstActuals(FigureIndex index, string city, int targetYear, int actualYear, FigureUnit unit, ChartOptions? options = null)
    {
        Require(index);
        var tolerance = (options ?? ChartOptions.Default).AboutTolerance;
        var comparisons = new List<TargetComparison>();
        foreach (var target in index.Query(place: city, year: targetYear, kind: FigureKind.Target).Where(figure => figure.Unit == unit))
        {
            var actual = index.Query(place: city, year: actualYear, key: target.Key, kind: FigureKind.Actual).FirstOrDefault(figure => figure.Unit == unit);
            if (actual is not null)
            {
                comparisons.Add(TargetCheck.Compare(target, actual, tolerance));
            }
        }

        if (comparisons.Count == 0)
        {
            throw new ArgumentException("No indicator of " + city + " has a target for " + targetYear + " and an actual for " + actualYear + " in " + unit + ".", nameof(city));
        }

        var first = comparisons[0].Target;
        var title = actualYear == targetYear
            ? CityName(first) + new Caption(" " + targetYear + "年目标与实际", ": targets and actuals of " + targetYear)
            : CityName(first) + new Caption(" " + targetYear + "年目标与" + actualYear + "年实际", ": " + targetYear + " targets against " + actualYear + " actuals");
        return TargetsAgainstActuals(comparisons, options, title);
    }

    private static readonly Caption Year = new("年份", "Year");

    private static readonly Caption CityAxis = new("城市", "City");

    private static void Require(FigureIndex index)
    {
        if (index is null)
        {
            throw new ArgumentNullException(nameof(index));
        }
    }

    private static FigureUnit SingleUnit(IReadOnlyList<Figure> figures)
    {
        var units = figures.Select(figure => figure.Unit).Distinct().ToArray();
        if (units.Length != 1)
        {
            throw new ArgumentException("A chart has one value axis, but the figures are in " + string.Join(", ", units) + ".");
        }

        return units[0];
    }

    /// <summary>The label the latest figure printed (reports name an indicator differently over the years), and the key in English.</summary>
    private static Caption IndicatorName(IReadOnlyList<Figure> figures, string key) =>
        new(figures.OrderByDescending(figure => figure.Source.Year).First().Label, key);

    private static Caption CityName(Figure figure) => new(figure.Source.PlaceName, figure.Place);

    /// <summary>
    /// Room around the data for value labels and target marks. Bars start at zero (their length is the value); a line
    /// does not need to, so that a change from 7.3 % to 6.8 % is visible.
    /// </summary>
    private static void PadValueAxis(Plot plot, IReadOnlyList<Figure> figures, IEnumerable<TargetMark> marks, bool vertical, bool fromZero)
    {
        var values = figures.Select(figure => figure.Value).Concat(marks.SelectMany(mark => new[] { mark.Low, mark.High })).ToList();
        var low = fromZero ? Math.Min(0, values.Min()) : values.Min();
        var high = fromZero ? Math.Max(0, values.Max()) : values.Max();
        var pad = high > low ? (high - low) * 0.15 : Math.Max(1, Math.Abs(high) * 0.1);
        var bottom = fromZero && low >= 0 ? 0 : low - pad;
        var top = fromZero && high <= 0 ? 0 : high + pad;
        if (vertical)
        {
            plot.Axes.SetLimitsY(bottom, top);
        }
        else
        {
            plot.Axes.SetLimitsX(bottom, top);
        }
    }
}
