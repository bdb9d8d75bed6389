using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using System.Threading;

namespace ReportData.Benchmarks;

/// <summary>
/// One first access, measured in a fresh child process on a thread with a 256 KB stack: wall and CPU time,
/// the JIT's time and method count, what the access allocated and collected, and the memory it keeps alive.
/// </summary>
public static class ColdStartChild
{
    public const int StackSize = 256 * 1024;

    /// <summary>Set by the parent to run the access on another stack size (<c>cold --stack-kb N</c>), to see how a plain array fares with more.</summary>
    public const string StackVariable = "COLD_STACK_KB";

    public const string Namespace = "SyntheticData";

    /// <summary>What the access keeps alive until the second full collection (the JSON list, for one).</summary>
    private static object? _kept;

    /// <summary>The child process: times one first access and prints its <see cref="Sample"/>.</summary>
    public static int Run(string what, string path, string? output)
    {
        Sample sample = default;
        Exception? failure = null;
        var thread = new Thread(
            () =>
            {
                try
                {
                    sample = Measure(what, path, output);
                }
                catch (Exception exception)
                {
                    failure = exception;
                }
            },
            Environment.GetEnvironmentVariable(StackVariable) is { } kilobytes ? int.Parse(kilobytes, CultureInfo.InvariantCulture) * 1024 : StackSize);
        thread.Start();
        thread.Join();
        if (failure is not null)
        {
            Console.Error.WriteLine(failure);
            return 1;
        }

        Console.WriteLine(sample.Format());
        return 0;
    }

    private static Sample Measure(string what, string path, string? output)
    {
        var access = Prepare(what, path, output);
        using var trace = Environment.GetEnvironmentVariable("COLD_JIT_TRACE") == "1" ? new JitTrace() : null;
        // A full collection first (GC.GetTotalMemory(true)): the heap the access starts from, for the memory it keeps.
        var heapBefore = GC.GetTotalMemory(forceFullCollection: true);
        var collections = new[] { GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2) };
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var pause = GC.GetTotalPauseDuration();
        var jitMethods = System.Runtime.JitInfo.GetCompiledMethodCount();
        var jit = System.Runtime.JitInfo.GetCompilationTime();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        trace?.Start();
        var wall = Stopwatch.StartNew();
        var ok = access();
        var elapsed = wall.Elapsed.TotalMilliseconds;
        trace?.Stop();
        var cpuElapsed = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds;
        var sample = new Sample(
            elapsed,
            cpuElapsed,
            (System.Runtime.JitInfo.GetCompilationTime() - jit).TotalMilliseconds,
            System.Runtime.JitInfo.GetCompiledMethodCount() - jitMethods,
            GC.GetTotalAllocatedBytes(precise: true) - allocated,
            GC.CollectionCount(0) - collections[0],
            GC.CollectionCount(1) - collections[1],
            GC.CollectionCount(2) - collections[2],
            (GC.GetTotalPauseDuration() - pause).TotalMilliseconds,
            0);
        var kept = GC.GetTotalMemory(forceFullCollection: true) - heapBefore;
        GC.KeepAlive(_kept);
        if (!ok)
        {
            throw new InvalidOperationException("The dataset did not load as expected.");
        }

        trace?.Report();
        if (trace is not null && what == "figures")
        {
            DecodeAgain(path);
        }

