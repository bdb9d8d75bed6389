using System;
using System.Collections.Generic;
using System.Linq;
using ScottPlot;

namespace ReportData.Charts;

/// <summary>Charts across years and places of targets judged against their actuals.</summary>
public static partial class FigureCharts
{
    private static readonly Caption PlaceAxis = new("地区", "Place");

    /// <summary>
    /// The targets <paramref name="place"/> set for <paramref name="key"/> year by year (their bounds drawn as in
    /// <see cref="SeriesWithTargets"/>: 左右 as its band), against the actual of each year: the actuals as a line, each actual
    /// that has its target as a point, green when it meets the target and red when not, judged as
    /// <see cref="TargetCheck.Compare"/> judges with <see cref="ChartOptions.AboutTolerance"/> (a 左右 target is also met
    /// beyond its band in the direction the indicator is good in). <c>TargetsOverYears(index, "China", "GdpGrowth")</c>
    /// is the national growth targets against the results.
    /// </summary>
    /// <exception cref="ArgumentException">The index has no target of that place and key with a year, or the figures are in different units.</exception>
    public static FigureChart TargetsOverYears(FigureIndex index, string place, string key, ChartOptions? options = null)
    {
        Require(index);
        var targets = index.Series(place, key, FigureKind.Target).ToArray();
        if (targets.Length == 0)
        {
            throw new ArgumentException("The index has no target of " + place + " for '" + key + "' with a year.", nameof(key));
        }

        var actuals = index.Series(place, key).ToArray();
        var all = actuals.Concat(targets).ToArray();
        var unit = SingleUnit(all);
        var tolerance = (options ?? ChartOptions.Default).AboutTolerance;
        var comparisons = targets
            .Select(target => (Target: target, Actual: index.FindActualFor(target)))
            .Where(pair => pair.Actual is not null && pair.Actual.Unit == unit)
            .Select(pair => TargetCheck.Compare(pair.Target, pair.Actual!, tolerance))
            .ToArray();

        var title = CityName(targets[0]) + Caption.Both(" ") + IndicatorName(targets, key) + UnitCaptions.InBrackets(unit) + new Caption("：目标与实际", ": targets against actuals");
        var actualLegend = new Caption("实际", "Actual");
        var met = new Caption("达到目标", "Target met");
        var missed = new Caption("未达目标", "Target missed");
        var canvas = ChartCanvas.Create(options, new[] { title, actualLegend, met, missed, Year, UnitCaptions.Of(unit) }.Concat(ChartCanvas.TargetLegends(options)));
        canvas.YearTicks(all.Select(figure => figure.Year!.Value));

        foreach (var target in targets)
        {
            var mark = canvas.DrawTarget(target, target.Year!.Value, MarkHalfWidth, horizontal: false);
            canvas.ValueLabel(target.Year!.Value, mark.High, TargetLabel(canvas, target), Alignment.LowerCenter, offsetY: -9);
        }

        if (actuals.Length > 0)
        {
            canvas.ActualLine(actuals, actualLegend, markerSize: 6, Alignment.UpperCenter, labelOffsetY: 8);
        }

        foreach (var (isMet, legend) in new[] { (true, met), (false, missed) })
        {
            var judged = comparisons.Where(comparison => comparison.IsMet == isMet).ToArray();
            if (judged.Length == 0)
            {
                continue;
            }

            canvas.JudgedPoints(judged.Select(c => (double)c.Actual.Year!.Value).ToArray(), judged.Select(c => c.Actual.ValueIn(unit)).ToArray(), isMet, legend);
        }

        return FinishByYear(canvas, all, title, unit);
    }

