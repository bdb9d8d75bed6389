using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ReportData.Benchmarks;

/// <summary>
/// First access to the generated dataset in a fresh process, at each dataset size: the cost a program pays
/// once, which BenchmarkDotNet's warm iterations hide. For each size the dataset is generated and compiled
/// in process (Roslyn, as a build would), then child processes each time one first access on a thread with
/// a 256 KB stack (<see cref="ColdStartChild"/>): <c>ReportDataset.Figures</c>, <c>ReportDataset.Find(id)</c>, and, for
/// comparison, deserializing the same figures from a JSON file and the same records as a plain
/// <c>static readonly Figure[]</c> (<see cref="ColdStartPeer"/>).
/// </summary>
public static class ColdStart
{
    private const string Namespace = ColdStartChild.Namespace;

    private static int _stackKilobytes = ColdStartChild.StackSize / 1024;

    /// <param name="docComments">False to compile without parsing doc comments (DocumentationMode.None): a
    /// million figures' XML docs need more memory than this machine has to spare; the data layout is the same.</param>
    /// <param name="peer">False to leave out the plain <c>static readonly Figure[]</c> peer (its compile is long at large sizes).</param>
    /// <param name="stackKilobytes">The stack of the thread that makes the first access (256 KB unless told).</param>
    public static int Run(IReadOnlyList<int> sizes, int runs, bool docComments = true, bool peer = true, int stackKilobytes = ColdStartChild.StackSize / 1024)
    {
        _stackKilobytes = stackKilobytes;
        Console.WriteLine($"Cold start: median of {runs} fresh processes; first access on a thread with a {stackKilobytes} KB stack; wall / CPU time (all threads of the process), and in brackets the JIT's share.");
        Console.WriteLine($"Load average at the start: {Measures.LoadAverage()}");
        var profiles = new List<string>();
        var peers = new List<string>();
        Console.WriteLine();
        Console.WriteLine("| figures | compile (in process) | assembly | first `Figures` | first `Find(id)` | JSON deserialize (first) |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|");
        foreach (var size in sizes)
        {
            var (assemblyPath, compileTime) = Prepare(size, docComments);
            var directory = Path.GetDirectoryName(assemblyPath)!;
            var json = Path.Combine(directory, "figures.json");
            if (!File.Exists(json))
            {
                Child("export-json", assemblyPath, json);
            }

            var figures = Medians(runs, () => Child("figures", assemblyPath));
            var find = Medians(runs, () => Child("find", assemblyPath));
            var fromJson = Medians(runs, () => Child("json", json));
            Console.WriteLine($"| {size:N0} | {Seconds(compileTime)} | {Measures.Megabytes(new FileInfo(assemblyPath).Length)} | {Times(figures)} | {Times(find)} | {Times(fromJson)} |");
            profiles.Add(Profile(size, "generated `Figures`", figures));
            profiles.Add(Profile(size, "generated `Find(id)`", find));
            profiles.Add(Profile(size, "JSON deserialize", fromJson));
            if (peer)
            {
                var peerSource = Path.Combine(directory, "PlainFigures.cs");
                if (!File.Exists(peerSource))
                {
                    Child("export-peer", assemblyPath, peerSource);
                }

                var (peerPath, failure, peerCompile) = ColdStartPeer.Compile(peerSource);
                if (peerPath is null)
                {
                    peers.Add($"| {size:N0} | does not compile ({Seconds(peerCompile)}): {failure} | | | | |");
                    continue;
                }

                var peerFigures = TryMedians(runs, () => Child("peer-figures", peerPath));
                var peerFind = TryMedians(runs, () => Child("peer-find", peerPath));
                peers.Add($"| {size:N0} | {Seconds(peerCompile)}, {Measures.Megabytes(new FileInfo(peerPath).Length)} | {Times(peerFigures)} | {Ratio(figures, peerFigures)} | {Times(peerFind)} | {Ratio(find, peerFind)} |");
                if (peerFigures.Sample is { } plainFigures)
                {
                    profiles.Add(Profile(size, "plain `Figure[]`: `Figures`", plainFigures));
                }

                if (peerFind.Sample is { } plainFind)
                {
                    profiles.Add(Profile(size, "plain `Figure[]`: `Find(id)`", plainFind));
                }
            }
        }

        if (peers.Count > 0)
        {
            Console.WriteLine();
            Console.WriteLine("Against a plain `static readonly Figure[]` of the same records (ratio: generated CPU / plain CPU):");
            Console.WriteLine();
            Console.WriteLine("| figures | plain: compile, assembly | plain first `Figures` | ratio | plain first `Find(id)` (linear) | ratio |");
            Console.WriteLine("|---:|---:|---:|---:|---:|---:|");
            peers.ForEach(Console.WriteLine);
        }

        Console.WriteLine();
        Console.WriteLine("Where the time and memory go (medians):");
        Console.WriteLine();
        Console.WriteLine("| figures | access | CPU | JIT (methods) | allocated | GCs gen 0/1/2 | GC pause | kept alive per figure |");
        Console.WriteLine("|---:|---|---:|---:|---:|---:|---:|---:|");
        profiles.ForEach(Console.WriteLine);
        Console.WriteLine();
        Console.WriteLine($"Load average at the end: {Measures.LoadAverage()}");
        return 0;
    }

