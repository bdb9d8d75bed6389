using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using ReportData.Generator;

namespace ReportData.Benchmarks;

/// <summary>
/// What the generator adds to a build: <c>dotnet build</c> of a library whose dataset the generator emits,
/// against the same library with the generated code checked in as plain .cs files (the limit: the
/// compiler's own cost of that code). Whole-process timings of a forced rebuild (<c>--no-incremental</c>)
/// with the compiler server warm, as in an edit-build loop; the first build of each project is not counted. The server
/// is asked for explicitly: an environment may turn it off (<c>UseSharedCompilation=false</c>), and then every build is a
/// fresh compiler process that loads and compiles the generator again, a different measurement (<c>--no-server</c>).
/// </summary>
public static class BuildCost
{
    /// <param name="writeGeneratedFiles">Whether the timed builds also write the generated files to disk
    /// (EmitCompilerGeneratedFiles, as lib/ does to show them); the first build always does, to harvest them.</param>
    public static int Run(IReadOnlyList<int> sizes, int runs, bool writeGeneratedFiles = true, bool server = true)
    {
        _server = server;
        Console.WriteLine($"Build cost: median of {runs} runs of `dotnet build -c Release --no-restore --no-incremental -p:UseSharedCompilation={(server ? "true" : "false")}` (whole process; {(server ? "the compiler server warm" : "a fresh compiler process each build")}){(writeGeneratedFiles ? string.Empty : ", without writing the generated files to disk")}.");
        Console.WriteLine();
        Console.WriteLine("| figures | with the generator | generated code checked in | ratio | median of the runs' ratios |");
        Console.WriteLine("|---:|---:|---:|---:|---:|");
        foreach (var size in sizes)
        {
            var dataset = size == 0 ? Datasets.SeedsDirectory : Datasets.Synthetic(size);
            var root = Path.Combine(Datasets.RepositoryRoot, "benchmarks", "data", "build-" + size.ToString(CultureInfo.InvariantCulture));
            var withGenerator = WriteProject(Path.Combine(root, "with-generator"), dataset, generatedFiles: null);
            Build(withGenerator, restore: true);
            var generated = Directory.GetFiles(Path.Combine(Path.GetDirectoryName(withGenerator)!, "generated"), "*.g.cs", SearchOption.AllDirectories);
            var checkedIn = WriteProject(Path.Combine(root, "checked-in"), dataset, generated);
            Build(checkedIn, restore: true);

            // Interleaved so that load from other work on the machine falls on both alike.
            var a = new List<double>();
            var b = new List<double>();
            for (var run = 0; run < runs; run++)
            {
                a.Add(Build(withGenerator, restore: false, writeGeneratedFiles));
                b.Add(Build(checkedIn, restore: false, writeGeneratedFiles));
            }

            var label = size == 0 ? "seeds" : size.ToString("N0", CultureInfo.InvariantCulture);
            // Each run's two builds are taken one after the other: their ratio cancels load that drifts over the minutes of a
            // measurement, which the ratio of the two medians does not. Both are printed, with every run for the record.
            var ratios = a.Zip(b, (with, without) => with / without).ToList();
            Console.WriteLine($"| {label} | {Measures.Median(a):F2} s | {Measures.Median(b):F2} s | {Measures.Median(a) / Measures.Median(b):F3} | {Measures.Median(ratios):F3} |");
            Console.Error.WriteLine($"{label}: with the generator {string.Join(", ", a.Select(t => t.ToString("F2", CultureInfo.InvariantCulture)))}; checked in {string.Join(", ", b.Select(t => t.ToString("F2", CultureInfo.InvariantCulture)))}");
        }

        return 0;
    }

    private static string WriteProject(string directory, string dataset, string[]? generatedFiles)
    {
        DatasetProject.Recreate(directory);
        var runtime = typeof(Figure).Assembly.Location;
        var items = DatasetProject.Items(directory, dataset, generatedFiles, "ReportDataNamespace");

        var project = Path.Combine(directory, "Library.csproj");
        File.WriteAllText(project, $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <!-- Not a package: without the public API lists Directory.Build.props asks of packages. -->
                <IsPackable>false</IsPackable>
                <ReportDataNamespace>SyntheticData</ReportDataNamespace>
                <GenerateDocumentationFile>true</GenerateDocumentationFile>
                <EmitCompilerGeneratedFiles>true</EmitCompilerGeneratedFiles>
                <CompilerGeneratedFilesOutputPath>generated</CompilerGeneratedFilesOutputPath>
                <EnableDefaultCompileItems>false</EnableDefaultCompileItems>
              </PropertyGroup>
              <ItemGroup>
                <Compile Include="Program.cs" />
                <Reference Include="{runtime}" />
                {items}
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(directory, "Program.cs"), "namespace App { internal static class Program { } }\n");
        return project;
    }

    private static bool _server = true;

    private static double Build(string project, bool restore, bool writeGeneratedFiles = true)
    {
        var start = DotnetProcess.StartInfo(new[] { "build", project, "-c", "Release", "--no-incremental", "-nologo", "-v:q", "-p:UseSharedCompilation=" + (_server ? "true" : "false") }.Concat(restore ? Array.Empty<string>() : new[] { "--no-restore" })
            .Concat(writeGeneratedFiles ? Array.Empty<string>() : new[] { "-p:EmitCompilerGeneratedFiles=false" }));
        var watch = Stopwatch.StartNew();
        DotnetProcess.Run(start);
        return watch.Elapsed.TotalSeconds;
    }
}
