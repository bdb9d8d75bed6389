using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ReportData.Benchmarks;

/// <summary>
/// First access to the generated dataset in a fresh process, at each dataset size: the cost a program pays
/// once, which BenchmarkDotNet's warm iterations hide. For each size the dataset is generated and compiled
/// in process (Roslyn, as a build would), then child processes each time one first access on a thread with
/// a 256 KB stack: <c>ReportDataset.Figures</c>, <c>ReportDataset.Get(id)</c>, and, for comparison,
/// deserializing the same figures from a JSON file.
/// </summary>
public static class ColdStart
{
    public const int StackSize = 256 * 1024;

    private const string Namespace = "SyntheticData";

    /// <param name="docComments">False to compile without parsing doc comments (DocumentationMode.None): a
    /// million figures' XML docs need more memory than this machine has to spare; the data layout is the same.</param>
    public static int Run(IReadOnlyList<int> sizes, int runs, bool docComments = true)
    {
        Console.WriteLine($"Cold start: median of {runs} fresh processes; first access on a thread with a {StackSize / 1024} KB stack; wall / CPU time (all threads of the process), and in brackets the JIT's share.");
        Console.WriteLine();
        Console.WriteLine("| figures | compile (in process) | assembly | first `Figures` | first `Find(id)` | JSON deserialize (first) |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|");
        foreach (var size in sizes)
        {
            var (assemblyPath, compileTime) = Prepare(size, docComments);
            var json = Path.Combine(Path.GetDirectoryName(assemblyPath)!, "figures.json");
            if (!File.Exists(json))
            {
                Child("export-json", assemblyPath, json);
            }

            var figures = Median(runs, () => Child("figures", assemblyPath));
            var find = Median(runs, () => Child("find", assemblyPath));
            var fromJson = Median(runs, () => Child("json", json));
            Console.WriteLine($"| {size:N0} | {Seconds(compileTime)} | {new FileInfo(assemblyPath).Length / 1024.0 / 1024.0:F1} MB | {figures} | {find} | {fromJson} |");
        }

        return 0;
    }

    /// <summary>The child process: times one first access and prints the milliseconds.</summary>
    public static int RunChild(string what, string path, string? output)
    {
        (double Wall, double Cpu, double Jit) elapsed = default;
        Exception? failure = null;
        var thread = new Thread(
            () =>
            {
                try
                {
                    elapsed = Measure(what, path, output);
                }
                catch (Exception exception)
                {
                    failure = exception;
                }
            },
            StackSize);
        thread.Start();
        thread.Join();
        if (failure is not null)
        {
            Console.Error.WriteLine(failure);
            return 1;
        }

        Console.WriteLine(string.Join(" ", new[] { elapsed.Wall, elapsed.Cpu, elapsed.Jit }.Select(value => value.ToString("R", CultureInfo.InvariantCulture))));
        return 0;
    }

    /// <summary>Wall time, the process's CPU time (all threads: JIT, GC) and the JIT's time of one first access, in milliseconds.</summary>
    private static (double Wall, double Cpu, double Jit) Measure(string what, string path, string? output)
    {
        var access = Prepare(what, path, output);
        var jit = System.Runtime.JitInfo.GetCompilationTime();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var wall = Stopwatch.StartNew();
        var result = access();
        var elapsed = wall.Elapsed.TotalMilliseconds;
        var cpuElapsed = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds;
        var jitElapsed = (System.Runtime.JitInfo.GetCompilationTime() - jit).TotalMilliseconds;
        Check(result);
        return (elapsed, cpuElapsed, jitElapsed);
    }

    /// <summary>What the access needs first (file read, assembly load, reflection), done before the clocks start; returns the access.</summary>
    private static Func<bool> Prepare(string what, string path, string? output)
    {
        if (what == "json")
        {
            var bytes = File.ReadAllBytes(path);
            return () => JsonSerializer.Deserialize<List<Figure>>(bytes) is { Count: > 0 } figures && figures[^1].Source is not null;
        }

        var dataset = Assembly.LoadFrom(path).GetType(Namespace + ".ReportDataset", throwOnError: true)!;
        var figuresProperty = dataset.GetProperty("Figures")!;
        var find = dataset.GetMethod("Find")!;
        if (what == "export-json")
        {
            return () =>
            {
                var all = (IReadOnlyList<Figure>)figuresProperty.GetValue(null)!;
                File.WriteAllBytes(output!, JsonSerializer.SerializeToUtf8Bytes(all.ToList()));
                return true;
            };
        }

        // The id of the last figure of the last report: neither access can stop early.
        var lastId = File.ReadAllText(Path.Combine(Path.GetDirectoryName(path)!, "last-id.txt"));
        return what == "figures"
            ? () => ((IReadOnlyList<Figure>)figuresProperty.GetValue(null)!)[^1].Id == lastId
            : () => ((Figure)find.Invoke(null, new object[] { lastId })!).Id == lastId;
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

    private static (double Wall, double Cpu, double Jit) Child(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(typeof(ColdStart).Assembly.Location);
        start.ArgumentList.Add("cold-child");
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEnd();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException("child " + string.Join(" ", arguments) + " failed:\n" + stderr);
        }

        var parts = stdout.Trim().Split(' ');
        return (double.Parse(parts[0], CultureInfo.InvariantCulture), double.Parse(parts[1], CultureInfo.InvariantCulture), double.Parse(parts[2], CultureInfo.InvariantCulture));
    }

    /// <summary>Medians over fresh processes, as "wall / CPU ms (JIT ms)".</summary>
    private static string Median(int runs, Func<(double Wall, double Cpu, double Jit)> measure)
    {
        var values = Enumerable.Range(0, runs).Select(_ => measure()).ToList();
        return $"{MedianOf(values.Select(v => v.Wall)):F1} / {MedianOf(values.Select(v => v.Cpu)):F1} ms ({MedianOf(values.Select(v => v.Jit)):F1})";
    }

    private static double MedianOf(IEnumerable<double> values)
    {
        var sorted = values.OrderBy(value => value).ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static void Check(bool condition)
    {
        if (!condition)
        {
            throw new InvalidOperationException("The dataset did not load as expected.");
        }
    }

    private static string Seconds(TimeSpan time) => time.TotalSeconds.ToString("F1", CultureInfo.InvariantCulture) + " s";
}
