using System;
using System.Diagnostics;

namespace ReportData.Benchmarks;

/// <summary>
/// Runs every benchmark once on the seed dataset and the smallest synthetic one, without measuring: CI's
/// check that the benchmark project builds and its benchmarks still run (a failing run throws).
/// </summary>
public static class Smoke
{
    public static int Run()
    {
        var watch = Stopwatch.StartNew();
        foreach (var figures in new[] { 0, 1_000 })
        {
            var generator = new GeneratorBenchmarks { Figures = figures };
            generator.Setup();
            generator.ParseYamlOnly();
            GeneratorRunner.Checked(generator.FullRun());
        }

        var incremental = new IncrementalBenchmarks { Figures = 0 };
        incremental.Setup();
        incremental.FullRun();
        incremental.RerunAfterCSharpEdit();

        var runtime = new RuntimeBenchmarks();
        runtime.Setup();
        Check(runtime.Constant() == 212.52 && runtime.Find() == 212.52 && runtime.JsonDeserializeAndFind() == 212.52 && runtime.Query() > 0);

        AnalyzerCost.Smoke();

        Console.WriteLine($"benchmark smoke: ok ({watch.Elapsed.TotalSeconds:F1} s)");
        return 0;
    }

    private static void Check(bool condition)
    {
        if (!condition)
        {
            throw new InvalidOperationException("A runtime benchmark returned an unexpected value.");
        }
    }
}
