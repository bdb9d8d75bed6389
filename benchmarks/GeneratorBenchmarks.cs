using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ReportData.Benchmarks;

/// <summary>
/// The full generator run over a dataset against its floor, YamlDotNet's parser reading the same YAML
/// and doing nothing else. The ratio is the generator's cost over the least any YAML-reading generator pays.
/// Datasets: the seeds (0), and synthetic ones of 1,000, 10,000 and 100,000 figures: the ratios between
/// sizes show how the cost grows.
/// </summary>
[MemoryDiagnoser]
public class GeneratorBenchmarks
{
    private List<AdditionalText> _files = null!;
    private List<MemoryText> _yaml = null!;
    private CSharpCompilation _compilation = null!;

    /// <summary>0 is the seed dataset; any other value a synthetic dataset of that many figures.</summary>
    [Params(0, 1_000, 10_000, 100_000)]
    public int Figures { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _files = Datasets.Load(Figures == 0 ? Datasets.SeedsDirectory : Datasets.Synthetic(Figures));
        _yaml = _files.OfType<MemoryText>().Where(file => file.Path.EndsWith(".report.yaml", System.StringComparison.Ordinal)).ToList();
        _compilation = GeneratorRunner.Compilation();
        GeneratorRunner.Checked(GeneratorRunner.FullRun(_files, _compilation));
    }

    [Benchmark(Baseline = true, Description = "YamlDotNet parse only (floor)")]
    public int ParseYamlOnly() => GeneratorRunner.ParseYamlOnly(_yaml);

    [Benchmark(Description = "generator, full run")]
    public GeneratorDriverRunResult FullRun() => GeneratorRunner.FullRun(_files, _compilation);
}
