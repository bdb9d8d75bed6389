using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using NUnit.Framework;
using ReportData.Tests.Infrastructure;

namespace ReportData.Tests;

/// <summary>The generator run in memory: clean output for good input, located errors for bad input.</summary>
public class GeneratorTests
{
    [Test]
    public void SeedReportsGenerateCodeThatCompilesWithoutDiagnostics()
    {
        var run = GeneratorHarness.Run(GeneratorHarness.SeedFiles());
        Assert.That(run.GeneratorDiagnostics, Is.Empty, string.Join("\n", run.GeneratorDiagnostics));
        Assert.That(run.CompilationDiagnostics, Is.Empty, string.Join("\n", run.CompilationDiagnostics.Take(20)));
        var reportFiles = Directory.GetFiles(GeneratorHarness.SeedsDirectory, "*.report.yaml").Length;
        Assert.That(reportFiles, Is.EqualTo(13), "the five city reports and the eight national ones");
        Assert.That(run.GeneratedSources.Count(), Is.EqualTo(reportFiles + 1), "one file per report and the dataset index");
    }

    [Test]
    public void GeneratedSourceHoldsTheShortestExactLiteral()
    {
        var run = GeneratorHarness.Run(GeneratorHarness.SeedFiles());
        var source = run.GeneratedSource("Quzhou.quzhou-2024.report.g.cs");
        Assert.That(source, Does.Contain("public const double GdpBillion = 212.52;"));
        Assert.That(source, Does.Not.Contain("212.51999"));
    }

    [Test]
    public void ValidFixtureCompilesAndCanBeUsed()
    {
        const string program = "internal static class Use { internal static double Gdp => GeneratedData.Testville.Y2023.GdpBillion + GeneratedData.Testville.Y2024.Targets.GdpGrowthPercent; }";
        var run = GeneratorHarness.RunSingle(Fixtures.ValidYaml, Fixtures.ReportText, source: program);
        Assert.That(run.GeneratorDiagnostics, Is.Empty);
        Assert.That(run.CompilationDiagnostics, Is.Empty, string.Join("\n", run.CompilationDiagnostics));
    }

    [Test]
    public void FigureTheReportDoesNotGiveDoesNotCompile()
    {
        // The 2024 report prints only the growth of general budget revenue for 2023 (增长18%), not its level.
        const string program = "internal static class Use { internal static double Revenue => GeneratedData.Quzhou.Y2023.GeneralBudgetRevenueBillion; }";
        var run = GeneratorHarness.Run(GeneratorHarness.SeedFiles(), program);
        Assert.That(run.GeneratorDiagnostics, Is.Empty);
        var errors = run.CompilationDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.That(errors.Select(e => e.Id), Is.EquivalentTo(new[] { "CS0117" }), string.Join("\n", errors));
        Assert.That(errors[0].GetMessage(CultureInfo.InvariantCulture), Does.Contain("GeneralBudgetRevenueBillion"));
    }

