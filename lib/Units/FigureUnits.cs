using System;

// Compiled by the authoring core (member suffixes and English names come from here) and the unit analyzer (exact
// factors) too, see lib/FigureUnit.cs.
#if REPORTDATA_SHARED_UNITS
namespace ReportData.Authoring.Units;
#else
namespace ReportData;
#endif

/// <summary>
/// What each <see cref="FigureUnit"/> is: its <see cref="UnitDimension"/>, its exact size in the dimension's
/// base unit, its English name; and exact conversions between units of one dimension.
/// </summary>
/// <remarks>
/// Sizes are exact fractions of decimals (a mu is 2000/3 m², a jin 1/2 kg), so that 15 万亩 is exactly
/// 10,000 公顷 and 1 亿元 exactly 0.1 <see cref="FigureUnit.BillionYuan"/>: a conversion multiplies once and
/// divides once, in decimal, and rounds only when the result becomes a double.
/// </remarks>
public static class FigureUnits
{
    /// <summary>What the unit measures.</summary>
    public static UnitDimension Dimension(this FigureUnit unit) => Facts(unit).Dimension;

    /// <summary>The unit in English, as the generated documentation writes it (<c>billion yuan</c>, <c>km²</c>); empty for <see cref="FigureUnit.None"/>.</summary>
    public static string EnglishName(this FigureUnit unit) => Facts(unit).English;

    /// <summary>True when <paramref name="from"/> and <paramref name="to"/> measure the same dimension, so that values convert exactly.</summary>
    public static bool CanConvert(this FigureUnit from, FigureUnit to) => Facts(from).Dimension == Facts(to).Dimension;

    /// <summary>
    /// <paramref name="value"/> in <paramref name="from"/>, expressed in <paramref name="to"/>: <c>Convert(212.52, BillionYuan, Yuan)</c>
    /// is 212,520,000,000. Exact in decimal; rounded once, to the nearest double.
    /// </summary>
    /// <exception cref="UnitConversionException">The units measure different dimensions (yuan and percent).</exception>
    public static double Convert(double value, FigureUnit from, FigureUnit to)
    {
        var (numerator, denominator) = Ratio(from, to);
        if (numerator == denominator || double.IsNaN(value) || double.IsInfinity(value))
        {
            return numerator == denominator ? value : value * (double)numerator / (double)denominator;
        }

        try
        {
            return (double)((decimal)value * numerator / denominator);
        }
        catch (OverflowException)
        {
            // Beyond decimal's range (about 7.9e28): double arithmetic, the best there is.
            return value * (double)numerator / (double)denominator;
        }
    }

    /// <summary>
    /// <paramref name="value"/> in <paramref name="from"/>, expressed in <paramref name="to"/>, in decimal arithmetic
    /// (named apart from <see cref="Convert(double, FigureUnit, FigureUnit)"/> so that <c>Convert(15, ...)</c> is not ambiguous)
    /// (rounded to decimal's 28 digits only where the factor is not a finite decimal, as for mu to hectares).
    /// </summary>
    /// <exception cref="UnitConversionException">The units measure different dimensions.</exception>
    /// <exception cref="OverflowException">The result is beyond decimal's range.</exception>
    public static decimal ConvertDecimal(decimal value, FigureUnit from, FigureUnit to)
    {
        var (numerator, denominator) = Ratio(from, to);
        return numerator == denominator ? value : value * numerator / denominator;
    }

    /// <summary>The factor from <paramref name="from"/> to <paramref name="to"/> as an exact fraction: multiply by the numerator, divide by the denominator.</summary>
    /// <exception cref="UnitConversionException">The units measure different dimensions.</exception>
    public static (decimal Numerator, decimal Denominator) Ratio(FigureUnit from, FigureUnit to)
    {
        var source = Facts(from);
        var target = Facts(to);
        if (source.Dimension != target.Dimension)
        {
            throw new UnitConversionException(from, to);
        }

        // from = source.Numerator / source.Denominator base units; to likewise.
        return (source.Numerator * target.Denominator, source.Denominator * target.Numerator);
    }

    /// <summary>The suffix generated member names take for the unit (<c>Billion</c> in <c>GdpBillion</c>).</summary>
    internal static string MemberSuffix(FigureUnit unit) => Facts(unit).Suffix;

