using System;
using System.Globalization;
using System.Linq;
using NUnit.Framework;
using ScottPlot.Plottables;

namespace ReportData.Charts.Tests;

/// <summary>
/// The national series against its targets, and one year's targets at each level, drawn from figures built as the
/// national reports print them (corpus national-YYYY.txt): targets 2017 and 2018 "国内生产总值增长6.5%左右", 2019 "6%－6.5%",
/// 2021 "6%以上", 2022 "5.5%左右", 2023 and 2024 "5%左右"; results 2017 6.9% (2018 report), 2018 6.6%, 2020 2.3%, 2021 8.1%,
/// 2022 3%, 2023 5.2%, 2024 5% (2025 report). The 2018 city targets are the seed reports' "增长7%左右" (Quzhou) and "7%" (Jinhua),
/// taken from the dataset with its cities' figures only, so that these national figures stand in for the dataset's own.
/// </summary>
public class PlaceChartsTests
{
    private static readonly ChartOptions English = new() { Language = ChartLanguage.English, Width = 800, Height = 480 };

    private static readonly FigureIndex National = new[]
    {
        Target(2017, 6.5, TargetBound.About), Target(2018, 6.5, TargetBound.About), Target(2019, 6, TargetBound.None, high: 6.5),
        Target(2021, 6, TargetBound.AtLeast), Target(2022, 5.5, TargetBound.About), Target(2023, 5, TargetBound.About), Target(2024, 5, TargetBound.About),
        Actual(2017, 6.9), Actual(2018, 6.6), Actual(2020, 2.3), Actual(2021, 8.1), Actual(2022, 3), Actual(2023, 5.2), Actual(2024, 5),
    }.Concat(FigureIndex.Dataset.Figures.Where(figure => figure.Level != PlaceLevel.National)).ToFigureIndex();

    [Test]
    public void NationalTargetsOverTheYearsColourEachResultAsTheReportsJudgeIt()
    {
        var chart = FigureCharts.TargetsOverYears(National, "China", "GdpGrowth", English);
        var texts = Svg.Texts(chart.ToSvg());

        Assert.That(chart.TargetMarks.Select(mark => mark.Target.Year), Is.EqualTo(new int?[] { 2017, 2018, 2019, 2021, 2022, 2023, 2024 }));
        var scatters = chart.Plot.GetPlottables<Scatter>().ToArray();
        double[] Years(string legend) => scatters.Single(plot => plot.LegendText == legend).Data.GetScatterPoints().Select(point => point.X).ToArray();
        // 6.9 beyond 6.5%左右 and 8.1 over 6%以上 are met; 3 against 5.5%左右 is missed; 2019's range has no result (no 2020 report).
        Assert.That(Years("Target met"), Is.EqualTo(new double[] { 2017, 2018, 2021, 2023, 2024 }));
        Assert.That(Years("Target missed"), Is.EqualTo(new double[] { 2022 }));
        Assert.That(texts, Has.Member("China GdpGrowth (%): targets against actuals").And.Member("6.9").And.Member("2.3").And.Member("6–6.5"));
        Assert.That(chart.TargetMarks.Single(mark => mark.Target.Year == 2017).Shape, Is.EqualTo(TargetMarkShape.Band), "左右 is drawn as its band");
    }

    [Test]
    public void OnTheSymmetricBandGrowthAboveItsTargetIsMissed()
    {
        var options = new ChartOptions { Language = ChartLanguage.English, AboutTolerance = AboutTolerance.Default.Symmetric() };
        var chart = FigureCharts.TargetsOverYears(National, "China", "GdpGrowth", options);
        var missed = chart.Plot.GetPlottables<Scatter>().Single(plot => plot.LegendText == "Target missed").Data.GetScatterPoints().Select(point => point.X);
        Assert.That(missed, Is.EqualTo(new double[] { 2017, 2022 }), "6.9 lies above 6.5 ± 5 %");
    }

    [Test]
    public void OneYearsTargetsAtEachLevelStandSideBySideFromTheNationDown()
    {
        var chart = FigureCharts.TargetsAcrossPlaces(National, 2018, "GdpGrowth", English);
        var texts = Svg.Texts(chart.ToSvg());

        Assert.That(chart.TargetMarks.Select(mark => (mark.Target.Place, mark.Target.Value)), Is.EqualTo(new[] { ("China", 6.5), ("Jinhua", 7.0), ("Quzhou", 7.0) }));
        Assert.That(chart.Plot.Axes.Bottom.TickGenerator.Ticks.Select(tick => tick.Label), Is.EqualTo(new[] { "China (national)", "Jinhua (city)", "Quzhou (city)" }));
        Assert.That(texts, Has.Member("GdpGrowth (%) targets for 2018 by level"));
        var met = chart.Plot.GetPlottables<Scatter>().Single(plot => plot.LegendText == "Actual: met").Data.GetScatterPoints();
        Assert.That(met.Select(point => (point.X, point.Y)), Is.EqualTo(new[] { (0.0, 6.6) }), "only the nation's 2018 result is in the index");
    }

    [Test]
    public void ThePlaceChartsRefuseWhatTheyCannotDraw()
    {
        Assert.That(() => FigureCharts.TargetsOverYears(National, "China", "NoSuchKey"), Throws.ArgumentException);
        Assert.That(() => FigureCharts.TargetsAcrossPlaces(National, 1999, "GdpGrowth"), Throws.ArgumentException);
    }

    private static Figure Target(int year, double value, TargetBound bound, double? high = null) => Figure(year, FigureKind.Target, value, bound, high);

    private static Figure Actual(int year, double value) => Figure(year, FigureKind.Actual, value, TargetBound.None, null);

    private static Figure Figure(int year, FigureKind kind, double value, TargetBound bound, double? high)
    {
        var delivered = kind == FigureKind.Target ? year : year + 1;
        var file = "national-" + delivered.ToString(CultureInfo.InvariantCulture);
        var source = new ReportSource("China", "中国", PlaceLevel.National, delivered, null, file + ".txt", file + ".report.yaml", delivered - 1, delivered, null, null, null);
        var id = "China.Y" + year.ToString(CultureInfo.InvariantCulture) + (kind == FigureKind.Target ? ".Targets" : string.Empty) + ".GdpGrowthPercent";
        var printed = value.ToString(CultureInfo.InvariantCulture) + (high is { } h ? "-" + h.ToString(CultureInfo.InvariantCulture) : string.Empty);
        return new Figure(id, "China", year, null, "GdpGrowth", kind, value, high, FigureUnit.Percent, printed, "%", null, "国内生产总值增长", "国内生产总值增长" + printed + "%", source, false, bound, false, null);
    }
}
