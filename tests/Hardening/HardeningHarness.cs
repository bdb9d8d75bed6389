using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using NUnit.Framework;
using ReportData.Generator.Analyzers;
using ReportData.Tests.Infrastructure;

namespace ReportData.Tests.Hardening;

/// <summary>What the compiler makes of some AdditionalFiles: the generator's run and the analyzer's diagnostics.</summary>
public sealed record Outcome(GeneratorRun Run, IReadOnlyList<AdditionalText> Files, ImmutableArray<Diagnostic> AnalyzerDiagnostics)
{
    public ImmutableArray<Diagnostic> Diagnostics => Run.GeneratorDiagnostics;

    public Exception? GeneratorException => Run.Result.Results.Single().Exception;

    public IEnumerable<Diagnostic> Errors => Diagnostics.Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error);
}

/// <summary>
/// Runs hostile input through the generator and the analyzer in memory, and checks the promises
/// every outcome must keep: nothing thrown, every diagnostic inside the YAML file it is about (with
/// line and column that agree with its span), the analyzer reporting exactly what the generator reports.
/// </summary>
public static class HardeningHarness
{
    public const string YamlPath = "/reports/test.report.yaml";

    public static Outcome Diagnose(string yaml, string? reportText = Fixtures.ReportText) =>
        Diagnose(GeneratorHarness.SingleFiles(yaml, reportText));

    /// <summary>Like <see cref="Diagnose(string, string)"/>, with a report text that holds <paramref name="quote"/> as one sentence among others: the quote is found inside the text, not as the whole of it.</summary>
    public static Outcome DiagnoseInText(string yaml, string quote) => Diagnose(yaml, "开头。" + quote + "。结尾");

    public static Outcome Diagnose(IReadOnlyList<AdditionalText> files)
    {
        var run = GeneratorHarness.Run(files);
        var outcome = new Outcome(run, files, AnalyzerDiagnostics(files));
        AssertKeepsItsPromises(outcome);
        return outcome;
    }

    /// <summary>The analyzer's diagnostics for these AdditionalFiles, as an editor or a build would get them.</summary>
    public static ImmutableArray<Diagnostic> AnalyzerDiagnostics(IReadOnlyList<AdditionalText> files)
    {
        var exceptions = new List<Exception>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(files.ToImmutableArray()),
            onAnalyzerException: (exception, _, _) => exceptions.Add(exception),
            concurrentAnalysis: false,
            logAnalyzerExecutionTime: false);
        var diagnostics = GeneratorHarness.CreateCompilation(string.Empty)
            .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new ReportFileAnalyzer()), options)
            .GetAnalyzerDiagnosticsAsync()
            .GetAwaiter()
            .GetResult();
        Assert.That(exceptions, Is.Empty, "the analyzer threw");
        return diagnostics;
    }

    /// <summary>The one diagnostic of the outcome, which must have this ID and stand at this 1-based line and column.</summary>
    public static Diagnostic AssertSingle(Outcome outcome, string id, int line, int column)
    {
        Assert.That(outcome.Diagnostics.Select(Describe).ToList(), Has.Exactly(1).Items, "exactly one diagnostic");
        return AssertAt(outcome.Diagnostics[0], id, line, column);
    }

    /// <summary>The one diagnostic of the outcome, which must have this ID and stand at this 1-based position (see <see cref="Fixtures.At(string, int)"/>).</summary>
    public static Diagnostic AssertSingle(Outcome outcome, string id, (int Line, int Column) position) =>
        AssertSingle(outcome, id, position.Line, position.Column);

    /// <summary>Asserts the ID and the 1-based line and column a maintainer sees in the build output.</summary>
    public static Diagnostic AssertAt(Diagnostic diagnostic, string id, int line, int column)
    {
        var start = diagnostic.Location.GetLineSpan().StartLinePosition;
        Assert.That((diagnostic.Id, start.Line + 1, start.Character + 1), Is.EqualTo((id, line, column)), Describe(diagnostic));
        return diagnostic;
    }

    public static void AssertKeepsItsPromises(Outcome outcome)
    {
        Assert.That(outcome.GeneratorException, Is.Null, "the generator threw");
        foreach (var diagnostic in outcome.Diagnostics)
        {
            Assert.That(WhyNotLocatedInYaml(diagnostic, outcome.Files), Is.Null);
            Assert.That(diagnostic.Id, Is.Not.EqualTo("RD0009"), "the parser's safety net caught an exception: " + Describe(diagnostic));
        }

        // Equal diagnostics (Diagnostic.Equals) are what lets the compiler drop the analyzer's copy (and the
        // copies a file given twice in AdditionalFiles brings): the build shows each problem once.
        Assert.That(outcome.AnalyzerDiagnostics.Distinct(), Is.EquivalentTo(outcome.Diagnostics.Distinct()), "the analyzer must report exactly what the generator reports");
    }

    /// <summary>Null when the diagnostic points into a YAML file of the input with a consistent span and line span; else why not.</summary>
    public static string? WhyNotLocatedInYaml(Diagnostic diagnostic, IEnumerable<AdditionalText> files)
    {
        var location = diagnostic.Location;
        if (location.Kind != LocationKind.ExternalFile)
        {
            return "not in an AdditionalFile: " + Describe(diagnostic);
        }

        var lineSpan = location.GetLineSpan();
        var file = files.FirstOrDefault(candidate => candidate.Path == lineSpan.Path);
        if (file is null || !file.Path.EndsWith(".report.yaml", StringComparison.Ordinal))
        {
            return "not in a YAML file of the input: " + Describe(diagnostic);
        }

        // A file the compiler could not decode has no text: only its very start can be pointed at.
        var text = file.GetText() ?? SourceText.From(string.Empty);
        if (location.SourceSpan.End > text.Length)
        {
            return "span beyond the end of the file: " + Describe(diagnostic);
        }

        var expected = text.Lines.GetLinePositionSpan(location.SourceSpan);
        return expected == lineSpan.Span ? null : $"line span {lineSpan.Span} disagrees with span {location.SourceSpan} (should be {expected}): " + Describe(diagnostic);
    }

    public static string Describe(Diagnostic diagnostic) =>
        diagnostic.Id + " at " + diagnostic.Location.GetLineSpan() + ": " + diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Text as a C# string literal, to paste a fuzz finding into a named case.</summary>
    public static string AsCSharpLiteral(string text)
    {
        var builder = new StringBuilder("\"");
        foreach (var character in text)
        {
            builder.Append(character switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when character < ' ' || character > '~' => "\\u" + ((int)character).ToString("X4", System.Globalization.CultureInfo.InvariantCulture),
                _ => character.ToString(),
            });
        }

        return builder.Append('"').ToString();
    }

    public static AdditionalText Additional(string path, string content) => new InMemoryAdditionalText(path, content);
}
