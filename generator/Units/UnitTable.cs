using System.Collections.Generic;

namespace ReportData.Generator.Units;

/// <summary>
/// The generator's view of lib/'s printed-unit table (<see cref="PrintedUnits"/>, compiled into this assembly
/// from lib/Units/PrintedUnits.cs): the runtime member name, member suffix and factor of a printed unit. The
/// generator derives a member's suffix and value from here, so a constant's name cannot disagree with its unit,
/// and the runtime's <c>Figure.Multiplier</c> reads the same table, so the two cannot disagree either.
/// </summary>
internal static class UnitTable
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
        if (PrintedUnits.TryGetRate(numerator.Unit, per, out var rateUnit))
        {
            rate = Info(rateUnit, numerator.Factor);
            return true;
        }

        rate = null!;
        return false;
    }

    /// <summary>Every runtime <c>FigureUnit</c> member the table can produce (checked against the runtime enum by a test).</summary>
    public static IEnumerable<string> FigureUnits
    {
        get
        {
            foreach (var unit in PrintedUnits.Units)
            {
                yield return unit.ToString();
            }
        }
    }

    /// <summary>The dimension of a runtime <c>FigureUnit</c> member, by name (for the key consistency check).</summary>
    public static string DimensionOf(string figureUnit) =>
        System.Enum.TryParse<FigureUnit>(figureUnit, out var unit) ? unit.Dimension().ToString() : figureUnit;

    private static UnitInfo Info(FigureUnit unit, decimal factor) =>
        new(unit.ToString(), Units.FigureUnits.MemberSuffix(unit), factor, unit.EnglishName()) { Unit = unit };
}
