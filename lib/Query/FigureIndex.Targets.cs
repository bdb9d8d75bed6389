using System;
using System.Collections.Generic;

namespace ReportData;

/// <summary>Targets against actuals: the actual a target is for, and every pair in the index checked.</summary>
public sealed partial class FigureIndex
{
    /// <summary>
    /// The actual that <paramref name="target"/> is a target for: same place, key and year, a unit of the same dimension
    /// (the same unit first), kind <see cref="FigureKind.Actual"/>; a final figure before an estimate. Null when the figures hold none, as
    /// for a multi-year goal or a target whose year no report in the index has reviewed yet.
    /// </summary>
    public Figure? FindActualFor(Figure target)
    {
        if (target is null)
        {
            throw new ArgumentNullException(nameof(target));
        }

        if (target.Kind != FigureKind.Target || target.Year is null)
        {
            return null;
        }

        Figure? found = null;
        foreach (var actual in Lookup(target.Place, target.Year, target.Key, FigureKind.Actual, null))
        {
            // At most a handful share place, year and key (one per unit); this is not a scan of the index.
            if (actual.Dimension == target.Dimension && (found is null || IsBetterActual(actual, found, target)))
            {
                found = actual;
            }
        }

        return found;
    }

    /// <summary>
    /// Every target that has its actual in the index, checked against it (see <see cref="TargetCheck"/>), in result
    /// order. <paramref name="aboutTolerance"/> decides targets worded 左右; null means <see cref="AboutTolerance.Default"/>.
    /// Computed on each call: O(number of targets).
    /// </summary>
    public IReadOnlyList<TargetComparison> CompareTargetsWithActuals(AboutTolerance? aboutTolerance = null)
    {
        var comparisons = new List<TargetComparison>();
        foreach (var target in Lookup(null, null, null, FigureKind.Target, null))
        {
            if (FindActualFor(target) is { } actual)
            {
                comparisons.Add(TargetCheck.Compare(target, actual, aboutTolerance));
            }
        }

        return comparisons.AsReadOnly();
    }

    /// <summary>A final figure before an estimate; between two equally final ones, the target's own unit.</summary>
    private static bool IsBetterActual(Figure candidate, Figure found, Figure target) =>
        found.IsEstimate != candidate.IsEstimate ? found.IsEstimate : found.Unit != target.Unit && candidate.Unit == target.Unit;
}
