using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using BenchmarkDotNet.Attributes;

namespace ReportData.Benchmarks;

/// <summary>
/// Reading figures at run time from the library (the seed dataset, already initialized): a constant, a
/// lookup by id, and a query over all figures, against what a user without ReportData would do, deserialize
/// the same figures from JSON. First access in a fresh process is measured by the <c>cold</c> command.
/// </summary>
[MemoryDiagnoser]
public class RuntimeBenchmarks
{
    private const string Id = "Quzhou.Y2023.GdpBillion";

    private byte[] _json = null!;

    [GlobalSetup]
    public void Setup()
    {
        _json = JsonSerializer.SerializeToUtf8Bytes(ReportDataset.Figures.ToList());
        _ = ReportDataset.Get(Id);
    }

    [Benchmark(Description = "constant Quzhou.Y2023.GdpBillion")]
    public double Constant() => Quzhou.Y2023.GdpBillion;

    [Benchmark(Baseline = true, Description = "ReportDataset.Get(id)")]
    public double Find() => ReportDataset.Get(Id).Value;

    [Benchmark(Description = "query: Quzhou GDP growth, all years")]
    public int Query()
    {
        var count = 0;
        foreach (var figure in ReportDataset.Figures)
        {
            if (figure.City == "Quzhou" && figure.Key == "GdpGrowth" && figure.Kind == FigureKind.Actual)
            {
                count++;
            }
        }

        return count;
    }

    [Benchmark(Description = "JSON: deserialize the figures, then find")]
    public double JsonDeserializeAndFind() =>
        JsonSerializer.Deserialize<List<Figure>>(_json)!.First(figure => figure.Id == Id).Value;
}
