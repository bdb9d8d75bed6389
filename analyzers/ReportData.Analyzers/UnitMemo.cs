using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using ReportData.Authoring.Units;

namespace ReportData.Analyzers;

/// <summary>
/// Answers already found, for the whole compilation: each operation, local and field is worked out once, so a sum of
/// N terms costs N steps however many of its <c>+</c> the analyzer is asked about. Answers about operations live as
/// long as their operation tree (a weak table); answers about locals and fields as long as the compilation.
/// </summary>
internal sealed class UnitMemo
{
    private readonly ConditionalWeakTable<IOperation, Dictionary<int, FigureUnit?>> _operations = new();
    private readonly ConcurrentDictionary<UnitQuery, FigureUnit?> _symbols = new();

    public bool TryGet(UnitQuery query, out FigureUnit? unit)
    {
        if (query.Node is IOperation operation)
        {
            unit = null;
            if (!_operations.TryGetValue(operation, out var parts))
            {
                return false;
            }

            lock (parts)
            {
                return parts.TryGetValue(query.Part, out unit);
            }
        }

        return _symbols.TryGetValue(query, out unit);
    }

    public void Set(UnitQuery query, FigureUnit? unit)
    {
        if (query.Node is IOperation operation)
        {
            var parts = _operations.GetValue(operation, static _ => new Dictionary<int, FigureUnit?>());
            lock (parts)
            {
                parts[query.Part] = unit;
            }

            return;
        }

        _symbols[query] = unit;
    }
}
