using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using NUnit.Framework;
using ReportData.Tests.Infrastructure;

namespace ReportData.Tests;

/// <summary>The generator's unit checks: a key's dimension across reports (RD1014) and rates (per:, RD1015), located at the YAML.</summary>
public class UnitDiagnosticsTests
{
    private const string Text = "外贸出口总额 3311 亿元。外贸出口总额 23.9 亿美元。万人发明专利拥有量达到 9 件以上。城镇居民人均可支配收入 28883 元。";

    [Test]
    public void AKeyInYuanInOneReportAndInDollarsInAnotherFailsAtTheUnit()
    {
        var files = new List<AdditionalText>
        {
            new InMemoryAdditionalText("/reports/a-2018.report.yaml", Report("Jinhua", 2018, Figure("Exports", 2017, "外贸出口总额", "3311", "亿元", "外贸出口总额 3311 亿元"))),
            new InMemoryAdditionalText("/reports/b-2014.report.yaml", Report("Quzhou", 2014, Figure("Exports", 2013, "外贸出口总额", "23.9", "亿美元", "外贸出口总额 23.9 亿美元"))),
            new InMemoryAdditionalText("/reports/report.txt", Text),
        };
        var diagnostic = GeneratorHarness.Run(files).GeneratorDiagnostics.Single();
        Assert.Multiple(() =>
        {
            Assert.That(diagnostic.Id, Is.EqualTo("RD1014"));
            Assert.That(diagnostic.Severity, Is.EqualTo(DiagnosticSeverity.Error));
            Assert.That(diagnostic.Location.GetLineSpan().Path, Is.EqualTo("/reports/b-2014.report.yaml"));
            // Line 13 (0-based 12) is "    unit: 亿美元", the value starts at column 11.
            Assert.That(diagnostic.Location.GetLineSpan().StartLinePosition, Is.EqualTo(new Microsoft.CodeAnalysis.Text.LinePosition(12, 10)));
            Assert.That(diagnostic.GetMessage(CultureInfo.InvariantCulture), Does.StartWith(
                "b-2014.report.yaml: 'Exports' is BillionUsd (MoneyUsd) here but BillionYuan (MoneyCny) in a-2018.report.yaml"));
            Assert.That(diagnostic.GetMessage(CultureInfo.InvariantCulture), Does.EndWith("give one of them its own key (e.g. ExportsInDollars for the MoneyUsd figure)"));
        });
    }

    [TestCase("%", "e.g. GdpGrowth or GdpShare for the Ratio figure")]
    [TestCase("个", "one that names what each figure measures")]
    public void TheHintFitsTheKeyAndItsDimensions(string unit, string hint)
    {
        var files = new List<AdditionalText>
        {
            new InMemoryAdditionalText("/reports/a-2018.report.yaml", Report("Jinhua", 2018, Figure("Gdp", 2017, "外贸出口总额", "3311", "亿元", "外贸出口总额 3311 亿元"))),
            new InMemoryAdditionalText("/reports/b-2014.report.yaml", Report("Quzhou", 2014, Figure("Gdp", 2013, "万人发明专利拥有量", "9", unit, "万人发明专利拥有量达到 9 " + unit + "以上"))),
            new InMemoryAdditionalText("/reports/report.txt", Text.Replace("9 件以上", "9 " + unit + "以上")),
        };
        var diagnostics = GeneratorHarness.Run(files).GeneratorDiagnostics;
        Assert.That(diagnostics, Has.Length.EqualTo(1), string.Join("\n", diagnostics.Select(d => d.ToString())));
        var diagnostic = diagnostics.Single();
        Assert.That(diagnostic.Id, Is.EqualTo("RD1014"));
        Assert.That(diagnostic.GetMessage(CultureInfo.InvariantCulture), Does.Contain("'Gdp'").And.EndWith("own key (" + hint + ")"));
    }

    [Test]
    public void UnitsOfOneDimensionUnderOneKeyAreFine()
    {
        var files = new List<AdditionalText>
        {
            new InMemoryAdditionalText("/reports/a-2018.report.yaml", Report("Jinhua", 2018, Figure("Exports", 2017, "外贸出口总额", "3311", "亿元", "外贸出口总额 3311 亿元"))),
            new InMemoryAdditionalText("/reports/b-2014.report.yaml", Report("Quzhou", 2014, Figure("Exports", 2013, "城镇居民人均可支配收入", "28883", "元", "城镇居民人均可支配收入 28883 元"))),
            new InMemoryAdditionalText("/reports/report.txt", Text),
        };
        Assert.That(GeneratorHarness.Run(files).GeneratorDiagnostics, Is.Empty, "亿元 and 元 are both money in yuan");
    }

    [Test]
    public void ARateKeepsItsPrintedUnitAndGetsARateUnit()
    {
        var yaml = Report("Jinhua", 2018, Figure("InventionPatents", 2018, "万人发明专利拥有量", "9", "件", "万人发明专利拥有量达到 9 件以上", per: "万人")
            + Figure("UrbanDisposableIncome", 2017, "城镇居民人均可支配收入", "28883", "元", "城镇居民人均可支配收入 28883 元", per: "人"));
        var run = GeneratorHarness.RunSingle(yaml, Text);
        Assert.That(run.GeneratorDiagnostics, Is.Empty);
        var figures = GeneratorHarness.LoadFigures(run.OutputCompilation);
        Assert.That(figures.Select(f => f.Id + " " + f.Unit + " " + f.PrintedUnit), Is.EquivalentTo(new[]
        {
            "Jinhua.Y2018.InventionPatentsPer10kPersons CountPer10kPersons 件",
            "Jinhua.Y2017.UrbanDisposableIncomeYuanPerCapita YuanPerCapita 元",
        }));
    }