    [Test]
    public void MisspeltFigureDoesNotCompile()
    {
        const string program = "internal static class Use { internal static double Gdp => GeneratedData.Quzhou.Y2023.GdpBilion; }";
        var run = GeneratorHarness.Run(GeneratorHarness.SeedFiles(), program);
        Assert.That(run.CompilationDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.Id), Is.EquivalentTo(new[] { "CS0117" }));
    }

    [TestCase("de-DE")]
    [TestCase("tr-TR")]
    [TestCase("fr-FR")]
    [TestCase("ar-SA")]
    public void OutputIsIdenticalUnderAnotherCulture(string cultureName)
    {
        var invariant = GenerateAll(CultureInfo.InvariantCulture);
        var other = GenerateAll(CultureInfo.GetCultureInfo(cultureName));
        Assert.That(other, Is.EqualTo(invariant));
    }

    [Test]
    public void SyntaxErrorIsReportedAtItsLineAndColumn()
    {
        var yaml = Fixtures.ValidYaml.Replace("  year: 2024\n", "  year: [2024\n");
        var run = GeneratorHarness.RunSingle(yaml, Fixtures.ReportText);
        var diagnostic = run.GeneratorDiagnostics.Single();
        Assert.That(diagnostic.Id, Is.EqualTo("RD0001"));
        Assert.That(diagnostic.Location.GetLineSpan().Path, Is.EqualTo("/reports/test.report.yaml"));
        Assert.That(diagnostic.Severity, Is.EqualTo(DiagnosticSeverity.Error));
    }

    [Test]
    public void MissingFieldIsReportedOnTheFigure()
    {
        var yaml = Fixtures.ValidYaml.Replace("    label: 全市生产总值\n", string.Empty);
        var diagnostic = OnlyDiagnostic(yaml);
        Assert.That(diagnostic.Id, Is.EqualTo("RD0004"));
        Assert.That(diagnostic.GetMessage(CultureInfo.InvariantCulture), Does.Contain("'label'"));
        Assert.That(diagnostic.Location.GetLineSpan().StartLinePosition, Is.EqualTo(new Microsoft.CodeAnalysis.Text.LinePosition(9, 4)), "line 10, where the figure's mapping starts");
    }

    [Test]
    public void UnknownUnitIsReportedOnTheUnit()
    {
        var yaml = Fixtures.ValidYaml.Replace("    unit: 亿元\n", "    unit: 亿英镑\n");
        var diagnostic = OnlyDiagnostic(yaml);
        Assert.That(diagnostic.Id, Is.EqualTo("RD1004"));
        Assert.That(diagnostic.Location.GetLineSpan().StartLinePosition, Is.EqualTo(new Microsoft.CodeAnalysis.Text.LinePosition(13, 10)));
    }

    [Test]
    public void DuplicateFieldIsReportedOnTheSecondOccurrence()
    {
        var yaml = Fixtures.ValidYaml.Replace("    value: 2125.2\n", "    value: 2125.2\n    value: 2125.2\n");
        var diagnostic = OnlyDiagnostic(yaml);
        Assert.That(diagnostic.Id, Is.EqualTo("RD0003"));
        Assert.That(diagnostic.Location.GetLineSpan().StartLinePosition.Line, Is.EqualTo(13));
    }

    [Test]
    public void DuplicateFigureKeyIsReportedOnTheSecondFigure()
    {
        var yaml = Fixtures.ValidYaml + "  - key: Gdp\n    year: 2023\n    label: 生产总值\n    value: 2125.2\n    unit: 亿元\n    quote: 全市生产总值达到2125.2亿元\n";
        var diagnostic = OnlyDiagnostic(yaml);
        Assert.That(diagnostic.Id, Is.EqualTo("RD1007"));
        Assert.That(diagnostic.Location.GetLineSpan().StartLinePosition.Line, Is.EqualTo(23));
    }

    [Test]
    public void QuoteNotInTheReportIsAnErrorOnTheQuote()
    {
        var yaml = Fixtures.ValidYaml.Replace("quote: 全市生产总值达到2125.2亿元", "quote: 全市生产总值达到2125.3亿元");
        var diagnostic = OnlyDiagnostic(yaml);
        Assert.That(diagnostic.Id, Is.EqualTo("RD2002"));
        Assert.That(diagnostic.Location.GetLineSpan().StartLinePosition.Line, Is.EqualTo(14));
    }

    [Test]
    public void ValueNotInItsQuoteIsAnErrorOnTheValue()
    {
        var yaml = Fixtures.ValidYaml.Replace("value: 2125.2", "value: 2152.2");
        var diagnostic = OnlyDiagnostic(yaml);
        Assert.That(diagnostic.Id, Is.EqualTo("RD2003"));
        Assert.That(diagnostic.Location.GetLineSpan().StartLinePosition.Line, Is.EqualTo(12));
    }

    [Test]
    public void ValueThatIsOnlyPartOfANumberInItsQuoteIsAnError()
    {
        // "125.2" stands inside "2125.2" but is not the printed number.
        var yaml = Fixtures.ValidYaml.Replace("value: 2125.2", "value: 125.2");
        var diagnostic = OnlyDiagnostic(yaml);
        Assert.That(diagnostic.Id, Is.EqualTo("RD2003"));
    }

    [Test]
    public void MissingReportTextIsAnError()
    {
        var diagnostic = OnlyDiagnostic(Fixtures.ValidYaml, reportText: null);
        Assert.That(diagnostic.Id, Is.EqualTo("RD2001"));
        Assert.That(diagnostic.Location.GetLineSpan().StartLinePosition.Line, Is.EqualTo(7));
    }

    [Test]
    public void GeneratorDoesNotThrowOnGarbage()
    {
        var run = GeneratorHarness.RunSingle("\u0000\u0001: [\n{{{ *x &y !!z", Fixtures.ReportText);
        Assert.That(run.Result.Results.Single().Exception, Is.Null);
        Assert.That(run.GeneratorDiagnostics.Select(d => d.Id), Is.Not.Empty.And.All.StartWith("RD"));
    }

    /// <summary>The one diagnostic a run over <paramref name="yaml"/> (and the fixture's report text) reports; fails if there are more.</summary>
    private static Diagnostic OnlyDiagnostic(string yaml, string? reportText = Fixtures.ReportText) =>
        GeneratorHarness.RunSingle(yaml, reportText).GeneratorDiagnostics.Single();

    private static string GenerateAll(CultureInfo culture)
    {
        var saved = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = culture;
            var run = GeneratorHarness.Run(GeneratorHarness.SeedFiles());
            return string.Join("\n//----\n", run.GeneratedSources.OrderBy(s => s.HintName, System.StringComparer.Ordinal).Select(s => s.HintName + "\n" + s.SourceText));
        }
        finally
        {
            CultureInfo.CurrentCulture = saved.Item1;
            CultureInfo.CurrentUICulture = saved.Item2;
        }
    }
}
