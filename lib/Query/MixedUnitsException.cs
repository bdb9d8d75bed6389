using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;

namespace ReportData;

/// <summary>
/// A query for one indicator found its figures in more than one unit, and the caller did not say which unit
/// to return them in. Pass one (<c>index.Series("Quzhou", "Gdp", FigureUnit.Yuan)</c>) to have them converted,
/// where the units measure the same dimension. The message lists the units and the figures in each.
/// </summary>
public sealed class MixedUnitsException : InvalidOperationException
{
    /// <summary>Creates the exception for <paramref name="query"/>, which found <paramref name="figures"/>.</summary>
    public MixedUnitsException(string query, IReadOnlyList<Figure> figures)
        : base(Describe(query, figures ?? throw new ArgumentNullException(nameof(figures))))
    {
        Units = new ReadOnlyCollection<FigureUnit>(figures.Select(figure => figure.Unit).Distinct().OrderBy(unit => unit).ToList());
    }

    /// <summary>The units found, in enum order.</summary>
    public IReadOnlyList<FigureUnit> Units { get; }

    private static string Describe(string query, IReadOnlyList<Figure> figures)
    {
        var byUnit = figures.GroupBy(figure => figure.Unit).OrderBy(group => group.Key)
            .Select(group => group.Key + " (" + group.Key.Dimension() + "): " + string.Join(", ", group.Select(figure => figure.Id)));
        return query + " found figures in more than one unit: " + string.Join("; ", byUnit)
            + ". Pass the unit to return them in (converted where the dimension allows), or query the figures one unit at a time.";
    }
}
