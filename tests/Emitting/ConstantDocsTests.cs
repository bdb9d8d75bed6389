using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NUnit.Framework;
using ReportData.Tests.Infrastructure;

namespace ReportData.Tests.Emitting;

/// <summary>
/// <c>ReportDataConstantDocs</c> (full, summary, none): how much XML documentation the constants get. The harness's
/// compilation parses doc comments and treats CS1591 (missing XML comment) as an error, as a documented build with
/// warnings as errors does, so every mode must compile clean there.
/// </summary>
public class ConstantDocsTests
{
    private static GeneratorRun RunWith(string? constantDocs)
    {
        var properties = constantDocs is null ? null : new Dictionary<string, string> { ["ReportDataConstantDocs"] = constantDocs };
        return GeneratorHarness.Run(GeneratorHarness.SingleFiles(Fixtures.ValidYaml, Fixtures.ReportText), buildProperties: properties);
    }

    /// <summary>A run in this mode that reports nothing and whose output compiles clean (CS1591 an error), with the report's source.</summary>
    private static (GeneratorRun Run, string Source) CleanRunWith(string? constantDocs)
    {
        var run = RunWith(constantDocs);
        Assert.That(run.GeneratorDiagnostics, Is.Empty, constantDocs);
        Assert.That(run.CompilationDiagnostics, Is.Empty, constantDocs);
        return (run, run.GeneratedSource(Fixtures.GeneratedReportFile));
    }

    /// <summary>The doc comment lines above a constant's declaration (past any attribute line between them), in file order.</summary>
    private static List<string> DocLinesAbove(string source, string constant)
    {
        var lines = source.Split('\n').Select(line => line.Trim()).ToList();
        var declaration = lines.FindIndex(line => line.StartsWith("public const double " + constant + " ", System.StringComparison.Ordinal));
        Assert.That(declaration, Is.GreaterThan(0), constant + " is declared");
        var docs = new List<string>();
        for (var i = declaration - 1; i >= 0 && (lines[i].StartsWith("///", System.StringComparison.Ordinal) || lines[i].StartsWith("[", System.StringComparison.Ordinal)); i--)
        {
            if (lines[i].StartsWith("///", System.StringComparison.Ordinal))
            {
                docs.Insert(0, lines[i]);
            }
        }

        return docs;
    }

    private static string DocumentationOf(GeneratorRun run, string typeName, string constant) =>
        run.OutputCompilation.GetTypeByMetadataName(typeName)!.GetMembers(constant).Single().GetDocumentationCommentXml() ?? string.Empty;

    [Test]
    public void UnsetAndFullGiveTheFullDocsTheSameFile()
    {
        var (_, unset) = CleanRunWith(null);
        var (_, full) = CleanRunWith("full");

        Assert.That(full, Is.EqualTo(unset));
        Assert.That(DocLinesAbove(full, "GdpBillion"), Is.EqualTo(new[]
        {
            "/// <summary>",
            "/// 全市生产总值, 2023: 2125.2 亿元 as printed; value 212.52 (BillionYuan).",
            "/// <para>“全市生产总值达到2125.2亿元”</para>",
            "/// <para>Source: 测试市 2024 (report.txt, test.report.yaml).</para>",
            "/// </summary>",
        }));
    }

    [Test]
    public void SummaryGivesEachConstantItsFirstLineOnly()
    {
        var (run, source) = CleanRunWith("summary");

        Assert.That(DocLinesAbove(source, "GdpBillion"), Is.EqualTo(new[] { "/// <summary>全市生产总值, 2023: 2125.2 亿元 as printed; value 212.52 (BillionYuan).</summary>" }));
        Assert.That(DocLinesAbove(source, "GdpGrowthPercent"), Is.EqualTo(new[] { "/// <summary>地区生产总值增长, 2024: 7 % as printed; value 7 (Percent).</summary>" }));
        Assert.That(source, Does.Not.Contain("全市生产总值达到2125.2亿元”"), "no quote paragraph");
        Assert.That(DocumentationOf(run, "GeneratedData.Testville+Y2023", "GdpBillion"), Does.Contain("value 212.52 (BillionYuan)."));
    }

    [Test]
    public void NoneGivesNoDocCommentAndTurnsOffMissingCommentForTheConstantsOnly()
    {
        var (run, source) = CleanRunWith("none");

        Assert.That(DocLinesAbove(source, "GdpBillion"), Is.Empty);
        Assert.That(DocLinesAbove(source, "GdpGrowthPercent"), Is.Empty);
        Assert.That(DocumentationOf(run, "GeneratedData.Testville+Y2023", "GdpBillion"), Is.Empty);

        // The pragma is what keeps that build clean: without it, each undocumented constant is CS1591.
        var tree = run.OutputCompilation.SyntaxTrees.Single(t => t.FilePath.EndsWith(Fixtures.GeneratedReportFile, System.StringComparison.Ordinal));
        var withoutPragma = tree.WithChangedText(Microsoft.CodeAnalysis.Text.SourceText.From(
            string.Join("\n", source.Split('\n').Where(line => !line.TrimStart().StartsWith("#pragma warning", System.StringComparison.Ordinal)))));
        var diagnostics = run.OutputCompilation.ReplaceSyntaxTree(tree, withoutPragma).GetDiagnostics();
        Assert.That(diagnostics.Where(d => d.Id == "CS1591").Select(d => d.Location.SourceTree!.GetText().ToString(d.Location.SourceSpan)), Is.EquivalentTo(new[] { "GdpBillion", "GdpGrowthPercent" }));

        // The report's decoder keeps its docs: the option is about the constants alone.
        Assert.That(source, Does.Contain("/// <summary>Decodes the figure records of test.report.yaml (the report <paramref name=\"source\"/>), kept as data"));
    }

    [Test]
    public void EveryModeGivesTheSameConstantsAndRecords()
    {
        var expected = GeneratorHarness.LoadFigures(RunWith(null).OutputCompilation);
        foreach (var mode in new[] { "full", "summary", "none" })
        {
            var figures = GeneratorHarness.LoadFigures(RunWith(mode).OutputCompilation);
            Assert.That(figures, Is.EqualTo(expected), mode);
        }
    }

    [TestCase("Summary")]
    [TestCase(" SUMMARY ")]
    public void TheValueIsReadIgnoringCaseAndSpaces(string value) =>
        Assert.That(RunWith(value).GeneratedSource(Fixtures.GeneratedReportFile), Is.EqualTo(RunWith("summary").GeneratedSource(Fixtures.GeneratedReportFile)));

    [Test]
    public void AnUnknownValueIsRd0011AtTheFirstReportFileAndKeepsTheFullDocs()
    {
        var run = RunWith("brief");

        Assert.That(run.Result.Results.Single().Exception, Is.Null);
        var diagnostic = run.GeneratorDiagnostics.Single();
        Assert.That(diagnostic.Id, Is.EqualTo("RD0011"));
        Assert.That(diagnostic.Severity, Is.EqualTo(DiagnosticSeverity.Error));
        Assert.That(diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(
            "test.report.yaml: the MSBuild property ReportDataConstantDocs is 'brief', which is not one of full, summary or none; the constants keep their full docs until it is fixed"));
        var span = diagnostic.Location.GetLineSpan();
        Assert.That((span.Path, span.StartLinePosition.Line, span.StartLinePosition.Character), Is.EqualTo(("/reports/test.report.yaml", 0, 0)));
        Assert.That(run.GeneratedSource(Fixtures.GeneratedReportFile), Is.EqualTo(RunWith("full").GeneratedSource(Fixtures.GeneratedReportFile)));
    }
}