        return sample with { KeptBytes = kept };
    }

    /// <summary>The profile's second half: every report decoded again, its code compiled by now, so that the time is allocation and decoding alone.</summary>
    private static void DecodeAgain(string path)
    {
        var assembly = Assembly.LoadFrom(path);
        var decoders = assembly.GetType(Namespace + ".ReportFigures", throwOnError: true)!.GetMethods(BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.Public | BindingFlags.DeclaredOnly);
        var reports = (IReadOnlyList<ReportSource>)assembly.GetType(Namespace + ".ReportDataset", throwOnError: true)!.GetProperty("Reports")!.GetValue(null)!;
        var calls = decoders.Select(decoder => decoder.CreateDelegate<Func<ReportSource, Figure[]>>()).ToList();
        var kept = new List<Figure[]>();
        var collections = GC.CollectionCount(0) + GC.CollectionCount(1) + GC.CollectionCount(2);
        var pause = GC.GetTotalPauseDuration();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var wall = Stopwatch.StartNew();
        foreach (var call in calls)
        {
            kept.Add(call(reports[0]));
        }

        Console.Error.WriteLine($"decoded again (compiled): {wall.Elapsed.TotalMilliseconds:F1} ms wall, {(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds:F1} ms CPU, "
            + $"{GC.CollectionCount(0) + GC.CollectionCount(1) + GC.CollectionCount(2) - collections} GCs, pause {(GC.GetTotalPauseDuration() - pause).TotalMilliseconds:F1} ms, {kept.Sum(figures => figures.Length)} figures");
        GC.KeepAlive(kept);
    }

    /// <summary>What the access needs first (file read, assembly load, reflection), done before the clocks start; returns the access.</summary>
    private static Func<bool> Prepare(string what, string path, string? output)
    {
        if (what == "json")
        {
            var bytes = File.ReadAllBytes(path);
            return () => JsonSerializer.Deserialize<List<Figure>>(bytes) is { Count: > 0 } figures && (_kept = figures) is not null && figures[^1].Source is not null;
        }

        // The id of the last figure of the last report: neither access can stop early.
        var lastId = File.ReadAllText(Path.Combine(Path.GetDirectoryName(path)!, "last-id.txt"));
        if (what.StartsWith("peer-", StringComparison.Ordinal))
        {
            var peer = Assembly.LoadFrom(path).GetType(ColdStartPeer.ClassName, throwOnError: true)!;
            var figuresField = peer.GetField("Figures")!;
            var findMethod = peer.GetMethod("Find")!;
            return what == "peer-figures"
                ? () => ((Figure[])figuresField.GetValue(null)!)[^1].Id == lastId
                : () => ((Figure)findMethod.Invoke(null, new object[] { lastId })!).Id == lastId;
        }

        var dataset = Assembly.LoadFrom(path).GetType(Namespace + ".ReportDataset", throwOnError: true)!;
        var figuresProperty = dataset.GetProperty("Figures")!;
        var find = dataset.GetMethod("Find")!;
        switch (what)
        {
            case "export-json":
                return () =>
                {
                    var all = (IReadOnlyList<Figure>)figuresProperty.GetValue(null)!;
                    File.WriteAllBytes(output!, JsonSerializer.SerializeToUtf8Bytes(all.ToList()));
                    return true;
                };
            case "export-peer":
                return () =>
                {
                    ColdStartPeer.WriteSource((IReadOnlyList<Figure>)figuresProperty.GetValue(null)!, output!);
                    return true;
                };
            case "figures":
                return () => ((IReadOnlyList<Figure>)figuresProperty.GetValue(null)!)[^1].Id == lastId;
            default:
                return () => ((Figure)find.Invoke(null, new object[] { lastId })!).Id == lastId;
        }
    }
}

/// <summary>One first access: times in milliseconds, the JIT's share, allocations, collections, and the heap it left alive.</summary>
public readonly record struct Sample(double Wall, double Cpu, double Jit, long JitMethods, long AllocatedBytes, int Gen0, int Gen1, int Gen2, double PauseMs, long KeptBytes)
{
    public string Format() => string.Join(" ", new object[] { Wall, Cpu, Jit, JitMethods, AllocatedBytes, Gen0, Gen1, Gen2, PauseMs, KeptBytes }
        .Select(value => Convert.ToString(value, CultureInfo.InvariantCulture)));

    public static Sample Parse(string line)
    {
        var parts = line.Trim().Split(' ');
        double D(int i) => double.Parse(parts[i], CultureInfo.InvariantCulture);
        return new Sample(D(0), D(1), D(2), (long)D(3), (long)D(4), (int)D(5), (int)D(6), (int)D(7), D(8), (long)D(9));
    }
}
