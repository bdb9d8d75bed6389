using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using ReportData.Generator;
using ReportData.Testing;
using ReportData.Tests.Infrastructure;

namespace ReportData.Tests.Caching;

/// <summary>
/// A generator driver with step tracking that keeps its compilation and additional files, so a test can
/// change one input, run again, and read why each step produced what it did (Cached, Unchanged, Modified, New).
/// </summary>
public sealed class TrackedRun
{
    private GeneratorDriver _driver;

    private TrackedRun(GeneratorDriver driver, CSharpCompilation compilation, IReadOnlyList<AdditionalText> files)
    {
        _driver = driver;
        Compilation = compilation;
        Files = files;
    }

    public CSharpCompilation Compilation { get; private set; }

    public IReadOnlyList<AdditionalText> Files { get; private set; }

    public GeneratorRunResult Result => _driver.GetRunResult().Results.Single();

    /// <summary>Runs the generator once over <paramref name="files"/>, tracking every step.</summary>
    public static TrackedRun Start(IReadOnlyList<AdditionalText> files, string source = "namespace App { internal static class Program { } }")
    {
        var compilation = GeneratorHarness.CreateCompilation(source);
        var driver = GeneratorDriverFactory.Create(files, compilation, trackSteps: true);
        var run = new TrackedRun(driver, compilation, files);
        run.Again();
        return run;
    }

    /// <summary>Runs again with the current compilation and files.</summary>
    public void Again() => _driver = _driver.RunGenerators(Compilation);

    /// <summary>Replaces the C# source (an edit that has nothing to do with the reports) and runs again.</summary>
    public void EditCSharp(string newSource)
    {
        var tree = Compilation.SyntaxTrees.First();
        Compilation = Compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(Microsoft.CodeAnalysis.Text.SourceText.From(newSource)));
        Again();
    }

    /// <summary>Replaces the content of the additional file whose path ends in <paramref name="pathEnd"/> and runs again.</summary>
    public void EditFile(string pathEnd, Func<string, string> edit)
    {
        var old = Files.Single(file => file.Path.EndsWith(pathEnd, StringComparison.Ordinal));
        var replacement = new InMemoryAdditionalText(old.Path, edit(old.GetText()!.ToString()));
        Files = Files.Select(file => file == old ? replacement : file).ToList();
        _driver = _driver.ReplaceAdditionalText(old, replacement);
        Again();
    }

    /// <summary>The reasons of every output of the named step in the last run.</summary>
    public IReadOnlyList<IncrementalStepRunReason> Reasons(string stepName) =>
        Steps(stepName).SelectMany(step => step.Outputs).Select(output => output.Reason).ToList();

    public ImmutableArray<IncrementalGeneratorRunStep> Steps(string stepName) =>
        Result.TrackedSteps.TryGetValue(stepName, out var steps) ? steps : ImmutableArray<IncrementalGeneratorRunStep>.Empty;

    /// <summary>Every named step of the pipeline (the tracking names the generator declares).</summary>
    public static IReadOnlyList<string> StepNames =>
        typeof(TrackingNames).GetFields().Where(constant => constant.IsLiteral).Select(constant => (string)constant.GetRawConstantValue()!).ToList();
}
