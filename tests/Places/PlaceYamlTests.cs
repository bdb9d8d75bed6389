using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using NUnit.Framework;
using ReportData.Tests.Infrastructure;
using static ReportData.Tests.Hardening.HardeningHarness;

namespace ReportData.Tests.Places;

/// <summary>
/// A report of a place at a level (the State Council's, a province's, a city's ...): the YAML's <c>place</c>,
/// <c>placeName</c>, <c>level</c> and <c>authority</c>, the older <c>city</c> synonyms, and the bad inputs around them.
/// The sentences are the 2024 national report's (corpus national-2024.txt).
/// </summary>
public class PlaceYamlTests
{
    private const string NationalText =
        "国内生产总值超过126万亿元，增长5.2%，增速居世界主要经济体前列。电动汽车、锂电池、光伏产品“新三样”出口增长近30%。" +
        "今年发展主要预期目标是：国内生产总值增长5%左右；城镇新增就业1200万人以上，城镇调查失业率5.5%左右。";

    private const string NationalYaml =
        "report:\n" +
        "  place: China\n" +
        "  placeName: 中国\n" +
        "  level: national\n" +
        "  year: 2024\n" +
        "  text: report.txt\n" +
        "figures:\n" +
        "  - key: GdpGrowth\n" +
        "    year: 2023\n" +
        "    label: 国内生产总值增长\n" +
        "    value: 5.2\n" +
        "    unit: \"%\"\n" +
        "    quote: 国内生产总值超过126万亿元，增长5.2%\n" +
        "  - key: GdpGrowth\n" +
        "    year: 2024\n" +
        "    kind: target\n" +
        "    bound: about\n" +
        "    label: 国内生产总值增长\n" +
        "    value: 5\n" +
        "    unit: \"%\"\n" +
        "    quote: 国内生产总值增长5%左右\n";

    private const string GdpOver126 =
        "  - key: Gdp\n" +
        "    year: 2023\n" +
        "    bound: exceeds\n" +
        "    label: 国内生产总值\n" +
        "    value: 126\n" +
        "    unit: 万亿元\n" +
        "    quote: 国内生产总值超过126万亿元\n";

    [Test]
    public void NationalReportIsTheClassChinaWithItsLevelAndTheStateCouncilAsAuthority()
    {
        var run = GeneratorHarness.RunSingle(NationalYaml, NationalText, source: "static class Use { const double Growth = GeneratedData.China.Y2023.GdpGrowthPercent; const double Goal = GeneratedData.China.Y2024.Targets.GdpGrowthPercent; }");
        Assert.That(run.GeneratorDiagnostics, Is.Empty);
        Assert.That(run.CompilationDiagnostics, Is.Empty);
        var figures = GeneratorHarness.LoadFigures(run.OutputCompilation);
        var actual = figures.Single(f => f.Id == "China.Y2023.GdpGrowthPercent");
        Assert.Multiple(() =>
        {
            Assert.That(actual.Place, Is.EqualTo("China"));
            Assert.That(actual.City, Is.EqualTo("China"), "City is Place under its older name");
            Assert.That(actual.PlaceName, Is.EqualTo("中国"));
            Assert.That(actual.Level, Is.EqualTo(PlaceLevel.National));
            Assert.That(actual.Source.Level, Is.EqualTo(PlaceLevel.National));
            Assert.That(actual.Source.Authority, Is.Null, "the YAML names none");
            Assert.That(actual.Cite().Authority, Is.EqualTo("国务院"));
            Assert.That(actual.Cite().Title, Is.EqualTo("2024年国务院政府工作报告"));
        });
    }

    [Test]
    public void CityAndCityNameStillNameACityReport()
    {
        var figures = GeneratorHarness.LoadFigures(GeneratorHarness.RunSingle(Fixtures.ValidYaml, Fixtures.ReportText).OutputCompilation);
        var gdp = figures.Single(f => f.Key == "Gdp");
        Assert.That((gdp.Place, gdp.PlaceName, gdp.Level), Is.EqualTo(("Testville", "测试市", PlaceLevel.City)));
        Assert.That(gdp.Cite().Authority, Is.EqualTo("测试市人民政府"));
    }

