using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Threading;

namespace ReportData.Storage;

/// <summary>
/// A generated dataset's figures: every report's partition, lookup by id that decodes only the report
/// the id routes to, and all figures, decoded on first use. Behind a generated <c>ReportDataset</c>
/// class; created by generated code only, not for use in your own code.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
[Obsolete("Not for use in user code: ReportData.Storage is the storage layout that code emitted by the ReportData generator calls, and it may change in any release.")]
public sealed class FigureStore
{
    private readonly FigurePartition[] _partitions;
    private readonly FigureRouter _router;
    private IReadOnlyList<Figure>? _figures;

    /// <summary>
    /// The store of a generated dataset: its report table (<paramref name="texts"/> ending at <paramref name="textEnds"/>,
    /// <paramref name="reports"/>; see <c>FigureTable.FieldsPerReport</c>) and each report's decoder, in file order.
    /// </summary>
    /// <remarks>
    /// Reads the sources and id prefixes from data, so that creating the store runs and compiles none of the reports'
    /// code: a lookup then compiles only the decoders of the reports its id routes to.
    /// </remarks>
    public FigureStore(string texts, int[] textEnds, int[] reports, params Func<ReportSource, Figure[]>[] decoders)
        : this(FigureTable.Partitions(
            texts ?? throw new ArgumentNullException(nameof(texts)),
            textEnds ?? throw new ArgumentNullException(nameof(textEnds)),
            reports ?? throw new ArgumentNullException(nameof(reports)),
            decoders ?? throw new ArgumentNullException(nameof(decoders))))
    {
    }

    /// <summary>A store of <paramref name="partitions"/>, one per report, in file order.</summary>
    public FigureStore(params FigurePartition[] partitions)
    {
        _partitions = partitions ?? throw new ArgumentNullException(nameof(partitions));
        _router = new FigureRouter(partitions);
        var reports = new ReportSource[partitions.Length];
        for (var i = 0; i < partitions.Length; i++)
        {
            reports[i] = partitions[i].Source;
        }

        Reports = new ReadOnlyCollection<ReportSource>(reports);
    }

    /// <summary>The reports the figures were drafted from, in file order.</summary>
    public IReadOnlyList<ReportSource> Reports { get; }

    /// <summary>All figures, report by report in file order; decoded on first use.</summary>
    public IReadOnlyList<Figure> Figures => Volatile.Read(ref _figures) ?? Concat();

    /// <summary>The figure with this id, or null when there is none.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    public Figure? Find(string id) => TryFind(id, out var figure) ? figure : null;

    /// <summary>The figure with this id.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">No figure has the id.</exception>
    public Figure Get(string id) => TryFind(id, out var figure)
        ? figure
        : throw new KeyNotFoundException("No figure has the id '" + id + "'.");

    /// <summary>Looks up a figure by id; O(1), no allocation once the report it routes to is decoded.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    public bool TryFind(string id, [NotNullWhen(true)] out Figure? figure)
    {
        if (id is null)
        {
            throw new ArgumentNullException(nameof(id));
        }

        return _router.TryFind(id, out figure);
    }

    [MethodImpl((MethodImplOptions)512)]
    private IReadOnlyList<Figure> Concat()
    {
        var count = 0;
        foreach (var partition in _partitions)
        {
            count += partition.Figures.Length;
        }

        var all = new Figure[count];
        var offset = 0;
        foreach (var partition in _partitions)
        {
            partition.Figures.CopyTo(all, offset);
            offset += partition.Figures.Length;
        }

        // Two threads may both concatenate; one wins, and both return the one that won (of the same figures).
        IReadOnlyList<Figure> figures = new ReadOnlyCollection<Figure>(all);
        return Interlocked.CompareExchange(ref _figures, figures, null) ?? figures;
    }
}
