using System.Collections.Generic;

namespace ReportData;

/// <summary>The two ways a query result keeps one unit: refuse a mix, or convert every figure into the unit asked for.</summary>
internal static class UnitSafety
{
    /// <summary><paramref name="figures"/>, when they share one unit; else <see cref="MixedUnitsException"/>. O(length), no allocation.</summary>
    public static IReadOnlyList<Figure> OneUnit(IReadOnlyList<Figure> figures, string query)
    {
        for (var i = 1; i < figures.Count; i++)
        {
            if (figures[i].Unit != figures[0].Unit)
            {
                throw new MixedUnitsException(query, figures);
            }
        }

        return figures;
    }

    /// <summary>
    /// <paramref name="figures"/> with <see cref="Figure.Value"/>, <see cref="Figure.ValueHigh"/> and <see cref="Figure.Unit"/> in
    /// <paramref name="unit"/>: the list itself when they already are, else copies of the figures that are not
    /// (<c>with</c>: id, printed value and unit, quote and source unchanged).
    /// </summary>
    /// <exception cref="UnitConversionException">A figure measures another dimension.</exception>
    public static IReadOnlyList<Figure> In(IReadOnlyList<Figure> figures, FigureUnit unit)
    {
        var allInUnit = true;
        foreach (var figure in figures)
        {
            // Checks every figure first, so that a mix of dimensions throws even when the first ones convert.
            FigureUnits.Ratio(figure.Unit, unit);
            allInUnit &= figure.Unit == unit;
        }

        if (allInUnit)
        {
            return figures;
        }

        var converted = new List<Figure>(figures.Count);
        foreach (var figure in figures)
        {
            converted.Add(figure.Unit == unit ? figure : figure with { Value = figure.ValueIn(unit), ValueHigh = figure.ValueHighIn(unit), Unit = unit });
        }

        return converted.AsReadOnly();
    }
}
