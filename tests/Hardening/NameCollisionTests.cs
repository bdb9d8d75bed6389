using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NUnit.Framework;
using ReportData.Testing;
using ReportData.Tests.Infrastructure;
using static ReportData.Tests.Hardening.HardeningHarness;

namespace ReportData.Tests.Hardening;

/// <summary>
/// Names that must not collide: generated files' hint names (unique by construction), report texts whose paths differ
/// only by case (ordinal, an error where ambiguous), and cities or keys that differ only by case (a warning).
/// </summary>
public sealed class NameCollisionTests
{
    private const string Quote = "全市生产总值达到2125.2亿元";

    [TestCase("/reports/ReportDataset.report.yaml")]
    [TestCase("/reports/Runtime.Figure.report.yaml")]
    [TestCase("/reports/Polyfills.report.yaml")]
    [TestCase("/reports/REPORTDATASET.report.yaml")]
    public void ReportFileNamedLikeAnotherOutputKeepsAllOutput(string path)
    {
        // A project with the generator alone: the runtime types are generated files too. A colliding hint name would
        // make the generator throw (CS8785) and drop all its output.
        var files = new List<AdditionalText>
        {
            Additional(path, Fixtures.ValidYaml.Replace("city: Testville", "city: Dataset")),
            Additional("/reports/test.report.yaml", Fixtures.ValidYaml),
            Additional("/reports/report.txt", Fixtures.ReportText),
        };
        var compilation = CSharpCompilation.Create("GeneratorOnly", Array.Empty<SyntaxTree>(), GeneratorHarness.FrameworkReferences, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var driver = GeneratorDriverFactory.Create(files, new CSharpParseOptions(LanguageVersion.Latest));
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        var result = driver.GetRunResult().Results.Single();

        Assert.That(result.Exception, Is.Null);
        Assert.That(diagnostics.Select(d => d.ToString()), Is.Empty);
        var hints = result.GeneratedSources.Select(source => source.HintName).ToList();
        Assert.That(hints, Is.Unique.Using((IEqualityComparer<string>)StringComparer.OrdinalIgnoreCase));
        Assert.That(hints.Count(hint => hint.EndsWith(".report.g.cs", StringComparison.Ordinal)), Is.EqualTo(2), string.Join(", ", hints));
        Assert.That(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()), Is.Empty);
    }

    [Test]
    public void TextsDifferingOnlyByCaseAreTwoTexts()
    {
        // The quote is in R.txt only; the YAML names r.txt: the quote is not in its report, or the constant would take
        // the other report's number.
        var yaml = Fixtures.Header.Replace("text: report.txt", "text: r.txt") + Fixtures.Figure("Gdp", "2125.2", "亿元", Quote);
        var outcome = Diagnose(new List<AdditionalText>
        {
            Additional(YamlPath, yaml),
            Additional("/reports/r.txt", "另一份报告。"),
            Additional("/reports/R.txt", Quote),
        });
        AssertSingle(outcome, "RD2002", Fixtures.At(yaml, "quote: " + Quote, skip: 7));
    }

    [Test]
    public void TextNamedExactlyWinsOverOneDifferingByCase()
    {
        var yaml = Fixtures.Header.Replace("text: report.txt", "text: r.txt") + Fixtures.Figure("Gdp", "2125.2", "亿元", Quote);
        var outcome = Diagnose(new List<AdditionalText>
        {
            Additional(YamlPath, yaml),
            Additional("/reports/R.txt", "另一份报告。"),
            Additional("/reports/r.txt", Quote),
        });
        Assert.That(outcome.Diagnostics.Select(Describe), Is.Empty);
    }

    [Test]
    public void OneTextDifferingOnlyByCaseIsTheText()
    {
        // Windows and macOS open Report.TXT for report.txt: the build agrees on every machine.
        var yaml = Fixtures.Header + Fixtures.Figure("Gdp", "2125.2", "亿元", Quote);
        var outcome = Diagnose(new List<AdditionalText> { Additional(YamlPath, yaml), Additional("/reports/Report.TXT", Quote) });
        Assert.That(outcome.Diagnostics.Select(Describe), Is.Empty);
    }

    [Test]
    public void TwoTextsDifferingOnlyByCaseFromTheNameAreAmbiguous()
    {
        var yaml = Fixtures.Header + Fixtures.Figure("Gdp", "2125.2", "亿元", Quote);
        var outcome = Diagnose(new List<AdditionalText>
        {
            Additional(YamlPath, yaml),
            Additional("/reports/Report.txt", Quote),
            Additional("/reports/REPORT.txt", "另一份报告。"),
        });
        var diagnostic = AssertSingle(outcome, "RD2013", Fixtures.At(yaml, "text: report.txt", skip: 6));
        Assert.That(diagnostic.GetMessage(), Does.Contain("REPORT.txt, Report.txt"));
    }

    [Test]
    public void CitiesDifferingOnlyByCaseAreAWarningAtTheLaterCity()
    {
        var second = Fixtures.ValidYaml.Replace("city: Testville", "city: TestVille").Replace("year: 2024\n  reviews", "year: 2025\n  reviews");
        var outcome = Diagnose(new List<AdditionalText>
        {
            Additional("/reports/a.report.yaml", Fixtures.ValidYaml),
            Additional("/reports/b.report.yaml", second),
            Additional("/reports/report.txt", Fixtures.ReportText),
        });
        var diagnostic = AssertSingle(outcome, "RD1017", Fixtures.At(second, "city: TestVille", skip: 6));
        Assert.That(diagnostic.Location.GetLineSpan().Path, Is.EqualTo("/reports/b.report.yaml"));
        Assert.That(diagnostic.Severity, Is.EqualTo(DiagnosticSeverity.Warning));
        Assert.That(diagnostic.GetMessage(), Does.Contain("'TestVille'").And.Contain("'Testville'").And.Contain("a.report.yaml"));
    }

    [Test]
    public void PlacesDifferingOnlyByCaseAreAWarningAtTheLaterPlaceField()
    {
        // The same as for cities, with the field reports name their place by since levels came in: place, not city.
        var first = Fixtures.ValidYaml.Replace("city: Testville", "place: Testville").Replace("cityName:", "placeName:");
        var second = first.Replace("place: Testville", "place: TestVille").Replace("year: 2024\n  reviews", "year: 2025\n  reviews");
        var outcome = Diagnose(new List<AdditionalText>
        {
            Additional("/reports/a.report.yaml", first),
            Additional("/reports/b.report.yaml", second),
            Additional("/reports/report.txt", Fixtures.ReportText),
        });
        var diagnostic = AssertSingle(outcome, "RD1017", Fixtures.At(second, "place: TestVille", skip: 7));
        Assert.That(diagnostic.Location.GetLineSpan().Path, Is.EqualTo("/reports/b.report.yaml"));
    }

    [Test]
    public void KeysDifferingOnlyByCaseAreAWarningAtTheLaterKey()
    {
        var yaml = Fixtures.ValidYaml + "  - key: GDPGrowth\n    year: 2023\n    label: 全市生产总值增长\n    value: 6.8\n    unit: \"%\"\n    quote: 增长6.8%\n";
        var outcome = Diagnose(yaml);
        AssertSingle(outcome, "RD1017", Fixtures.At(yaml, "key: GDPGrowth", skip: 5));
    }
}
