using System;
using System.Collections.Generic;

namespace ReportData.Authoring.Coverage;

/// <summary>Lines of a folded text, kept as where each line starts rather than a line per character.</summary>
internal static class FoldedLines
{
    /// <summary>The 0-based line of <paramref name="position"/>: the last line starting at or before it (empty lines start where the next does).</summary>
    public static int LineOf(int[] lineStarts, int position)
    {
        var found = Array.BinarySearch(lineStarts, position);
        if (found < 0)
        {
            return ~found - 1;
        }

        // Equal starts belong to empty lines before the one the position is on: the last of them.
        while (found + 1 < lineStarts.Length && lineStarts[found + 1] == position)
        {
            found++;
        }

        return found;
    }
}

/// <summary>
/// Spans (quotes' occurrences) visited in order of their start, for positions asked in increasing order: a span opens
/// when a position reaches its start and is dropped once a position passes its end, so each span is touched a constant
/// number of times and a position sees only the spans around it.
/// </summary>
internal sealed class SpanSweep<T>
{
    private readonly List<T> _spans;
    private readonly Func<T, int> _start;
    private readonly Func<T, int> _end;
    private readonly List<T> _open = new();
    private int _next;

    /// <param name="spans">Sorted by start.</param>
    public SpanSweep(List<T> spans, Func<T, int> start, Func<T, int> end)
    {
        _spans = spans;
        _start = start;
        _end = end;
    }

    /// <summary>The spans that start at or before <paramref name="position"/> and end after it; positions must not decrease.</summary>
    public List<T> OpenAt(int position)
    {
        while (_next < _spans.Count && _start(_spans[_next]) <= position)
        {
            _open.Add(_spans[_next++]);
        }

        _open.RemoveAll(span => _end(span) <= position);
        return _open;
    }
}