    [TestCase("万人", "件", "发明专利拥有量", "its label '发明专利拥有量' does not say so; the label must carry the denominator as printed (万人 or 每万人)")]
    [TestCase("人", "元", "城镇居民可支配收入", "(人均 or 每人)")]
    public void ARateWhoseLabelDoesNotNameItsDenominatorFailsAtPer(string per, string unit, string label, string expected)
    {
        var diagnostic = GeneratorHarness.RunSingle(Report("Jinhua", 2018, Figure("InventionPatents", 2018, label, "9", unit, "万人发明专利拥有量达到 9 件以上", per)), Text)
            .GeneratorDiagnostics.Single();
        Assert.That(diagnostic.Id, Is.EqualTo("RD1015"));
        Assert.That(diagnostic.Location.GetLineSpan().StartLinePosition.Line, Is.EqualTo(13), "the per: line");
        Assert.That(diagnostic.GetMessage(CultureInfo.InvariantCulture), Does.Contain(expected));
    }

    [Test]
    public void ARateOfAUnitThatHasNoneFailsAtPer()
    {
        var diagnostic = GeneratorHarness.RunSingle(Report("Jinhua", 2018, Figure("InventionPatentsGrowth", 2018, "万人发明专利拥有量", "9", "%", "万人发明专利拥有量达到 9 件以上", "万人")), Text)
            .GeneratorDiagnostics.Single();
        Assert.That(diagnostic.Id, Is.EqualTo("RD1015"));
        Assert.That(diagnostic.GetMessage(CultureInfo.InvariantCulture), Does.Contain("has no rate unit for Percent per 万人"));
    }

    [Test]
    public void AnUnknownDenominatorIsNotAChoice()
    {
        var diagnostic = GeneratorHarness.RunSingle(Report("Jinhua", 2018, Figure("InventionPatents", 2018, "万人发明专利拥有量", "9", "件", "万人发明专利拥有量达到 9 件以上", "百人")), Text)
            .GeneratorDiagnostics.Single();
        Assert.That(diagnostic.Id, Is.EqualTo("RD1006"));
        Assert.That(diagnostic.GetMessage(CultureInfo.InvariantCulture), Does.Contain("人, 千人, 万人"));
    }

    // Units that other cities' reports print and the seeds do not: each value normalized by hand
    // (50 兆瓦 = 50,000 kW; 3.5 万公斤 = 35,000 kg; 12 万株 = 120,000 trees; 1.2 万吨标准煤 = 12,000 t of coal equivalent).
    [TestCase("装机容量", "50", "兆瓦", "Kilowatts", 50_000, 3)]
    [TestCase("蔬菜产量", "3.5", "万公斤", "Kilograms", 35_000, 4)]
    [TestCase("蔬菜产量", "800", "千克", "Kilograms", 800, 0)]
    [TestCase("植树", "12", "万株", "Count", 120_000, 4)]
    [TestCase("安全生产事故", "3", "起", "Count", 3, 0)]
    [TestCase("节约能耗", "1.2", "万吨标准煤", "TonnesOfStandardCoal", 12_000, 4)]
    public void UnitsOfOtherReportsNormalizeExactly(string label, string printed, string unit, string suffix, double value, int multiplier)
    {
        var quote = label + printed + unit;
        var files = new List<AdditionalText>
        {
            new InMemoryAdditionalText("/reports/a-2018.report.yaml", Report("Jinhua", 2018, Figure("Indicator", 2017, label, printed, unit, quote))),
            new InMemoryAdditionalText("/reports/report.txt", "去年，" + quote + "。"),
        };
        var run = GeneratorHarness.Run(files);
        Assert.That(run.GeneratorDiagnostics, Is.Empty, string.Join("\n", run.GeneratorDiagnostics.Select(d => d.ToString())));
        var figure = GeneratorHarness.LoadFigures(run.OutputCompilation).Single();
        Assert.Multiple(() =>
        {
            Assert.That(figure.Id, Is.EqualTo("Jinhua.Y2017.Indicator" + suffix));
            Assert.That(figure.Value, Is.EqualTo(value));
            Assert.That(figure.Unit.ToString(), Is.EqualTo(suffix));
            Assert.That(figure.UnitMultiplier, Is.EqualTo(multiplier));
        });
    }

    private static string Report(string city, int year, string figures) =>
        "report:\n" +
        "  city: " + city + "\n" +
        "  cityName: 测试市\n" +
        "  year: " + year + "\n" +
        "  reviews: " + (year - 1) + "\n" +
        "  targetsFor: " + year + "\n" +
        "  text: report.txt\n" +
        "figures:\n" + figures;

    // Line numbers (0-based, from the report's 8 lines): key 8, year 9, label 10, value 11, unit 12, per 13, quote 13 or 14.
    private static string Figure(string key, int year, string label, string value, string unit, string quote, string? per = null) =>
        "  - key: " + key + "\n" +
        "    year: " + year + "\n" +
        "    label: " + label + "\n" +
        "    value: " + value + "\n" +
        "    unit: \"" + unit + "\"\n" +
        (per is null ? string.Empty : "    per: " + per + "\n") +
        "    quote: " + quote + "\n";
}
