using System;
using System.Globalization;
using System.Linq;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using ReportData.Testing;

namespace ReportData.Benchmarks;

/// <summary>
/// Entry point. BenchmarkDotNet benchmarks take its usual arguments (<c>--filter *Generator*</c>); the
/// measurements it cannot make are commands of their own:
/// <list type="bullet">
/// <item><c>cold [sizes...] [--runs N] [--no-doc-comments] [--no-peer] [--stack-kb N]</c>: first access in a fresh process, beside a plain <c>static readonly Figure[]</c> of the same records (default 1000 10000 100000, 5 runs).</item>
/// <item><c>build [sizes...] [--runs N] [--no-generated-files] [--no-server]</c>: build with the generator against the code checked in (default 0 10000, 5 runs; 0 is the seeds), the compiler server warm, or a fresh compiler each build.</item>
/// <item><c>build-docs [sizes...] [--docs full,summary,none] [--limit-gb G] [--workstation-gc] [--gc-heap-limit-gb G] [--no-analyzers] [--checked-in]</c>: a documented <c>dotnet build</c> with the compiler's peak memory, then the program's first access (default 10000, full; stopped past 18 GB).</item>
/// <item><c>profile [size] [--runs N] [--jit]</c>: where one full run spends its time, step by step; with <c>--jit</c>, the methods the first run compiled, by assembly.</item>
/// <item><c>profile-load [size] [--jit] [--yaml-first] [--from DIR]</c>: the generator's first run after a fresh load beside a warm Roslyn, as a build pays it.</item>
/// <item><c>alloc [size]</c>: where one full run's allocations go, stage by stage (0 = the seeds).</item>
/// <item><c>make-dataset N</c>: writes the synthetic dataset of N figures under benchmarks/data/.</item>
/// <item><c>drafting [seeds]</c>: drafts each seed report with the others' vocabulary and compares with its YAML (docs/drafting.md).</item>
/// <item><c>analyzer [terms...] [--runs N]</c>: the unit analyzer's time on a sum of N constants plus a growth rate (default 14 100 1000 5000, 5 runs).</item>
/// <item><c>--smoke</c>: every benchmark once on small data, as CI's check that the project still runs.</item>
/// </list>
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        switch (args.FirstOrDefault())
        {
            case "cold":
                return ColdStart.Run(Sizes(args, 1_000, 10_000, 100_000), Runs(args), docComments: !args.Contains("--no-doc-comments"), peer: !args.Contains("--no-peer"), stackKilobytes: int.Parse(Option(args, "--stack-kb", "256"), CultureInfo.InvariantCulture));
            case "cold-child":
                return ColdStartChild.Run(args[1], args[2], args.Length > 3 ? args[3] : null);
            case "build":
                return BuildCost.Run(Sizes(args, 0, 10_000), Runs(args), writeGeneratedFiles: !args.Contains("--no-generated-files"), server: !args.Contains("--no-server"));
            case "build-docs":
                return DocumentedBuild.Run(Sizes(args, 10_000), Option(args, "--docs", "full").Split(','), double.Parse(Option(args, "--limit-gb", "18"), CultureInfo.InvariantCulture), workstationGc: args.Contains("--workstation-gc"),
                    heapLimitGigabytes: args.Contains("--gc-heap-limit-gb") ? double.Parse(Option(args, "--gc-heap-limit-gb", "0"), CultureInfo.InvariantCulture) : null,
                    analyzers: !args.Contains("--no-analyzers"),
                    checkedIn: args.Contains("--checked-in"));
            case "make-dataset":
                var figures = int.Parse(args[1], CultureInfo.InvariantCulture);
                SyntheticDataset.Write(Datasets.SyntheticDirectory(figures), figures);
                Console.WriteLine(Datasets.SyntheticDirectory(figures));
                return 0;
            case "profile":
                return StepProfile.Run(Sizes(args, 10_000)[0], Runs(args), jit: args.Contains("--jit"));
            case "profile-load":
                return FreshLoadProfile.Run(Sizes(args, 10_000)[0], jit: args.Contains("--jit"), yamlFirst: args.Contains("--yaml-first"), from: args.Contains("--from") ? Option(args, "--from", "") : null);
            case "alloc":
                return AllocationProfile.Run(Sizes(args, 10_000)[0]);
            case "analyzer":
                return AnalyzerCost.Run(Sizes(args, 14, 100, 1_000, 5_000), Runs(args));
            case "--smoke":
                return Smoke.Run();
            case "drafting":
                return Drafting.DraftingBenchmark.Run(args.Length > 1 ? args[1] : null);
        }

        // In process: no project generated and built per run, which on a busy 2-core machine costs more
        // than the measurements. Few iterations: the heavy cases take seconds per operation.
        var job = Job.Default
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithLaunchCount(1)
            .WithWarmupCount(3)
            .WithIterationCount(7)
            .WithId("Short in-process");
        var config = DefaultConfig.Instance.AddJob(job).AddColumn(StatisticColumn.Median).WithOptions(ConfigOptions.DisableOptimizationsValidator);
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
        return 0;
    }

    private static int[] Sizes(string[] args, params int[] defaults)
    {
        var sizes = args.Skip(1).TakeWhile(arg => !arg.StartsWith("--", StringComparison.Ordinal)).Select(arg => int.Parse(arg, CultureInfo.InvariantCulture)).ToArray();
        return sizes.Length > 0 ? sizes : defaults;
    }

    private static string Option(string[] args, string name, string fallback)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 ? args[index + 1] : fallback;
    }

    private static int Runs(string[] args) => int.Parse(Option(args, "--runs", "5"), CultureInfo.InvariantCulture);
}
