using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;

// The storage types are obsolete only to keep them out of user code; the router is part of them.
#pragma warning disable CS0618

namespace ReportData.Storage;

/// <summary>
/// Finds the partitions an id can be in from its first two parts, the city class and the year class, so
/// that a lookup decodes only them: an open-addressing table over the prefixes, probed without allocating.
/// </summary>
internal sealed class FigureRouter
{
    private readonly string[] _prefixes;
    private readonly FigurePartition[][] _routes;

    /// <summary>Slot to route index plus one; 0 is an empty slot.</summary>
    private readonly int[] _slots;

    /// <summary>Routes every prefix of <paramref name="partitions"/> to the partitions that have it, in file order.</summary>
    internal FigureRouter(FigurePartition[] partitions)
    {
        var byPrefix = new Dictionary<string, List<FigurePartition>>(StringComparer.Ordinal);
        var prefixes = new List<string>();
        foreach (var partition in partitions)
        {
            foreach (var prefix in partition.Prefixes)
            {
                if (!byPrefix.TryGetValue(prefix, out var route))
                {
                    route = new List<FigurePartition>();
                    byPrefix.Add(prefix, route);
                    prefixes.Add(prefix);
                }

                route.Add(partition);
            }
        }

        _prefixes = prefixes.ToArray();
        _routes = new FigurePartition[_prefixes.Length][];
        var size = 2;
        while (size < 2 * _prefixes.Length)
        {
            size *= 2;
        }

        _slots = new int[size];
        for (var i = 0; i < _prefixes.Length; i++)
        {
            _routes[i] = byPrefix[_prefixes[i]].ToArray();
            var slot = (int)(Hash(_prefixes[i], _prefixes[i].Length) & (uint)(size - 1));
            while (_slots[slot] != 0)
            {
                slot = (slot + 1) & (size - 1);
            }

            _slots[slot] = i + 1;
        }
    }

    /// <summary>Looks up a figure by id in the partitions its prefix routes to; decodes only those.</summary>
    internal bool TryFind(string id, [NotNullWhen(true)] out Figure? figure)
    {
        var length = PrefixLength(id);
        if (length > 0)
        {
            var mask = _slots.Length - 1;
            var slot = (int)(Hash(id, length) & (uint)mask);
            for (var route = _slots[slot]; route != 0; route = _slots[slot = (slot + 1) & mask])
            {
                var prefix = _prefixes[route - 1];
                if (prefix.Length == length && string.CompareOrdinal(id, 0, prefix, 0, length) == 0)
                {
                    foreach (var partition in _routes[route - 1])
                    {
                        if (partition.TryFind(id, out figure))
                        {
                            return true;
                        }
                    }

                    break;
                }
            }
        }

        figure = null;
        return false;
    }

    /// <summary>The length of the id up to its second '.'; 0 when it has fewer than three parts.</summary>
    private static int PrefixLength(string id)
    {
        var first = id.IndexOf('.');
        var second = first < 0 ? -1 : id.IndexOf('.', first + 1);
        return second < 0 ? 0 : second;
    }

    /// <summary>FNV-1a over the first <paramref name="length"/> characters: the same value for a prefix and for an id that starts with it.</summary>
    private static uint Hash(string text, int length)
    {
        var hash = 2166136261u;
        for (var i = 0; i < length; i++)
        {
            hash = unchecked((hash ^ text[i]) * 16777619u);
        }

        return hash;
    }
}
