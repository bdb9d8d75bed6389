using System.Linq;
using NUnit.Framework;
using ScottPlot.Plottables;

namespace ReportData.Charts.Tests;

/// <summary>Target bounds are drawn: 以上 as a floor, 左右 as the tolerance band the target check accepts.</summary>
public class BoundsTests
{
    private static readonly ChartOptions English = new() { Language = ChartLanguage.English };

    [Test]
    public void AboutIsDrawnAsTheBandOfTheTolerance()
    {
        var chart = FigureCharts.SeriesWithTargets(FigureIndex.Dataset, "Quzhou", "GdpGrowth", English);

        Assert.That(chart.TargetMarks.Select(mark => (mark.Target.Year, mark.Shape)), Is.EqualTo(new[]
        {
            ((int?)2014, TargetMarkShape.Band), (2018, TargetMarkShape.Band), (2024, TargetMarkShape.Band),
        }));
        var rectangles = chart.Plot.GetPlottables<Rectangle>().ToArray();
        Assert.That(rectangles, Has.Length.EqualTo(3));
        // 7%左右 in 2024, ±5 % of 7: 6.65 to 7.35, centred on the year.
        var band2024 = rectangles.Single(rectangle => rectangle.X1 < 2024 && rectangle.X2 > 2024);
        Assert.That(band2024.CoordinateRect.Bottom, Is.EqualTo(6.65).Within(1e-9));
        Assert.That(band2024.CoordinateRect.Top, Is.EqualTo(7.35).Within(1e-9));
        Assert.That(Svg.Texts(chart.ToSvg()), Has.Member("Target, about (±5%)").And.Member("≈7"));
    }

    [Test]
    public void TheBandFollowsTheToleranceAskedFor()
    {
        var chart = FigureCharts.SeriesWithTargets(FigureIndex.Dataset, "Quzhou", "GdpGrowth", new ChartOptions { Language = ChartLanguage.English, AboutTolerance = AboutTolerance.Absolute(0.5) });

        var band2014 = chart.Plot.GetPlottables<Rectangle>().Single(rectangle => rectangle.X1 < 2014 && rectangle.X2 > 2014);
        Assert.That((band2014.CoordinateRect.Bottom, band2014.CoordinateRect.Top), Is.EqualTo((8.0, 9.0)));
    }

    [Test]
    public void AtLeastIsDrawnAsAFloorWithATrianglePointingUp()
    {
        var chart = FigureCharts.SeriesWithTargets(FigureIndex.Dataset, "Quzhou", "FixedAssetInvestmentGrowth", English);

        Assert.That(chart.TargetMarks.Select(mark => (mark.Shape, mark.Low)), Is.EqualTo(new[] { (TargetMarkShape.Floor, 15.0), (TargetMarkShape.Floor, 10.0) }));
        var floors = chart.Plot.GetPlottables<LinePlot>().Where(line => line.Start.Y == line.End.Y).ToArray();
        Assert.That(floors.Select(line => line.Start.Y), Is.EquivalentTo(new[] { 15.0, 10.0 }));
        var floor2024 = floors.Single(line => line.Start.Y == 10.0);
        Assert.That(floor2024.Start.X, Is.LessThan(2024));
        Assert.That(floor2024.End.X, Is.GreaterThan(2024));
        Assert.That(chart.Plot.GetPlottables<Marker>().Select(marker => marker.MarkerShape), Is.All.EqualTo(ScottPlot.MarkerShape.FilledTriangleUp));
        Assert.That(Svg.Texts(chart.ToSvg()), Has.Member("Target floor (at least)").And.Member("≥10"));
    }

    [Test]
    public void MarksOfEachWording()
    {
        var target = ReportDataset.Get("Quzhou.Y2024.Targets.GdpGrowthPercent");
        var tolerance = AboutTolerance.Default;

        Assert.That(TargetMark.Of(target, tolerance), Is.EqualTo(new TargetMark(target, TargetMarkShape.Band, 6.65, 7.35)).Using<TargetMark>(SameMark));
        Assert.That(TargetMark.Of(target with { Bound = TargetBound.AtMost }, tolerance).Shape, Is.EqualTo(TargetMarkShape.Ceiling));
        Assert.That(TargetMark.Of(target with { Bound = TargetBound.Below }, tolerance).Shape, Is.EqualTo(TargetMarkShape.Ceiling));
        Assert.That(TargetMark.Of(target with { Bound = TargetBound.Exceeds }, tolerance).Shape, Is.EqualTo(TargetMarkShape.Floor));
        Assert.That(TargetMark.Of(target with { Bound = TargetBound.Reach }, tolerance).Shape, Is.EqualTo(TargetMarkShape.Point));

        // 下降3%以上: a fall of at least 3 % means −3 or lower, a ceiling.
        var fall = TargetMark.Of(target with { Bound = TargetBound.AtLeast, Value = -3, IsDecline = true }, tolerance);
        Assert.That((fall.Shape, fall.High), Is.EqualTo((TargetMarkShape.Ceiling, -3.0)));

        // A printed range with no qualifier (1-2家) is the band from its low to its high end.
        var range = TargetMark.Of(target with { Bound = TargetBound.None, Value = 1, ValueHigh = 2 }, tolerance);
        Assert.That((range.Shape, range.Low, range.High), Is.EqualTo((TargetMarkShape.Band, 1.0, 2.0)));
    }

    private static bool SameMark(TargetMark left, TargetMark right) =>
        left.Target == right.Target && left.Shape == right.Shape && System.Math.Abs(left.Low - right.Low) < 1e-9 && System.Math.Abs(left.High - right.High) < 1e-9;
}