    [TestCase("province", PlaceLevel.Province, "测试省人民政府")]
    [TestCase("district", PlaceLevel.District, "测试区人民政府")]
    [TestCase("county", PlaceLevel.County, "测试县人民政府")]
    public void EachLevelHasItsGovernmentAsAuthority(string level, PlaceLevel expected, string authority)
    {
        var yaml = Fixtures.ValidYaml.Replace("  cityName: 测试市\n", "  cityName: 测试\n  level: " + level + "\n");
        var gdp = GeneratorHarness.LoadFigures(GeneratorHarness.RunSingle(yaml, Fixtures.ReportText).OutputCompilation).Single(f => f.Key == "Gdp");
        Assert.That(gdp.Level, Is.EqualTo(expected));
        Assert.That(gdp.Cite().Authority, Is.EqualTo(authority));
    }

    [Test]
    public void AnExplicitAuthorityIsKeptAndCited()
    {
        var yaml = Fixtures.ValidYaml.Replace("  text: report.txt\n", "  text: report.txt\n  level: province\n  authority: 广西壮族自治区人民政府\n");
        var gdp = GeneratorHarness.LoadFigures(GeneratorHarness.RunSingle(yaml, Fixtures.ReportText).OutputCompilation).Single(f => f.Key == "Gdp");
        Assert.That(gdp.Source.Authority, Is.EqualTo("广西壮族自治区人民政府"));
        Assert.That(gdp.Cite().Authority, Is.EqualTo("广西壮族自治区人民政府"));
    }

    [Test]
    public void UnknownLevelIsRD1006AtTheLevel()
    {
        var yaml = NationalYaml.Replace("level: national", "level: country");
        AssertSingle(Diagnose(yaml, NationalText), "RD1006", Fixtures.At(yaml, "level: country", skip: 7));
    }

    [Test]
    public void PlaceAndItsSynonymCityTogetherAreRD0003AtTheSynonym()
    {
        var yaml = NationalYaml.Replace("  place: China\n", "  place: China\n  city: China\n");
        var diagnostic = AssertSingle(Diagnose(yaml, NationalText), "RD0003", Fixtures.At(yaml, "city: China", skip: 6));
        Assert.That(diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), Does.Contain("field 'city' as 'place' is given twice"));
    }

    [TestCase("System")]
    [TestCase("Math")]
    [TestCase("Console")]
    [TestCase("Microsoft")]
    public void PlaceThatWouldHideANamespaceOrTypeOfTheUserIsRD1013(string place)
    {
        var yaml = NationalYaml.Replace("place: China", "place: " + place);
        AssertSingle(Diagnose(yaml, NationalText), "RD1013", Fixtures.At(yaml, "place: " + place, skip: 7));
    }

    [Test]
    public void TwoReportsOfOnePlaceAndYearAreRD1016AtTheYearOfTheSecondFile()
    {
        // Two halves of one report, each compiling alone: only the pair is wrong.
        var second = Fixtures.Header + Fixtures.ValidYaml.Substring(Fixtures.ValidYaml.IndexOf("  - key: GdpGrowth", System.StringComparison.Ordinal));
        var first = Fixtures.ValidYaml.Substring(0, Fixtures.ValidYaml.IndexOf("  - key: GdpGrowth", System.StringComparison.Ordinal));
        var files = new List<AdditionalText>
        {
            Additional("/reports/b.report.yaml", second),
            Additional("/reports/a.report.yaml", first),
            Additional("/reports/report.txt", Fixtures.ReportText),
        };
        var outcome = Diagnose(files);
        var diagnostic = AssertSingle(outcome, "RD1016", Fixtures.At(second, "year: 2024", skip: 6));
        Assert.That(diagnostic.Location.GetLineSpan().Path, Is.EqualTo("/reports/b.report.yaml"));
        Assert.That(diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), Does.Contain("a.report.yaml"));
    }

    [Test]
    public void OnePlaceInTwoYearsAndTwoPlacesInOneYearAreFine()
    {
        var files = new List<AdditionalText>
        {
            Additional("/reports/a.report.yaml", Fixtures.ValidYaml),
            Additional("/reports/b.report.yaml", Fixtures.ValidYamlDeliveredIn(2025).Replace("year: 2023", "year: 2022").Replace("    year: 2024\n", "    year: 2025\n")),
            Additional("/reports/c.report.yaml", Fixtures.ValidYaml.Replace("city: Testville", "city: Otherville")),
            Additional("/reports/report.txt", Fixtures.ReportText),
        };
        Assert.That(Diagnose(files).Diagnostics, Is.Empty);
    }
}
