using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace ReportData.Benchmarks;

/// <summary>
/// What typing in a project that uses the generator costs: a rerun after an edit to C# code that has
/// nothing to do with the reports, against a full run. Each incremental operation starts from the same
/// driver state (a run over compilation A) and runs over compilation B, one keystroke's worth of change.
/// </summary>
[MemoryDiagnoser]
public class IncrementalBenchmarks
{
    private List<AdditionalText> _files = null!;
    private CSharpCompilation _before = null!;
    private CSharpCompilation _after = null!;
    private GeneratorDriver _warm = null!;

    /// <summary>0 is the seed dataset; any other value a synthetic dataset of that many figures.</summary>
    [Params(0, 10_000)]
    public int Figures { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _files = Datasets.Load(Figures == 0 ? Datasets.SeedsDirectory : Datasets.Synthetic(Figures));
        _before = GeneratorRunner.Compilation();
        var tree = _before.SyntaxTrees[0];
        _after = _before.ReplaceSyntaxTree(tree, tree.WithChangedText(SourceText.From("namespace App { internal static class Program { internal static int Answer => 42; } }")));
        _warm = GeneratorRunner.Driver(_files).RunGenerators(_before);
        GeneratorRunner.Checked(_warm.GetRunResult());
    }

    [Benchmark(Baseline = true, Description = "full run")]
    public GeneratorDriverRunResult FullRun() => GeneratorRunner.FullRun(_files, _before);

    [Benchmark(Description = "rerun after unrelated C# edit")]
    public GeneratorDriver RerunAfterCSharpEdit() => _warm.RunGenerators(_after);
}
