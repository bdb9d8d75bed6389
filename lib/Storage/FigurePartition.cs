using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using System.Threading;

namespace ReportData.Storage;

/// <summary>
/// The figures of one report, decoded the first time they are asked for, once, thread-safely; and the ids
/// they can have: those that start with one of its prefixes, a city class and a year class (<c>Quzhou.Y2023</c>).
/// Created by generated code only; not for use in your own code.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
[Obsolete("Not for use in user code: ReportData.Storage is the storage layout that code emitted by the ReportData generator calls, and it may change in any release.")]
public sealed class FigurePartition
{
    private readonly Func<ReportSource, Figure[]> _decode;
    private readonly object _gate = new object();
    private volatile Decoded? _decoded;

    /// <summary>A partition of <paramref name="source"/>'s figures, which <paramref name="decode"/> returns given the source, with ids under <paramref name="prefixes"/>.</summary>
    /// <remarks>The decoder is a generated report holder's method, called on first use only: until then the holder's code is neither run nor compiled.</remarks>
    public FigurePartition(ReportSource source, Func<ReportSource, Figure[]> decode, params string[] prefixes)
    {
        Source = source ?? throw new ArgumentNullException(nameof(source));
        _decode = decode ?? throw new ArgumentNullException(nameof(decode));
        Prefixes = prefixes ?? throw new ArgumentNullException(nameof(prefixes));
    }

    /// <summary>The report the figures come from.</summary>
    public ReportSource Source { get; }

    /// <summary>The city and year classes (<c>Quzhou.Y2023</c>) the ids of these figures start with.</summary>
    internal string[] Prefixes { get; }

    /// <summary>The figures, in file order; decoded on first use.</summary>
    internal Figure[] Figures => (_decoded ?? Decode()).Figures;

    /// <summary>Looks up a figure of this partition by id; decodes the partition on first use.</summary>
    internal bool TryFind(string id, [NotNullWhen(true)] out Figure? figure) =>
        (_decoded ?? Decode()).ById.TryGetValue(id, out figure);

    private Decoded Decode()
    {
        lock (_gate)
        {
            return _decoded ??= new Decoded(_decode(Source));
        }
    }

    private sealed class Decoded
    {
        internal readonly Figure[] Figures;

        private Dictionary<string, Figure>? _byId;

        internal Decoded(Figure[] figures) => Figures = figures;

        /// <summary>Built on the first lookup, not with the figures: <c>Figures</c> alone does not need it.</summary>
        internal Dictionary<string, Figure> ById => Volatile.Read(ref _byId) ?? Index();

        private Dictionary<string, Figure> Index()
        {
            var byId = new Dictionary<string, Figure>(Figures.Length, StringComparer.Ordinal);
            foreach (var figure in Figures)
            {
                byId[figure.Id] = figure;
            }

            // Two threads may both build it; one wins, and both return the one that won (of the same figures).
            return Interlocked.CompareExchange(ref _byId, byId, null) ?? byId;
        }
    }
}
