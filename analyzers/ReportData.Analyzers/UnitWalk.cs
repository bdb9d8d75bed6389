using System.Collections.Generic;
using ReportData.Authoring.Units;

namespace ReportData.Analyzers;

/// <summary>
/// Works out one query with an explicit stack instead of recursion: no depth limit and no stack to overflow, however
/// long a sum or a chain of locals. A query is computed; if it needs answers not known yet, those are pushed above it
/// and it is computed again once they are known. A query that needs itself (a readonly field initialised from another
/// that is initialised from the first) finds itself waiting and takes that answer as unknown: never a guess.
/// </summary>
internal sealed class UnitWalk
{
    private readonly UnitMemo _memo;
    private readonly System.Func<UnitQuery, UnitWalk, FigureUnit?> _compute;
    private readonly Stack<UnitQuery> _stack = new();
    private readonly HashSet<UnitQuery> _waiting = new();
    private readonly List<UnitQuery> _missing = new();

    public UnitWalk(UnitMemo memo, System.Func<UnitQuery, UnitWalk, FigureUnit?> compute)
    {
        _memo = memo;
        _compute = compute;
    }

    public FigureUnit? Run(UnitQuery root)
    {
        if (_memo.TryGet(root, out var known))
        {
            return known;
        }

        _stack.Push(root);
        while (_stack.Count > 0)
        {
            var query = _stack.Peek();
            if (_memo.TryGet(query, out _))
            {
                _stack.Pop();
                _waiting.Remove(query);
                continue;
            }

            _missing.Clear();
            var unit = _compute(query, this);
            if (_missing.Count == 0)
            {
                _memo.Set(query, unit);
                _stack.Pop();
                _waiting.Remove(query);
                continue;
            }

            _waiting.Add(query);
            foreach (var dependency in _missing)
            {
                _stack.Push(dependency);
            }
        }

        _memo.TryGet(root, out known);
        return known;
    }

    /// <summary>The answer to <paramref name="dependency"/> if known; else null, and the query being computed is asked again once it is.</summary>
    public FigureUnit? Get(UnitQuery dependency)
    {
        if (_memo.TryGet(dependency, out var unit))
        {
            return unit;
        }

        if (!_waiting.Contains(dependency))
        {
            _missing.Add(dependency);
        }

        return null;
    }
}
