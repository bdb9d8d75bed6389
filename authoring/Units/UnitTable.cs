using System.Collections.Generic;

namespace ReportData.Authoring.Units;

/// <summary>
/// The generator's view of lib/'s printed-unit table (<see cref="PrintedUnits"/>, compiled into this assembly
/// from lib/Units/PrintedUnits.cs): the model's unit, member suffix and factor of a printed unit. The
/// generator derives a member's suffix and value from here, so a constant's name cannot disagree with its unit,
/// and the runtime's <c>Figure.UnitMultiplier</c> reads the same table, so the two cannot disagree either.
/// </summary>
public static class UnitTable
{
    /// <summary>Looks up a printed unit; false when it is unknown.</summary>
    public static bool TryGet(string printedUnit, out UnitInfo unit)
    {
        if (PrintedUnits.TryGet(printedUnit, out var printed))
        {
            unit = Info(printed.Unit, printed.Factor);
            return true;
        }

        unit = null!;
        return false;
    }

    /// <summary>
    /// The rate unit of <paramref name="numerator"/> per <paramref name="per"/> persons (件 per 万人); the factor stays the
    /// numerator's (万元 per 人 is 10,000 yuan per person). False when there is no such rate.
    /// </summary>
    public static bool TryGetRate(UnitInfo numerator, string per, out UnitInfo rate)
    {
        if (PrintedUnits.TryGetRate(numerator.FigureUnit, per, out var rateUnit))
        {
            rate = Info(rateUnit, numerator.Factor);
            return true;
        }

        rate = null!;
        return false;
    }

    /// <summary>Every runtime <c>FigureUnit</c> member the table can produce, rates included (checked against the runtime enum by a test).</summary>
    public static IEnumerable<FigureUnit> FigureUnits => PrintedUnits.Units;

    /// <summary>What a unit measures, by name (for the key consistency check, RD1014).</summary>
    public static string DimensionOf(FigureUnit unit) => unit.Dimension().ToString();

    private static UnitInfo Info(FigureUnit unit, decimal factor) =>
        new(unit, Units.FigureUnits.MemberSuffix(unit), factor, unit.EnglishName());
}
