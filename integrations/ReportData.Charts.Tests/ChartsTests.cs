using System;
using System.Buffers.Binary;
using System.IO;
using System.Linq;
using NUnit.Framework;
using ScottPlot.Plottables;

namespace ReportData.Charts.Tests;

public class ChartsTests
{
    private static readonly ChartOptions English = new() { Language = ChartLanguage.English, Width = 640, Height = 400 };

    [Test]
    public void PNGAndSVGFilesAreWrittenAndValid()
    {
        var folder = Path.Combine(Path.GetTempPath(), "reportdata-charts-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var chart = FigureCharts.SeriesWithTargets(FigureIndex.Dataset, "Quzhou", "GdpGrowth", English);
            var png = Path.Combine(folder, "chart.png");
            var svg = Path.Combine(folder, "chart.svg");
            chart.SavePng(png);
            chart.SaveSvg(svg);

            var bytes = File.ReadAllBytes(png);
            Assert.That(bytes.Take(8), Is.EqualTo(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }), "PNG signature");
            Assert.That(System.Text.Encoding.ASCII.GetString(bytes, 12, 4), Is.EqualTo("IHDR"));
            Assert.That(BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16)), Is.EqualTo(640));
            Assert.That(BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20)), Is.EqualTo(400));
            Assert.That(System.Text.Encoding.ASCII.GetString(bytes, bytes.Length - 8, 4), Is.EqualTo("IEND"));

            var document = System.Xml.Linq.XDocument.Load(svg);
            Assert.That(document.Root!.Name.LocalName, Is.EqualTo("svg"));
            Assert.That(Svg.Texts(File.ReadAllText(svg)), Has.Member("Actual"));
            Assert.That(chart.ToPng().Take(4), Is.EqualTo(bytes.Take(4)));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Test]
    public void AcrossCitiesDrawsOneBarPerCityInTheIndexOrder()
    {
        var chart = FigureCharts.AcrossCities(FigureIndex.Dataset, 2017, "GdpGrowth", English);
        var texts = Svg.Texts(chart.ToSvg()); // ticks are generated when the chart is drawn

        var bars = chart.Plot.GetPlottables<BarPlot>().Single().Bars;
        Assert.That(bars.Select(bar => (bar.Position, bar.Value)), Is.EqualTo(new[] { (0.0, 6.5), (1.0, 7.3) }));
        Assert.That(chart.Plot.Axes.Bottom.TickGenerator.Ticks.Select(tick => tick.Label), Is.EqualTo(new[] { "Jinhua", "Quzhou" }));
        Assert.That(texts, Has.Member("GdpGrowth (%) in 2017 by city").And.Member("6.5").And.Member("7.3"));
    }

    [Test]
    public void TargetsAgainstActualsColourEachActualByTheTargetCheck()
    {
        var chart = FigureCharts.TargetsAgainstActuals(FigureIndex.Dataset, "Quzhou", 2024, 2023, FigureUnit.Percent, English);

        var index = FigureIndex.Dataset;
        var expected = chart.TargetMarks.Select(mark => mark.Target)
            .Select(target => TargetCheck.Compare(target, index.Query("Quzhou", 2023, target.Key, FigureKind.Actual).Single(f => f.Unit == FigureUnit.Percent)))
            .ToArray();
        Assert.That(expected, Has.Length.GreaterThanOrEqualTo(5));
        var barPlots = chart.Plot.GetPlottables<BarPlot>().ToArray();
        var met = barPlots.Single(plot => plot.LegendText == "Actual: met").Bars.Select(bar => bar.Value).OrderBy(value => value);
        var missed = barPlots.Single(plot => plot.LegendText == "Actual: missed").Bars.Select(bar => bar.Value).OrderBy(value => value);
        Assert.That(met, Is.EqualTo(expected.Where(c => c.IsMet).Select(c => c.Actual.Value).OrderBy(value => value)));
        Assert.That(missed, Is.EqualTo(expected.Where(c => !c.IsMet).Select(c => c.Actual.Value).OrderBy(value => value)));
        // 6.8 % against 7%左右 is within ±5 %: met. R&D intensity 2.4 % against 2.6 % (达到): missed.
        Assert.That(expected.Single(c => c.Target.Key == "GdpGrowth").IsMet, Is.True);
        Assert.That(expected.Single(c => c.Target.Key == "RdIntensity").IsMet, Is.False);
        Assert.That(Svg.Texts(chart.ToSvg()), Has.Member("Quzhou: 2024 targets against 2023 actuals (%)").And.Member("GdpGrowth"));
    }

    [Test]
    public void AChartRefusesWhatItCannotDrawHonestly()
    {
        var index = FigureIndex.Dataset;
        Assert.That(() => FigureCharts.SeriesWithTargets(index, "Quzhou", "NoSuchKey"), Throws.ArgumentException);
        Assert.That(() => FigureCharts.AcrossCities(index, 1999, "GdpGrowth"), Throws.ArgumentException);
        Assert.That(() => FigureCharts.TargetsAgainstActuals(Array.Empty<TargetComparison>()), Throws.ArgumentException);

        // One value axis: comparisons in percent and in persons cannot share it.
        var growth = TargetCheck.Compare(ReportDataset.Get("Quzhou.Y2024.Targets.GdpGrowthPercent"), ReportDataset.Get("Quzhou.Y2023.GdpGrowthPercent"));
        var jobs = TargetCheck.Compare(ReportDataset.Get("Quzhou.Y2024.Targets.NewUrbanJobsPersons"), ReportDataset.Get("Quzhou.Y2023.NewUrbanJobsPersons"));
        Assert.That(() => FigureCharts.TargetsAgainstActuals(new[] { growth, jobs }), Throws.ArgumentException.With.Message.Contains("Percent").And.Message.Contains("Persons"));
    }
}