    /// <summary>Generates and compiles the synthetic library of this size, once (kept under benchmarks/data).</summary>
    public static (string AssemblyPath, TimeSpan CompileTime) Prepare(int size, bool docComments = true)
    {
        var dataDirectory = Datasets.Synthetic(size);
        // Keyed by the generator build (its module version id changes with its code), so that a changed
        // generator never measures a library compiled by an older one.
        var generatorBuild = typeof(ReportData.Generator.ReportGenerator).Assembly.ManifestModule.ModuleVersionId.ToString("N").Substring(0, 12);
        var outputDirectory = Path.Combine(dataDirectory, (docComments ? "compiled-" : "compiled-without-doc-comments-") + generatorBuild);
        var assemblyPath = Path.Combine(outputDirectory, "SyntheticData.dll");
        var timeFile = Path.Combine(outputDirectory, "compile-seconds.txt");
        if (File.Exists(assemblyPath) && File.Exists(timeFile))
        {
            return (assemblyPath, TimeSpan.FromSeconds(double.Parse(File.ReadAllText(timeFile), CultureInfo.InvariantCulture)));
        }

        Directory.CreateDirectory(outputDirectory);
        var files = Datasets.Load(dataDirectory);
        var watch = Stopwatch.StartNew();
        var compilation = GeneratorRunner.Compilation("namespace App { internal static class Program { } }", "SyntheticData");
        var parseOptions = docComments ? GeneratorRunner.ParseOptions : GeneratorRunner.ParseOptions.WithDocumentationMode(DocumentationMode.None);
        // The symbols a net10.0 build defines, so that the generated code takes the paths it takes in such a build.
        parseOptions = parseOptions.WithPreprocessorSymbols("NET", "NETCOREAPP", "NET10_0", "NET10_0_OR_GREATER");
        GeneratorRunner.Driver(files, Namespace, parseOptions: parseOptions).RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);
        if (generatorDiagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            throw new InvalidOperationException(string.Join("\n", generatorDiagnostics.Take(5)));
        }

        using (var stream = File.Create(assemblyPath))
        {
            var result = output.Emit(stream);
            if (!result.Success)
            {
                throw new InvalidOperationException(string.Join("\n", result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(5)));
            }
        }

