using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using ReportData.Generator;
using ReportData.Testing;
using YamlDotNet.Core;

namespace ReportData.Benchmarks;

/// <summary>Runs the generator in process, as the compiler does, over files held in memory.</summary>
public static class GeneratorRunner
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    private static readonly Lazy<ImmutableArray<MetadataReference>> LazyReferences = new(() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(path => Path.GetFileName(path) is var name && (name.StartsWith("System", StringComparison.Ordinal) || name is "netstandard.dll" or "mscorlib.dll"))
            .Append(typeof(Figure).Assembly.Location)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray());

    public static ImmutableArray<MetadataReference> References => LazyReferences.Value;

    /// <summary>A small library that uses nothing of the dataset, as a project with a few files of its own.</summary>
    public static CSharpCompilation Compilation(string source = "namespace App { internal static class Program { } }", string assemblyName = "BenchmarkLibrary") =>
        CSharpCompilation.Create(
            assemblyName,
            new[] { CSharpSyntaxTree.ParseText(source, ParseOptions, path: "Program.cs") },
            References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, optimizationLevel: OptimizationLevel.Release, nullableContextOptions: NullableContextOptions.Enable));

    public static GeneratorDriver Driver(IEnumerable<AdditionalText> files, string @namespace = "GeneratedData", bool trackSteps = false, CSharpParseOptions? parseOptions = null) =>
        GeneratorDriverFactory.Create(files, parseOptions ?? ParseOptions, new Dictionary<string, string> { ["ReportDataNamespace"] = @namespace }, trackSteps);

    /// <summary>
    /// A full run: a fresh driver and fresh texts, as after opening the project or a clean build (the same
    /// text objects again would find the validator's results of the last run kept for them).
    /// </summary>
    public static GeneratorDriverRunResult FullRun(IEnumerable<AdditionalText> files, Compilation compilation) =>
        Driver(files.Select(Datasets.Fresh)).RunGenerators(compilation).GetRunResult();

    /// <summary>The floor: YamlDotNet's event parser reads every YAML file and nothing else happens.</summary>
    public static int ParseYamlOnly(IEnumerable<MemoryText> yamlFiles)
    {
        var events = 0;
        foreach (var file in yamlFiles)
        {
            var parser = new Parser(new StringReader(file.Content));
            while (parser.MoveNext())
            {
                events++;
            }
        }

        return events;
    }

    /// <summary>Fails loudly when a run reported anything: a benchmark of a failing build measures nothing useful.</summary>
    public static GeneratorDriverRunResult Checked(GeneratorDriverRunResult result)
    {
        var problems = result.Diagnostics.Concat(result.Results.SelectMany(r => r.Diagnostics)).ToList();
        var exception = result.Results.Select(r => r.Exception).FirstOrDefault(e => e is not null);
        if (problems.Count > 0 || exception is not null)
        {
            throw new InvalidOperationException("The generator reported problems: " + exception + string.Join("\n", problems.Take(5)));
        }

        return result;
    }
}
