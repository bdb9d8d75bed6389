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
    public static int Run(int figures, int runs, bool jit)
    {
        var files = Datasets.Load(figures == 0 ? Datasets.SeedsDirectory : Datasets.Synthetic(figures));
        var compilation = GeneratorRunner.Compilation();
        GeneratorDriverRunResult result = null!;
        var total = TimeSpan.Zero;
        using var trace = jit ? new JitTrace() : null;
        for (var run = 0; run < runs; run++)
        {
            var driver = GeneratorRunner.Driver(files, trackSteps: true);
            if (run == 0)
            {
                trace?.Start();
            }

            var watch = Stopwatch.StartNew();
            result = driver.RunGenerators(compilation).GetRunResult();
            total = watch.Elapsed;
            if (run == 0)
            {
                trace?.Stop();
            }
        }

        var generator = result.Results.Single();
        Console.WriteLine($"{(figures == 0 ? "seeds" : figures.ToString("N0", CultureInfo.InvariantCulture))}: full run {total.TotalMilliseconds:F0} ms (last of {runs})");
        foreach (var (name, steps) in generator.TrackedSteps.OrderByDescending(pair => pair.Value.Sum(step => step.ElapsedTime.Ticks)))
        {
            Console.WriteLine($"  {name,-20} {steps.Sum(step => step.ElapsedTime.TotalMilliseconds),8:F1} ms  ({steps.Length} runs)");
        }

        // The first run's compiled methods by assembly-sized group: what a build pays again each time it loads the generator.
        trace?.Report(name => name.StartsWith("YamlDotNet", StringComparison.Ordinal) ? "YamlDotNet"
            : name.StartsWith("ReportData.Authoring", StringComparison.Ordinal) ? "ReportData.Authoring"
            : name.StartsWith("ReportData.Generator", StringComparison.Ordinal) ? "ReportData.Generator"
            : name.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal) ? "Microsoft.CodeAnalysis"
            : name.StartsWith("System", StringComparison.Ordinal) ? "System"
            : name);
        return 0;
    }
}