        var elapsed = watch.Elapsed;
        var lastYaml = files.Last(file => file.Path.EndsWith(".report.yaml", StringComparison.Ordinal));
        File.WriteAllText(Path.Combine(outputDirectory, "last-id.txt"), LastId(((MemoryText)lastYaml).Content));
        File.WriteAllText(timeFile, elapsed.TotalSeconds.ToString("R", CultureInfo.InvariantCulture));
        return (assemblyPath, elapsed);
    }

    /// <summary>The id of the last figure of a synthetic report file (they are written as the synthetic generator writes them).</summary>
    private static string LastId(string yaml)
    {
        var lines = yaml.Split('\n');
        var city = lines.First(line => line.StartsWith("  city: ", StringComparison.Ordinal)).Substring(8);
        var lastKey = Array.FindLastIndex(lines, line => line.StartsWith("  - key: ", StringComparison.Ordinal));
        var key = lines[lastKey].Substring(9);
        var year = lines[lastKey + 1].Substring(10);
        var isTarget = lines[lastKey + 2].Contains("kind: target", StringComparison.Ordinal);
        var unit = lines.Skip(lastKey).First(line => line.StartsWith("    unit: ", StringComparison.Ordinal)).Substring(10).Trim('"');
        var suffix = unit switch
        {
            "亿元" => "Billion",
            "%" => "Percent",
            "万人" => "Persons",
            "家" => "Count",
            "个百分点" => "PercentagePoints",
            "公里" => "Kilometres",
            "万吨" => "Tonnes",
            "万平方米" => "SquareMetres",
            _ => throw new InvalidOperationException("unit " + unit),
        };
        return city + ".Y" + year + (isTarget ? ".Targets." : ".") + key + suffix;
    }

    private static Sample Child(params string[] arguments)
    {
        var start = DotnetProcess.StartInfo(new[] { typeof(ColdStart).Assembly.Location, "cold-child" }.Concat(arguments));
        start.Environment[ColdStartChild.StackVariable] = _stackKilobytes.ToString(CultureInfo.InvariantCulture);
        return Sample.Parse(DotnetProcess.Run(start));
    }

    /// <summary>Each measurement's median over fresh processes.</summary>
    private static Sample Medians(int runs, Func<Sample> measure)
    {
        var samples = Enumerable.Range(0, runs).Select(_ => measure()).ToList();
        double M(Func<Sample, double> value) => Measures.Median(samples.Select(value));
        return new Sample(M(s => s.Wall), M(s => s.Cpu), M(s => s.Jit), (long)M(s => s.JitMethods), (long)M(s => s.AllocatedBytes),
            (int)M(s => s.Gen0), (int)M(s => s.Gen1), (int)M(s => s.Gen2), M(s => s.PauseMs), (long)M(s => s.KeptBytes));
    }

    /// <summary>The medians, or why the access failed (a plain array's static constructor may not run on a small stack).</summary>
    private static (Sample? Sample, string? Failure) TryMedians(int runs, Func<Sample> measure)
    {
        try
        {
            return (Medians(runs, measure), null);
        }
        catch (InvalidOperationException exception)
        {
            var lines = exception.Message.Split('\n');
            return (null, "fails: " + (lines.FirstOrDefault(line => line.Contains("Exception", StringComparison.Ordinal) || line.Contains("overflow", StringComparison.OrdinalIgnoreCase)) ?? lines[0]).Trim());
        }
    }

    private static string Times(Sample sample) => $"{sample.Wall:F1} / **{sample.Cpu:F1} ms** (JIT {sample.Jit:F1})";

    private static string Times((Sample? Sample, string? Failure) result) => result.Sample is { } sample ? Times(sample) : result.Failure!;

    private static string Ratio(Sample generated, (Sample? Sample, string? Failure) plain) =>
        plain.Sample is { } sample ? (generated.Cpu / sample.Cpu).ToString("G3", CultureInfo.InvariantCulture) : "n/a";

    private static string Profile(int size, string access, Sample sample) =>
        $"| {size:N0} | {access} | {sample.Cpu:F1} ms | {sample.Jit:F1} ms ({sample.JitMethods}) | {Measures.Megabytes(sample.AllocatedBytes)} | {sample.Gen0}/{sample.Gen1}/{sample.Gen2} | {sample.PauseMs:F1} ms | {(double)sample.KeptBytes / size:F0} B |";

    private static string Seconds(TimeSpan time) => time.TotalSeconds.ToString("F1", CultureInfo.InvariantCulture) + " s";
}
