using System.IO;
using System.Linq;
using NUnit.Framework;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace ReportData.Terminal.Tests;

public class TerminalTests
{
    private static readonly Figure[] Headlines = ReportDataset.Figures
        .Where(figure => figure.Key is "Gdp" or "GdpGrowth" or "RetailSalesGrowth" or "FixedAssetInvestmentGrowth")
        .ToArray();

    [Test]
    public void TableLinesHaveEqualDisplayWidthWithChineseLabels()
    {
        var lines = Render(FigureTables.Figures(Headlines));

        Assert.That(Headlines.Select(figure => figure.Label), Has.Some.Contains("社会消费品零售总额增长"), "the table has labels of different widths");
        var tableLines = lines.Where(line => line.Length > 0 && "╭│├╰".Contains(line[0])).ToArray();
        Assert.That(tableLines, Has.Length.EqualTo(Headlines.Length + 4), "top, header, rule, one line per figure, bottom: no row wrapped");
        Assert.That(tableLines.Select(DisplayWidth.Of).Distinct().ToArray(), Has.Length.EqualTo(1), string.Join("\n", tableLines));

        // The border after the label column (the third │ of a row) stands at the same display column on every row.
        var rows = tableLines.Where(line => line[0] == '│').ToArray();
        Assert.That(rows.Select(row => DisplayWidth.ColumnOf(row, '│', 2)).Distinct().ToArray(), Has.Length.EqualTo(1));
    }

    [Test]
    public void PaddingByCharacterCountWouldSlipWhereTheseLabelsAre()
    {
        // The check above can fail: the same labels padded by string length (the main job's old table) differ in display width.
        var padded = Headlines.Select(figure => figure.Label.PadRight(12) + "|").ToArray();
        Assert.That(padded.Select(DisplayWidth.Of).Distinct().Count(), Is.GreaterThan(1));
        Assert.That(DisplayWidth.Of("地区生产总值"), Is.EqualTo(12));
    }

    [Test]
    public void RedirectedOutputHasNoColourCodesAndAFixedWidth()
    {
        using var writer = new StringWriter();
        var console = FigureConsole.Create(writer);
        console.Write(FigureTables.Comparisons(new[]
        {
            TargetCheck.Compare(ReportDataset.Get("Quzhou.Y2024.Targets.GdpGrowthPercent"), ReportDataset.Get("Quzhou.Y2023.GdpGrowthPercent")),
        }));
        console.Write(FigureBarCharts.Series(FigureIndex.Dataset, "Quzhou", "GdpGrowth"));

        var text = writer.ToString();
        Assert.That(console.Profile.Width, Is.EqualTo(FigureConsole.RedirectedWidth));
        // Ordinal: a culture-aware comparison ignores control characters and "finds" ESC in any text.
        Assert.That(text.IndexOf('\u001b'), Is.EqualTo(-1), "no ANSI escape codes in a file");
        Assert.That(text, Does.Contain("╭").And.Contain("地区生产总值增长").And.Contain("met (左右 ±5%)").And.Contain("7 左右"));
        Assert.That(text, Does.Contain("2013 实际").And.Contain("2024 目标 左右").And.Contain("9.1"));
        Assert.That(text.Split('\n').Max(line => DisplayWidth.Of(line.TrimEnd('\r'))), Is.LessThanOrEqualTo(FigureConsole.RedirectedWidth));
    }

    [Test]
    public void BarChartHasABarPerYearActualsAndTargetsInYearOrder()
    {
        var chart = FigureBarCharts.Series(FigureIndex.Dataset, "Quzhou", "GdpGrowth");

        Assert.That(chart.Data.Select(item => item.Label), Is.EqualTo(new[] { "2013 实际", "2014 目标 左右", "2017 实际", "2018 目标 左右", "2023 实际", "2024 目标 左右" }));
        Assert.That(chart.Data.Select(item => item.Value), Is.EqualTo(new[] { 9.1, 8.5, 7.3, 7, 6.8, 7 }));
        Assert.That(FigureBarCharts.Series(FigureIndex.Dataset, "Quzhou", "GdpGrowth", withTargets: false).Data, Has.Count.EqualTo(3));
        Assert.That(() => FigureBarCharts.Series(FigureIndex.Dataset, "Quzhou", "NoSuchKey"), Throws.ArgumentException);
    }

    [Test]
    public void MarkupCharactersInALabelPrintAsTheyAre()
    {
        var figure = ReportDataset.Get("Quzhou.Y2023.GdpBillion") with { Label = "生产总值[注]" };

        var lines = Render(FigureTables.Figures(new[] { figure }));
        Assert.That(lines, Has.Some.Contains("生产总值[注]"));
    }

    private static string[] Render(IRenderable renderable)
    {
        using var writer = new StringWriter();
        var console = FigureConsole.Create(writer);
        console.Write(renderable);
        return writer.ToString().Replace("\r", string.Empty).Split('\n');
    }
}
