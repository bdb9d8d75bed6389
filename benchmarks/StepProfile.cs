using System;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace ReportData.Benchmarks;

/// <summary>
/// Where a full run spends its time: the pipeline's own step timings (step tracking), the source outputs,
/// and the rest (the driver parsing the generated source into syntax trees, bookkeeping). Not a benchmark,
/// a breakdown of one run after warm-up runs, to read beside the tables.
/// </summary>
public static class StepProfile
{
    public static int Run(int figures, int runs)
    {
        var files = Datasets.Load(figures == 0 ? Datasets.SeedsDirectory : Datasets.Synthetic(figures));
        var compilation = GeneratorRunner.Compilation();
        GeneratorDriverRunResult result = null!;
        var total = TimeSpan.Zero;
        for (var run = 0; run < runs; run++)
        {
            var driver = GeneratorRunner.Driver(files, trackSteps: true);
            var watch = Stopwatch.StartNew();
            result = driver.RunGenerators(compilation).GetRunResult();
            total = watch.Elapsed;
        }

        var generator = result.Results.Single();
        Console.WriteLine($"{(figures == 0 ? "seeds" : figures.ToString("N0", CultureInfo.InvariantCulture))}: full run {total.TotalMilliseconds:F0} ms (last of {runs})");
        foreach (var (name, steps) in generator.TrackedSteps.OrderByDescending(pair => pair.Value.Sum(step => step.ElapsedTime.Ticks)))
        {
            Console.WriteLine($"  {name,-20} {steps.Sum(step => step.ElapsedTime.TotalMilliseconds),8:F1} ms  ({steps.Length} runs)");
        }

        return 0;
    }
}
