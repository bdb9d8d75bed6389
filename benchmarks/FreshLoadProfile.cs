using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using ReportData.Generator;
using ReportData.Testing;

namespace ReportData.Benchmarks;

/// <summary>
/// The generator's run as a build pays it: the compiler server is warm (Roslyn's own code compiled, the references'
/// metadata read), but it loads the generator, the authoring core and YamlDotNet afresh for each build, so their code
/// is compiled again and starts unoptimized. Here Roslyn is warmed by runs of the generator as the benchmark loaded
/// it; then the three assemblies are loaded from the same files into a new load context, as the server does, and that
/// copy runs once over fresh texts and a new compilation. Step timings, and with <c>--jit</c> the methods compiled by
/// assembly. Quicker to repeat than <c>build</c>, which remains the measure of record.
/// </summary>
public static class FreshLoadProfile
{
    private static readonly string[] Loaded = { "ReportData.Generator", "ReportData.Authoring", "YamlDotNet" };

    public static int Run(int figures, bool jit, bool yamlFirst, string? from = null)
    {
        var files = Datasets.Load(figures == 0 ? Datasets.SeedsDirectory : Datasets.Synthetic(figures));
        // Warm Roslyn's driver, parser and binder with the benchmark's own copy of the generator.
        for (var run = 0; run < 3; run++)
        {
            GeneratorRunner.FullRun(files, GeneratorRunner.Compilation());
        }

        var directory = from ?? Path.GetDirectoryName(typeof(ReportGenerator).Assembly.Location)!;
        var context = new FreshContext(directory);
        var type = context.LoadFromAssemblyPath(Path.Combine(directory, "ReportData.Generator.dll")).GetType(typeof(ReportGenerator).FullName!, throwOnError: true)!;
        var generator = (IIncrementalGenerator)Activator.CreateInstance(type)!;
        var driver = CSharpGeneratorDriver.Create(
            new[] { generator.AsSourceGenerator() },
            files.Select(Datasets.Fresh),
            GeneratorRunner.ParseOptions,
            new BuildProperties(new Dictionary<string, string> { ["ReportDataNamespace"] = "GeneratedData" }),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
        var compilation = GeneratorRunner.Compilation();
        if (yamlFirst)
        {
            // YamlDotNet's share: its event parser alone over the same YAML, first, in the fresh context.
            var parserType = context.LoadFromAssemblyName(new AssemblyName("YamlDotNet")).GetType("YamlDotNet.Core.Parser", throwOnError: true)!;
            var moveNext = parserType.GetMethod("MoveNext")!;
            var yamlWatch = Stopwatch.StartNew();
            foreach (var file in files.Where(file => file.Path.EndsWith(".yaml", StringComparison.Ordinal)))
            {
                var parser = Activator.CreateInstance(parserType, new StringReader(file.GetText()!.ToString()));
                while ((bool)moveNext.Invoke(parser, null)!)
                {
                }
            }

            Console.WriteLine($"YamlDotNet's events alone, first: {yamlWatch.Elapsed.TotalMilliseconds:F0} ms");
        }

        using var trace = jit ? new JitTrace() : null;
        trace?.Start();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        var result = driver.RunGenerators(compilation).GetRunResult();
        var elapsed = watch.Elapsed;
        cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        trace?.Stop();

        var generated = result.Results.Single();
        if (generated.Exception is not null)
        {
            throw generated.Exception;
        }

        Console.WriteLine($"{(figures == 0 ? "seeds" : figures.ToString("N0", CultureInfo.InvariantCulture))}: first run of a fresh load {elapsed.TotalMilliseconds:F0} ms, CPU {cpu.TotalMilliseconds:F0} ms ({generated.GeneratedSources.Length} sources)");
        foreach (var (name, steps) in generated.TrackedSteps.OrderByDescending(pair => pair.Value.Sum(step => step.ElapsedTime.Ticks)).Take(8))
        {
            Console.WriteLine($"  {name,-20} {steps.Sum(step => step.ElapsedTime.TotalMilliseconds),8:F1} ms  ({steps.Length} runs)");
        }

        trace?.Report(name => Loaded.FirstOrDefault(prefix => name.StartsWith(prefix, StringComparison.Ordinal)) ?? (name.StartsWith("System", StringComparison.Ordinal) ? "System (instantiations over the loaded types among them)" : name));
        return 0;
    }

    /// <summary>Loads the generator's three assemblies from their directory; everything else (Roslyn, the framework) from the default context.</summary>
    private sealed class FreshContext : AssemblyLoadContext
    {
        private readonly string _directory;

        public FreshContext(string directory)
            : base("fresh generator load") => _directory = directory;

        protected override Assembly? Load(AssemblyName assemblyName) =>
            Loaded.Contains(assemblyName.Name) ? LoadFromAssemblyPath(Path.Combine(_directory, assemblyName.Name + ".dll")) : null;
    }
}
