using System.Linq;
using System.Text.RegularExpressions;
using NUnit.Framework;
using ReportData.Docs;

namespace ReportData.Tests.Data;

/// <summary>
/// Every number of the summary and targets paragraphs is a figure or deliberately skipped, computed with
/// the generator's own parser (the docs tool's <see cref="Documents.Coverage"/>). The whole picture is docs/coverage.md.
/// </summary>
public class CoverageTests
{
    private static readonly System.Collections.Generic.IReadOnlyList<ReportCoverage> Reports = Documents.Coverage(SeedFiles.Repository);

    [TestCaseSource(typeof(SeedFiles), nameof(SeedFiles.ReportFileNames))]
    public void SummaryAndTargetsParagraphsHaveNoUnexplainedNumbers(string yamlFile)
    {
        var report = Reports.Single(r => r.YamlFile == yamlFile);
        Assert.That(report.Numbers.Any(n => n.InKeyParagraph), Is.True, "report.keyParagraphs must name the summary and targets paragraphs");
        var unexplained = report.UnexplainedInKeyParagraphs.Select(n => n.Number + " in …" + n.Context + "…").ToList();
        Assert.That(unexplained, Is.Empty, "draft these numbers as figures, or list them under skipped: with a reason");
    }

    [TestCaseSource(typeof(SeedFiles), nameof(SeedFiles.ReportFileNames))]
    public void EverySkippedPassageExplainsANumber(string yamlFile)
    {
        var report = Reports.Single(r => r.YamlFile == yamlFile);
        Assert.That(report.SkipsWithoutNumbers, Is.Empty, "a skipped quote with digits must hold a number that is not a figure's value");
    }

    [Test]
    public void EveryFigurePrintedValueIsAWholeNumberOfItsQuote()
    {
        // Stricter than the build's check (a substring): "1" must not pass because the quote says "11".
        var numbers = new Regex(@"\d+(?:\.\d+)?");
        var wrong = ReportDataset.Figures
            .Where(f => !f.PrintedValue.Split('-', '—', '–', '~', '～', '至').All(part => numbers.Matches(f.Quote).Select(m => m.Value).Contains(part)))
            .Select(f => f.Id + ": " + f.PrintedValue + " in " + f.Quote)
            .ToList();
        Assert.That(wrong, Is.Empty);
    }

    [Test]
    public void TheAnalysisSeesANumberThatNoFigureOrSkipCovers()
    {
        // Guards the guard: a text number outside every quote must come out unexplained.
        var report = Reports.Single(r => r.YamlFile == "quzhou-2024.report.yaml");
        Assert.That(report.Numbers.Count(n => n.Status == CoverageStatus.Figure), Is.GreaterThan(100));
        Assert.That(report.Numbers.Where(n => n.Number == "2125.2").Select(n => n.Explanation), Has.Member("Gdp"));
        Assert.That(report.Numbers.Where(n => n.Number == "42" && n.Context.Contains("民营经济42条")).Select(n => n.Status), Has.All.EqualTo(CoverageStatus.Skipped), "民营经济42条 is a policy name");
        Assert.That(report.Numbers.Where(n => n.Number == "42" && n.Context.Contains("重大项目42个")).Select(n => n.Explanation), Has.All.EqualTo("CountyTownCapacityProjects"));
    }
}
