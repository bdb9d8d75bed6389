using System;
using System.Collections.Generic;
using System.Diagnostics.Tracing;
using System.Linq;

namespace ReportData.Benchmarks;

/// <summary>
/// The profile behind the cold-start table's JIT column: which methods the runtime compiled during the access and
/// how long each took (MethodJittingStarted to MethodLoadVerbose, on the thread that compiled it). Enabled in a child
/// with <c>COLD_JIT_TRACE=1</c>; printed to stderr by method group (the reports' decoders are one group).
/// </summary>
public sealed class JitTrace : EventListener
{
    private const EventKeywords JitKeyword = (EventKeywords)0x10;

    private readonly Dictionary<long, (string Name, DateTime Start)> _started = new();
    private readonly List<(string Name, double Milliseconds)> _compiled = new();
    private DateTime _from = DateTime.MaxValue;
    private DateTime _to = DateTime.MaxValue;

    public void Start() => _from = DateTime.UtcNow;

    public void Stop() => _to = DateTime.UtcNow;

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(eventSource, EventLevel.Verbose, JitKeyword);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        // Runtime events arrive late, on another thread: they are kept by when they happened.
        if (e.Payload is null || e.TimeStamp.ToUniversalTime() < _from || e.TimeStamp.ToUniversalTime() > _to)
        {
            return;
        }

        lock (_compiled)
        {
            if (e.EventName == "MethodJittingStarted_V1")
            {
                var name = e.Payload[e.PayloadNames!.IndexOf("MethodNamespace")] + "::" + e.Payload[e.PayloadNames.IndexOf("MethodName")];
                _started[e.OSThreadId] = (name, e.TimeStamp);
            }
            else if (e.EventName is "MethodLoadVerbose_V1" or "MethodLoadVerbose_V2" && _started.Remove(e.OSThreadId, out var start))
            {
                _compiled.Add((start.Name, (e.TimeStamp - start.Start).TotalMilliseconds));
            }
        }
    }

    /// <summary>Writes the compiled methods, grouped with report holders as one line, longest first.</summary>
    public void Report(Func<string, string>? group = null)
    {
        System.Threading.Thread.Sleep(3000);
        group ??= name => name.StartsWith("SyntheticData.ReportFigures::", StringComparison.Ordinal) ? "SyntheticData.ReportFigures::* (the reports' decoders)" : name;
        lock (_compiled)
        {
            var groups = _compiled.GroupBy(method => group(method.Name))
                .Select(group => (Name: group.Key, Count: group.Count(), Milliseconds: group.Sum(method => method.Milliseconds)))
                .OrderByDescending(group => group.Milliseconds);
            Console.Error.WriteLine($"JIT trace: {_compiled.Count} methods, {_compiled.Sum(method => method.Milliseconds):F1} ms");
            foreach (var (name, count, milliseconds) in groups.Take(40))
            {
                Console.Error.WriteLine($"{milliseconds,8:F2} ms {count,5} x {name}");
            }
        }
    }
}