    /// <summary>
    /// The targets of one year at each level, side by side from the nation down (<see cref="FigureIndex.AcrossPlaces(int, string, PlaceLevel?, FigureKind)"/>):
    /// each place's target for <paramref name="year"/> drawn with its bound, labelled with the place and its level, and the
    /// place's actual of that year as a point where the index has one, green when it meets the target and red when not.
    /// <c>TargetsAcrossPlaces(index, 2018, "GdpGrowth")</c>: the national 6.5 %左右 beside Jinhua's and Quzhou's 7 %.
    /// </summary>
    /// <exception cref="ArgumentException">No place has a target of <paramref name="key"/> for <paramref name="year"/>, or their units differ.</exception>
    public static FigureChart TargetsAcrossPlaces(FigureIndex index, int year, string key, ChartOptions? options = null)
    {
        Require(index);
        var targets = index.AcrossPlaces(year, key, kind: FigureKind.Target).ToArray();
        if (targets.Length == 0)
        {
            throw new ArgumentException("The index has no target of '" + key + "' for " + year + ".", nameof(key));
        }

        var unit = SingleUnit(targets);
        var tolerance = (options ?? ChartOptions.Default).AboutTolerance;
        var places = targets.Select(target => CityName(target) + LevelCaption(target.Level)).ToArray();
        var title = new Caption(year + "年 ", string.Empty) + IndicatorName(targets, key) + UnitCaptions.InBrackets(unit) + new Caption("目标：各级比较", " targets for " + year + " by level");
        var met = new Caption("实际：达到目标", "Actual: met");
        var missed = new Caption("实际：未达目标", "Actual: missed");
        var canvas = ChartCanvas.Create(options, new[] { title, met, missed, PlaceAxis, UnitCaptions.Of(unit) }.Concat(places).Concat(ChartCanvas.TargetLegends(options)));

        var judged = new List<(int Position, TargetComparison Comparison)>();
        for (var i = 0; i < targets.Length; i++)
        {
            var mark = canvas.DrawTarget(targets[i], i, MarkHalfWidth, horizontal: false);
            canvas.ValueLabel(i, mark.High, TargetLabel(canvas, targets[i]), Alignment.LowerCenter, offsetY: -9);
            if (index.FindActualFor(targets[i]) is { } actual && actual.Unit.CanConvert(unit))
            {
                judged.Add((i, TargetCheck.Compare(targets[i], actual, tolerance)));
            }
        }

        foreach (var (isMet, legend) in new[] { (true, met), (false, missed) })
        {
            var points = judged.Where(pair => pair.Comparison.IsMet == isMet).ToArray();
            if (points.Length == 0)
            {
                continue;
            }

            canvas.JudgedPoints(points.Select(p => (double)p.Position).ToArray(), points.Select(p => p.Comparison.Actual.ValueIn(unit)).ToArray(), isMet, legend);
            foreach (var (position, comparison) in points)
            {
                canvas.ValueLabel(position, comparison.Actual.ValueIn(unit), UnitCaptions.Number(comparison.Actual.ValueIn(unit)), Alignment.MiddleLeft, offsetX: 10);
            }
        }

        canvas.CategoryTicks(places.Select(canvas.Text).ToArray(), onLeftAxis: false);
        canvas.Plot.Axes.SetLimitsX(-0.6, targets.Length - 0.4);
        PadValueAxis(canvas.Plot, targets.Concat(judged.Select(pair => pair.Comparison.Actual)).ToArray(), canvas.TargetMarksSoFar, vertical: true, fromZero: true);
        return canvas.Finish(title, PlaceAxis, UnitCaptions.Of(unit));
    }

    /// <summary>A target's value with its bound (≈6.5, ≥6), or a range's two ends (6–6.5).</summary>
    private static string TargetLabel(ChartCanvas canvas, Figure target) => target.ValueHigh is { } high
        ? UnitCaptions.Number(target.Value) + "–" + UnitCaptions.Number(high)
        : canvas.Text(ChartCanvas.TargetValue(target.Bound, target.Value));

    /// <summary>The level after a place's name: 中国（全国）, 衢州（市）.</summary>
    private static Caption LevelCaption(PlaceLevel level) => level switch
    {
        PlaceLevel.National => new Caption("（全国）", " (national)"),
        PlaceLevel.Province => new Caption("（省）", " (province)"),
        PlaceLevel.District => new Caption("（区）", " (district)"),
        PlaceLevel.County => new Caption("（县）", " (county)"),
        _ => new Caption("（市）", " (city)"),
    };
}