    /// <summary>
    /// Every fact about a unit: its dimension, its size in the dimension's base unit as Numerator / Denominator, its
    /// member suffix and English name. A switch, not a dictionary: no allocation, and the compiler lists a missing member.
    /// </summary>
    private static (UnitDimension Dimension, decimal Numerator, decimal Denominator, string Suffix, string English) Facts(FigureUnit unit) => unit switch
    {
        FigureUnit.None => (UnitDimension.None, 1m, 1m, string.Empty, string.Empty),
        FigureUnit.BillionYuan => (UnitDimension.MoneyCny, 1_000_000_000m, 1m, "Billion", "billion yuan"),
        FigureUnit.Yuan => (UnitDimension.MoneyCny, 1m, 1m, "Yuan", "yuan"),
        FigureUnit.BillionUsd => (UnitDimension.MoneyUsd, 1_000_000_000m, 1m, "UsdBillion", "billion US dollars"),
        FigureUnit.Usd => (UnitDimension.MoneyUsd, 1m, 1m, "Usd", "US dollars"),
        FigureUnit.Percent => (UnitDimension.Ratio, 1m, 100m, "Percent", "percent"),
        FigureUnit.PerMille => (UnitDimension.Ratio, 1m, 1000m, "PerMille", "per mille"),
        FigureUnit.PercentagePoints => (UnitDimension.PercentagePoints, 1m, 1m, "PercentagePoints", "percentage points"),
        FigureUnit.Persons => (UnitDimension.Persons, 1m, 1m, "Persons", "persons"),
        FigureUnit.PersonTimes => (UnitDimension.PersonTimes, 1m, 1m, "PersonTimes", "person-times"),
        FigureUnit.Count => (UnitDimension.Count, 1m, 1m, "Count", "count"),
        FigureUnit.MicrogramsPerCubicMetre => (UnitDimension.Concentration, 1m, 1m, "MicrogramsPerCubicMetre", "µg/m³"),
        FigureUnit.SquareMetres => (UnitDimension.Area, 1m, 1m, "SquareMetres", "m²"),
        FigureUnit.SquareKilometres => (UnitDimension.Area, 1_000_000m, 1m, "SquareKilometres", "km²"),
        // 1 公顷 = 15 亩 exactly, so 1 亩 = 10,000/15 = 2,000/3 m².
        FigureUnit.Mu => (UnitDimension.Area, 2000m, 3m, "Mu", "mu"),
        FigureUnit.Hectares => (UnitDimension.Area, 10_000m, 1m, "Hectares", "hectares"),
        FigureUnit.Kilometres => (UnitDimension.Length, 1000m, 1m, "Kilometres", "km"),
        FigureUnit.Metres => (UnitDimension.Length, 1m, 1m, "Metres", "m"),
        FigureUnit.Tonnes => (UnitDimension.Mass, 1000m, 1m, "Tonnes", "tonnes"),
        FigureUnit.TonnesOfStandardCoal => (UnitDimension.CoalEquivalent, 1m, 1m, "TonnesOfStandardCoal", "tonnes of standard coal"),
        FigureUnit.Kilowatts => (UnitDimension.Power, 1m, 1m, "Kilowatts", "kW"),
        FigureUnit.KilowattHours => (UnitDimension.Energy, 1m, 1m, "KilowattHours", "kWh"),
        // 1 斤 = 0.5 kg (the market jin since 1959).
        FigureUnit.Jin => (UnitDimension.Mass, 1m, 2m, "Jin", "jin"),
        FigureUnit.Kilograms => (UnitDimension.Mass, 1m, 1m, "Kilograms", "kg"),
        FigureUnit.FenPerKilowattHour => (UnitDimension.ElectricityPrice, 1m, 1m, "FenPerKilowattHour", "fen per kWh"),
        FigureUnit.CubicMetres => (UnitDimension.Volume, 1m, 1m, "CubicMetres", "m³"),
        FigureUnit.Teu => (UnitDimension.Containers, 1m, 1m, "Teu", "TEU"),
        FigureUnit.Years => (UnitDimension.Years, 1m, 1m, "Years", "years"),
        FigureUnit.Days => (UnitDimension.Time, 86_400m, 1m, "Days", "days"),
        FigureUnit.Hours => (UnitDimension.Time, 3600m, 1m, "Hours", "hours"),
        FigureUnit.Minutes => (UnitDimension.Time, 60m, 1m, "Minutes", "minutes"),
        FigureUnit.CountPer10kPersons => (UnitDimension.CountPerPopulation, 1m, 10_000m, "Per10kPersons", "per 10,000 persons"),
        FigureUnit.CountPer1kPersons => (UnitDimension.CountPerPopulation, 1m, 1000m, "Per1kPersons", "per 1,000 persons"),
        FigureUnit.PersonsPer10kPersons => (UnitDimension.PersonsPerPopulation, 1m, 10_000m, "PersonsPer10kPersons", "persons per 10,000 persons"),
        FigureUnit.PersonsPer1kPersons => (UnitDimension.PersonsPerPopulation, 1m, 1000m, "PersonsPer1kPersons", "persons per 1,000 persons"),
        FigureUnit.YuanPerCapita => (UnitDimension.MoneyCnyPerCapita, 1m, 1m, "YuanPerCapita", "yuan per person"),
        FigureUnit.SquareMetresPerCapita => (UnitDimension.AreaPerCapita, 1m, 1m, "SquareMetresPerCapita", "m² per person"),
        FigureUnit.Petaflops => (UnitDimension.ComputingPower, 1m, 1m, "Petaflops", "PFLOPS"),
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, "Not a FigureUnit member."),
    };
}
