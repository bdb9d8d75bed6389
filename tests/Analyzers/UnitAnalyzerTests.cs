using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using NUnit.Framework;

namespace ReportData.Tests.Analyzers;

/// <summary>
/// The unit analyzer (RD3001, RD3002) on real compilations against the ReportData library: it flags arithmetic and
/// comparisons across units, and is silent on realistic statistics code.
/// </summary>
public class UnitAnalyzerTests
{
    private const string Usings = "using System;\nusing ReportData;\n";

    private static string Method(string body) => Usings + "/// <summary>Snippet.</summary>\npublic static class Snippet\n{\n    /// <summary>Snippet.</summary>\n    public static object Run()\n    {\n" + body + "\n    }\n}\n";

    [Test]
    public void FlagsBillionsOfYuanPlusAGrowthRate()
    {
        var diagnostics = AnalyzerHarness.Analyze(Method("return Quzhou.Y2023.GdpBillion + Quzhou.Y2023.GdpGrowthPercent;"));
        var diagnostic = diagnostics.Single();
        Assert.Multiple(() =>
        {
            Assert.That(diagnostic.Id, Is.EqualTo("RD3001"));
            Assert.That(diagnostic.Severity, Is.EqualTo(DiagnosticSeverity.Warning));
            Assert.That(AnalyzerHarness.Text(diagnostic), Is.EqualTo("Quzhou.Y2023.GdpBillion + Quzhou.Y2023.GdpGrowthPercent"));
            Assert.That(diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture),
                Is.EqualTo("'+' combines BillionYuan (MoneyCny) with Percent (Ratio): values of different dimensions cannot be added, subtracted or compared"));
            Assert.That(diagnostic.Descriptor.HelpLinkUri, Is.Empty, "no web page to link to: the reference ships in the package README");
        });
    }

    [TestCase("return Quzhou.Y2023.GdpBillion - Quzhou.Y2023.GdpGrowthPercent;", "Quzhou.Y2023.GdpBillion - Quzhou.Y2023.GdpGrowthPercent")]
    [TestCase("return Quzhou.Y2023.GdpBillion < Quzhou.Y2023.GdpGrowthPercent;", "Quzhou.Y2023.GdpBillion < Quzhou.Y2023.GdpGrowthPercent")]
    [TestCase("return Quzhou.Y2023.GdpBillion == Quzhou.Y2023.GdpGrowthPercent;", "Quzhou.Y2023.GdpBillion == Quzhou.Y2023.GdpGrowthPercent")]
    [TestCase("return Math.Max(Quzhou.Y2023.GdpBillion, Quzhou.Y2023.GdpGrowthPercent);", "Math.Max(Quzhou.Y2023.GdpBillion, Quzhou.Y2023.GdpGrowthPercent)")]
    [TestCase("return Math.Min(Quzhou.Y2023.GdpGrowthPercent, Quzhou.Y2023.GdpBillion);", "Math.Min(Quzhou.Y2023.GdpGrowthPercent, Quzhou.Y2023.GdpBillion)")]
    [TestCase("return DateTime.Now.Year > 2000 ? Quzhou.Y2023.GdpBillion : Quzhou.Y2023.GdpGrowthPercent;", "DateTime.Now.Year > 2000 ? Quzhou.Y2023.GdpBillion : Quzhou.Y2023.GdpGrowthPercent")]
    [TestCase("var sum = Quzhou.Y2023.GdpBillion; sum += Quzhou.Y2023.GdpGrowthPercent; return sum;", "sum += Quzhou.Y2023.GdpGrowthPercent")]
    [TestCase("var gdp = Quzhou.Y2023.GdpBillion; return gdp - Quzhou.Y2023.GdpGrowthPercent;", "gdp - Quzhou.Y2023.GdpGrowthPercent")]
    [TestCase("return ReportDataset.Find(\"Quzhou.Y2023.GdpBillion\").Value + Quzhou.Y2023.GdpGrowthPercent;", "ReportDataset.Find(\"Quzhou.Y2023.GdpBillion\").Value + Quzhou.Y2023.GdpGrowthPercent")]
    [TestCase("var f = ReportDataset.Find(\"Quzhou.Y2023.GdpGrowthPercent\"); return f.Value > Quzhou.Y2023.GdpBillion;", "f.Value > Quzhou.Y2023.GdpBillion")]
    [TestCase("return -Quzhou.Y2023.GdpBillion + (Quzhou.Y2023.GdpGrowthPercent + 1);", "-Quzhou.Y2023.GdpBillion + (Quzhou.Y2023.GdpGrowthPercent + 1)")]
    [TestCase("return Quzhou.Y2023.NewUrbanJobsPersons + Quzhou.Y2023.GdpGrowthPercent;", "Quzhou.Y2023.NewUrbanJobsPersons + Quzhou.Y2023.GdpGrowthPercent")]
    public void FlagsEveryKindOfCombinationAcrossDimensions(string body, string flagged)
    {
        var diagnostics = AnalyzerHarness.Analyze(Method(body));
        Assert.That(diagnostics.Select(d => d.Id + " " + AnalyzerHarness.Text(d)), Is.EqualTo(new[] { "RD3001 " + flagged }));
    }

    [Test]
    public void FlagsAReadonlyFieldInitialisedFromAConstant()
    {
        var source = Usings + "/// <summary>Snippet.</summary>\npublic static class Snippet\n{\n    private static readonly double Gdp = Quzhou.Y2023.GdpBillion;\n\n"
            + "    /// <summary>Snippet.</summary>\n    public static bool Run() => Gdp > Quzhou.Y2023.GdpGrowthPercent;\n}\n";
        Assert.That(AnalyzerHarness.Analyze(source).Select(d => d.Id), Is.EqualTo(new[] { "RD3001" }));
    }

    [Test]
    public void PercentAndPercentagePointsFollowTheirOwnRules()
    {
        // A rate plus points is a rate; the difference of two rates is points; a rate against points is flagged.
        const string Points = "[ReportData.FigureUnit(ReportData.FigureUnit.PercentagePoints)] const double Up = 0.5;\n";
        var source = Usings + "/// <summary>Snippet.</summary>\npublic static class Snippet\n{\n    " + Points
            + "    /// <summary>Snippet.</summary>\n    public static object[] Run() => new object[]\n    {\n"
            + "        Quzhou.Y2023.GdpGrowthPercent + Up,\n"
            + "        Quzhou.Y2023.GdpGrowthPercent - Up,\n"
            + "        Up + Quzhou.Y2023.GdpGrowthPercent,\n"
            + "        (Quzhou.Y2023.GdpGrowthPercent - Quzhou.Y2017.GdpGrowthPercent) > Up,\n"
            + "        Quzhou.Y2023.GdpGrowthPercent - Quzhou.Y2017.GdpGrowthPercent - Up,\n"
            + "        Quzhou.Y2023.GdpGrowthPercent > Up,\n"
            + "        (Quzhou.Y2023.GdpGrowthPercent - Quzhou.Y2017.GdpGrowthPercent) < Quzhou.Y2024.Targets.GdpGrowthPercent,\n"
            + "    };\n}\n";
        var flagged = AnalyzerHarness.Analyze(source).Select(d => d.Id + " " + AnalyzerHarness.Text(d));
        Assert.That(flagged, Is.EqualTo(new[]
        {
            "RD3001 Quzhou.Y2023.GdpGrowthPercent > Up",
            "RD3001 (Quzhou.Y2023.GdpGrowthPercent - Quzhou.Y2017.GdpGrowthPercent) < Quzhou.Y2024.Targets.GdpGrowthPercent",
        }));
    }

    [Test]
    public void UnitsOfOneDimensionAreRd3002WithAFixThatConverts()
    {
        // 8.8万亩 (Jinhua 2017, mu) against hectares, and billions of yuan against yuan (a constant of the user's own).
        var source = Usings + "/// <summary>Snippet.</summary>\npublic static class Snippet\n{\n"
            + "    [FigureUnit(FigureUnit.Hectares)] private const double FarmlandHectares = 6000;\n"
            + "    [FigureUnit(FigureUnit.Yuan)] private const double GrantYuan = 5e8;\n\n"
            + "    /// <summary>Snippet.</summary>\n    public static object[] Run() => new object[]\n    {\n"
            + "        FarmlandHectares + Jinhua.Y2017.NewProvincialGrainProductionZonesAreaMu,\n"
            + "        Quzhou.Y2023.GdpBillion + GrantYuan,\n"
            + "    };\n}\n";
        var diagnostics = AnalyzerHarness.Analyze(source);
        Assert.That(diagnostics.Select(d => d.Id + " " + d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)), Is.EqualTo(new[]
        {
            "RD3002 '+' combines Hectares with Mu, two units of Area: convert one into the other first",
            "RD3002 '+' combines BillionYuan with Yuan, two units of MoneyCny: convert one into the other first",
        }));
    }

    [Test]
    public async Task TheCodeFixConvertsYuanIntoBillionsAndTheResultIsClean()
    {
        var source = Usings + "/// <summary>Snippet.</summary>\npublic static class Snippet\n{\n"
            + "    [FigureUnit(FigureUnit.Yuan)] private const double GrantYuan = 5e8;\n\n"
            + "    /// <summary>Snippet.</summary>\n    public static double Run() => Quzhou.Y2023.GdpBillion + GrantYuan;\n}\n";
        var fixedSource = await AnalyzerHarness.Fix(source);
        Assert.That(fixedSource, Does.Contain("Quzhou.Y2023.GdpBillion + (GrantYuan / 1000000000D);"));
        Assert.That(AnalyzerHarness.Analyze(fixedSource), Is.Empty);
    }

    [Test]
    public async Task TheCodeFixConvertsMuIntoHectaresExactly()
    {
        var source = Usings + "/// <summary>Snippet.</summary>\npublic static class Snippet\n{\n"
            + "    [FigureUnit(FigureUnit.Hectares)] private const double FarmlandHectares = 6000;\n\n"
            + "    /// <summary>Snippet.</summary>\n    public static double Run() => FarmlandHectares + Jinhua.Y2017.NewProvincialGrainProductionZonesAreaMu;\n}\n";
        var fixedSource = await AnalyzerHarness.Fix(source);
        // A mu is 2000/3 m², a hectare 10,000 m²: mu × 2000 / 30000 = mu / 15.
        Assert.That(fixedSource, Does.Contain("FarmlandHectares + (Jinhua.Y2017.NewProvincialGrainProductionZonesAreaMu * 2000D / 30000D);"));
        Assert.That(AnalyzerHarness.Analyze(fixedSource), Is.Empty);
        Assert.That(Jinhua.Y2017.NewProvincialGrainProductionZonesAreaMu * 2000D / 30000D, Is.EqualTo(88000d / 15).Within(1e-9));
    }

    [Test]
    public void SeverityIsConfigurableLikeAnyDiagnostic()
    {
        // What `dotnet_diagnostic.RD3001.severity = error` (or none) in .editorconfig sets.
        var source = Method("return Quzhou.Y2023.GdpBillion + Quzhou.Y2023.GdpGrowthPercent;");
        Assert.That(AnalyzerHarness.Analyze(source, ReportDiagnostic.Error).Single().Severity, Is.EqualTo(DiagnosticSeverity.Error));
        Assert.That(AnalyzerHarness.Analyze(source, ReportDiagnostic.Suppress), Is.Empty);
    }

    [Test]
    public void IsSilentOnRealisticStatisticsCode()
    {
        var body = string.Join("\n", new[]
        {
            // Sums and differences of one unit, across cities and years.
            "var total = Quzhou.Y2023.GdpBillion + Jinhua.Y2017.GdpBillion;",
            "var change = Quzhou.Y2023.GdpBillion - Quzhou.Y2013.GdpBillion;",
            "double running = 0; running += Quzhou.Y2023.GdpBillion; running += Quzhou.Y2013.GdpBillion;",
            // Growth from two levels, and a compound annual rate.
            "var growth = (Quzhou.Y2023.GdpBillion / Quzhou.Y2013.GdpBillion - 1) * 100;",
            "var annual = (Math.Pow(Quzhou.Y2023.GdpBillion / Quzhou.Y2013.GdpBillion, 1.0 / 10) - 1) * 100;",
            // Shares, per-capita figures, conversions by hand.
            "var share = Jinhua.Y2017.ExportsBillion / Jinhua.Y2017.GdpBillion * 100;",
            "var perCapita = Quzhou.Y2023.GdpBillion * 1e9 / 2_280_000;",
            "var inYuan = Quzhou.Y2023.GdpBillion * 1e9 + 5e8;",
            // Differences of two percents, a rate against its target, the larger of two rates, literals.
            "var gap = Quzhou.Y2023.GdpGrowthPercent - Quzhou.Y2024.Targets.GdpGrowthPercent;",
            "var met = Quzhou.Y2023.GdpGrowthPercent >= Quzhou.Y2024.Targets.GdpGrowthPercent;",
            "var best = Math.Max(Quzhou.Y2023.GdpGrowthPercent, Quzhou.Y2017.GdpGrowthPercent);",
            "var high = Quzhou.Y2023.GdpGrowthPercent > 5 ? Quzhou.Y2023.GdpGrowthPercent : 5;",
            "var figure = ReportDataset.Find(\"Quzhou.Y2023.GdpBillion\"); var same = figure.Value + Quzhou.Y2013.GdpBillion;",
            // A local that is assigned something else later is not assumed to keep its first unit.
            "var x = Quzhou.Y2023.GdpBillion; x = Quzhou.Y2023.GdpGrowthPercent; var y = x + Quzhou.Y2017.GdpGrowthPercent;",
            // Figures of unknown ids, of a user's own index, and values read at run time: not guessed.
            "var any = ReportDataset.Find(string.Concat(\"Quzhou.Y2023.\", \"GdpBillion\")).Value + Quzhou.Y2023.GdpGrowthPercent;",
            "var series = FigureIndex.Dataset.Series(\"Quzhou\", \"Gdp\"); var last = series[series.Count - 1].Value + Quzhou.Y2023.GdpGrowthPercent;",
            "return new object[] { total, change, running, growth, annual, share, perCapita, inYuan, gap, met, best, high, same, y, any, last };",
        });
        Assert.That(AnalyzerHarness.Analyze(Method(body)).Select(d => d.Id + " " + AnalyzerHarness.Text(d)), Is.Empty);
    }
}
