using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using ReportData.Generator;

namespace ReportData.Benchmarks;

/// <summary>
/// A real <c>dotnet build</c> of a program whose synthetic dataset the generator emits, with XML documentation
/// on (<c>GenerateDocumentationFile</c>), and the compiler in a process of its own (<c>UseSharedCompilation=false</c>)
/// so that its peak memory is its own: the kernel's high-water mark (<c>VmHWM</c>) of the <c>csc</c> process, polled
/// from /proc. A build whose compiler passes the memory limit is stopped and reported as such. Then the built
/// program runs twice, each time in a fresh process: its first <c>ReportDataset.Figures</c>, and its first
/// <c>ReportDataset.Find</c> of the last figure's id.
/// </summary>
public static class DocumentedBuild
{
    private const string Namespace = "SyntheticData";

    /// <summary>More arguments for every timed build.</summary>
    private static string[] Arguments = Array.Empty<string>();

    /// <summary>Whether each build is followed by one of the code it generated, checked in as plain C# (no generator).</summary>
    private static bool CheckedIn;

    /// <param name="workstationGc">Runs the build with <c>DOTNET_gcServer=0</c>: the compiler (server GC by its runtimeconfig)
    /// then keeps one heap instead of one per core, which lowers its peak memory at some cost in time.</param>
    /// <param name="heapLimitGigabytes">When set, runs the build with <c>DOTNET_GCHeapHardLimit</c> at this size: the compiler's GC
    /// then collects to stay below it, so a build that passes shows what the compiler needs alive, not what it leaves uncollected.</param>
    /// <param name="analyzers">False to build with <c>-p:RunAnalyzers=false</c>: the SDK's analyzers (CA and code-style
    /// rules, on by default) build an operation tree of every method body, the figure tables' among them.</param>
    /// <param name="checkedIn">Also build the generated code checked in as plain C#, for the generator's share of the memory.</param>
    public static int Run(IReadOnlyList<int> sizes, IReadOnlyList<string> docModes, double limitGigabytes, bool workstationGc, double? heapLimitGigabytes, bool analyzers = true, bool checkedIn = false)
    {
        CheckedIn = checkedIn;
        Arguments = analyzers ? Array.Empty<string>() : new[] { "-p:RunAnalyzers=false" };
        var environment = new Dictionary<string, string>();
        if (workstationGc)
        {
            environment["DOTNET_gcServer"] = "0";
        }

        if (heapLimitGigabytes is { } heapLimit)
        {
            environment["DOTNET_GCHeapHardLimit"] = ((long)(heapLimit * 1024 * 1024 * 1024)).ToString("X", CultureInfo.InvariantCulture);
        }

        Console.WriteLine($"Documented build: `{string.Concat(environment.Select(pair => pair.Key + "=" + pair.Value + " "))}dotnet build -c Release --no-restore -p:UseSharedCompilation=false -nodeReuse:false`, {string.Concat(Arguments.Select(argument => argument + " "))}GenerateDocumentationFile=true; compiler stopped past {limitGigabytes:F1} GB.");
        Console.WriteLine($"Load average at the start: {Measures.LoadAverage()}");
        Console.WriteLine();
        Console.WriteLine("| figures | `ReportDataConstantDocs` | build (wall) | compiler CPU | compiler peak memory | MSBuild peak memory | assembly | XML docs | first `Figures` (wall / CPU) | first `Find` (wall / CPU) | program's peak working set |");
        Console.WriteLine("|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var size in sizes)
        {
            foreach (var docs in docModes)
            {
                Console.WriteLine(Measure(size, docs, limitGigabytes, environment));
            }
        }

        Console.WriteLine();
        Console.WriteLine($"Load average at the end: {Measures.LoadAverage()}");
        return 0;
    }

    private static string Measure(int size, string docs, double limitGigabytes, IReadOnlyDictionary<string, string> environment)
    {
        var dataset = Datasets.Synthetic(size);
        var directory = Path.Combine(Datasets.RepositoryRoot, "benchmarks", "data", "build-docs-" + size.ToString(CultureInfo.InvariantCulture) + "-" + docs);
        var project = WriteProject(directory, dataset, docs, generatedFiles: null);
        var row = BuildAndRun(project, $"| {size:N0} | {docs} |", limitGigabytes, environment);
        if (!CheckedIn || !File.Exists(Path.Combine(directory, "bin", "App.dll")))
        {
            return row;
        }

        // The same code as plain C#: the compiler's cost of what the generator emits, without the generator.
        var generated = Directory.GetFiles(Path.Combine(directory, "generated"), "*.g.cs", SearchOption.AllDirectories);
        var checkedIn = WriteProject(directory + "-checked-in", dataset, docs, generated);
        return row + "\n" + BuildAndRun(checkedIn, $"| {size:N0} | {docs}, the code checked in |", limitGigabytes, environment);
    }

    private static string BuildAndRun(string project, string row, double limitGigabytes, IReadOnlyDictionary<string, string> environment)
    {
        var directory = Path.GetDirectoryName(project)!;
        Dotnet(directory, "restore", project, "-nologo", "-v:q");
        var build = BuildWatched(project, directory, (long)(limitGigabytes * 1024 * 1024 * 1024), environment);
        row += $" {build.Wall.TotalSeconds:F1} s | {build.CompilerCpu.TotalSeconds:F1} s | {Gigabytes(build.CompilerPeak)} | {Gigabytes(build.MsBuildPeak)} |";
        if (build.Stopped)
        {
            return row + $" stopped: the compiler passed {limitGigabytes:F1} GB | | | | |";
        }

        if (build.ExitCode != 0)
        {
            // The first error line, and the exception the compiler died of when it did (OutOfMemoryException under a heap limit).
            var lines = build.Output.Split('\n');
            var error = lines.FirstOrDefault(line => line.Contains("error", StringComparison.Ordinal) && line.Contains("Exception", StringComparison.Ordinal))
                ?? lines.FirstOrDefault(line => line.Contains("error", StringComparison.Ordinal)) ?? build.Output;
            var text = error.Trim().Replace('|', '/');
            return row + " build failed: " + (text.Length > 160 ? text.Substring(text.Length - 160) : text) + " | | | | |";
        }

        var output = Path.Combine(directory, "bin");
        var program = Path.Combine(output, "App.dll");
        var xml = Path.Combine(output, "App.xml");
        var figures = Dotnet(directory, program, "figures").Split(' ');
        var find = Dotnet(directory, program, "find", figures[0]).Split(' ');
        return row + $" {Measures.Megabytes(new FileInfo(program).Length)} | {Measures.Megabytes(new FileInfo(xml).Length)} | {figures[1]} / {figures[2]} ms | {find[1]} / {find[2]} ms |"
            + $" {Measures.Megabytes(Math.Max(long.Parse(figures[3], CultureInfo.InvariantCulture), long.Parse(find[3], CultureInfo.InvariantCulture)))} |";
    }

    /// <param name="generatedFiles">Null for a project whose dataset the generator emits; else the files it emitted, compiled as plain C#.</param>
    private static string WriteProject(string directory, string dataset, string docs, string[]? generatedFiles)
    {
        DatasetProject.Recreate(directory);
        var items = DatasetProject.Items(directory, dataset, generatedFiles, "ReportDataNamespace", "ReportDataConstantDocs");

        File.WriteAllText(Path.Combine(directory, "App.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <!-- Not a package: without the public API lists Directory.Build.props asks of packages. -->
                <IsPackable>false</IsPackable>
                <Nullable>enable</Nullable>
                <ReportDataNamespace>{Namespace}</ReportDataNamespace>
                <ReportDataConstantDocs>{docs}</ReportDataConstantDocs>
                <GenerateDocumentationFile>true</GenerateDocumentationFile>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <EnableDefaultCompileItems>false</EnableDefaultCompileItems>
                <OutDir>bin/</OutDir>
                <EmitCompilerGeneratedFiles>{(CheckedIn ? "true" : "false")}</EmitCompilerGeneratedFiles>
                <CompilerGeneratedFilesOutputPath>generated</CompilerGeneratedFilesOutputPath>
              </PropertyGroup>
              <ItemGroup>
                <Compile Include="Program.cs" />
                <Reference Include="{typeof(Figure).Assembly.Location}" />
                {items}
              </ItemGroup>
            </Project>
            """);

        // The program times its one first access and prints: the last figure's id (or the id found), wall ms,
        // CPU ms, peak working set in bytes.
        File.WriteAllText(Path.Combine(directory, "Program.cs"), $$"""
            using System;
            using System.Diagnostics;
            using System.Globalization;

            namespace App;

            /// <summary>Times one first access to the generated dataset.</summary>
            internal static class Program
            {
                private static int Main(string[] args)
                {
                    var process = Process.GetCurrentProcess();
                    var cpu = process.TotalProcessorTime;
                    var wall = Stopwatch.StartNew();
                    string id;
                    if (args[0] == "figures")
                    {
                        var figures = global::{{Namespace}}.ReportDataset.Figures;
                        id = figures[figures.Count - 1].Id;
                    }
                    else
                    {
                        id = global::{{Namespace}}.ReportDataset.Get(args[1]).Id;
                    }

                    var elapsed = wall.Elapsed.TotalMilliseconds;
                    process.Refresh();
                    var cpuElapsed = (process.TotalProcessorTime - cpu).TotalMilliseconds;
                    Console.WriteLine(string.Join(" ", id, elapsed.ToString("F1", CultureInfo.InvariantCulture), cpuElapsed.ToString("F1", CultureInfo.InvariantCulture), process.PeakWorkingSet64.ToString(CultureInfo.InvariantCulture)));
                    return 0;
                }
            }
            """);
        return Path.Combine(directory, "App.csproj");
    }

    private sealed record BuildResult(int ExitCode, bool Stopped, TimeSpan Wall, TimeSpan CompilerCpu, long CompilerPeak, long MsBuildPeak, string Output);

    /// <summary>Builds while polling the memory of the build's processes; stops the build if the compiler passes the limit.</summary>
    private static BuildResult BuildWatched(string project, string directory, long limitBytes, IReadOnlyDictionary<string, string> environment)
    {
        var start = DotnetProcess.StartInfo(new[] { "build", project, "-c", "Release", "--no-restore", "-nologo", "-v:q", "-nodeReuse:false", "-p:UseSharedCompilation=false" }.Concat(Arguments), directory);
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        long compilerPeak = 0, msBuildPeak = 0;
        var compilerCpu = TimeSpan.Zero;
        var stopped = false;
        var nextTrace = TimeSpan.FromSeconds(15);
        while (!process.WaitForExit(200))
        {
            msBuildPeak = Math.Max(msBuildPeak, ProcFs.Status(process.Id, "VmHWM:"));
            foreach (var compiler in ProcFs.Descendants(process.Id).Where(ProcFs.IsCompiler))
            {
                compilerPeak = Math.Max(compilerPeak, ProcFs.Status(compiler, "VmHWM:"));
                compilerCpu = ProcFs.CpuTime(compiler) is { } cpu && cpu > compilerCpu ? cpu : compilerCpu;
                var resident = ProcFs.Status(compiler, "VmRSS:");
                if (watch.Elapsed >= nextTrace)
                {
                    // The growth over time, on stderr: what a stopped build leaves to extrapolate from.
                    Console.Error.WriteLine($"{watch.Elapsed.TotalSeconds:F0} s: compiler {Gigabytes(resident)} resident, {compilerCpu.TotalSeconds:F0} s CPU");
                    nextTrace += TimeSpan.FromSeconds(15);
                }

                if (resident > limitBytes)
                {
                    stopped = true;
                    process.Kill(entireProcessTree: true);
                }
            }
        }

        process.WaitForExit();
        return new BuildResult(process.ExitCode, stopped, watch.Elapsed, compilerCpu, compilerPeak, msBuildPeak, stdout.Result + stderr.Result);
    }

    private static string Dotnet(string directory, params string[] arguments) => DotnetProcess.Run(DotnetProcess.StartInfo(arguments, directory)).Trim();

    private static string Gigabytes(long bytes) => (bytes / 1024.0 / 1024.0 / 1024.0).ToString("F2", CultureInfo.InvariantCulture) + " GB";

    /// <summary>What the benchmark reads of a process from /proc (Linux only).</summary>
    private static class ProcFs
    {
        /// <summary>A value of /proc/PID/status in bytes (its lines say kB), 0 once the process is gone.</summary>
        public static long Status(int pid, string field)
        {
            try
            {
                var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(text => text.StartsWith(field, StringComparison.Ordinal));
                return line is null ? 0 : long.Parse(line.Substring(field.Length).Trim().Split(' ')[0], CultureInfo.InvariantCulture) * 1024;
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                return 0;
            }
        }

        /// <summary>User and system time so far (fields 14 and 15 of /proc/PID/stat, in clock ticks of 1/100 s).</summary>
        public static TimeSpan? CpuTime(int pid)
        {
            var fields = AfterName(pid);
            return fields is null ? null : TimeSpan.FromSeconds((long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / 100.0);
        }

        public static bool IsCompiler(int pid)
        {
            try
            {
                return File.ReadAllText($"/proc/{pid}/cmdline").Split('\0').Any(argument => argument.EndsWith("csc.dll", StringComparison.Ordinal) || argument.EndsWith("csc", StringComparison.Ordinal));
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                return false;
            }
        }

        public static IEnumerable<int> Descendants(int root)
        {
            var parents = new Dictionary<int, int>();
            foreach (var entry in Directory.GetDirectories("/proc"))
            {
                if (int.TryParse(Path.GetFileName(entry), out var pid) && AfterName(pid) is { } fields)
                {
                    parents[pid] = int.Parse(fields[1], CultureInfo.InvariantCulture);
                }
            }

            return parents.Keys.Where(pid => IsBelow(pid, root, parents)).ToList();
        }

        private static bool IsBelow(int pid, int root, Dictionary<int, int> parents)
        {
            for (var depth = 0; depth < 64 && parents.TryGetValue(pid, out var parent); depth++, pid = parent)
            {
                if (parent == root)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The fields of /proc/PID/stat after the command name (which may hold spaces): [0] is the state, [1] the parent.</summary>
        private static string[]? AfterName(int pid)
        {
            try
            {
                var stat = File.ReadAllText($"/proc/{pid}/stat");
                return stat.Substring(stat.LastIndexOf(')') + 2).Split(' ');
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                return null;
            }
        }
    }
}
