using System.Collections.Generic;
using ReportData.Generator.Model;

namespace ReportData.Generator.Units;

/// <summary>
/// The generator's view of lib/'s printed-unit table (<see cref="PrintedUnits"/>, compiled into this assembly
/// from lib/Units/PrintedUnits.cs): the model's unit code, member suffix and factor of a printed unit. The
/// generator derives a member's suffix and value from here, so a constant's name cannot disagree with its unit,
/// and the runtime's <c>Figure.UnitMultiplier</c> reads the same table, so the two cannot disagree either.
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
        if (PrintedUnits.TryGetRate(Runtime(numerator.FigureUnit), per, out var rateUnit))
        {
            rate = Info(rateUnit, numerator.Factor);
            return true;
        }

        rate = null!;
        return false;
    }

    /// <summary>Every runtime <c>FigureUnit</c> member the table can produce, rates included (checked against the runtime enum by a test).</summary>
    public static IEnumerable<FigureUnitCode> FigureUnits
    {
        get
        {
            foreach (var unit in PrintedUnits.Units)
            {
                yield return Code(unit);
            }
        }
    }

    /// <summary>What a unit measures, by name (for the key consistency check, RD1014).</summary>
    public static string DimensionOf(FigureUnitCode unit) => Runtime(unit).Dimension().ToString();

    private static UnitInfo Info(FigureUnit unit, decimal factor) =>
        new(Code(unit), Units.FigureUnits.MemberSuffix(unit), factor, unit.EnglishName());

    // FigureUnitCode and lib's FigureUnit (compiled in here) have the same names and numbers: a test compares them.
    private static FigureUnitCode Code(FigureUnit unit) => (FigureUnitCode)(int)unit;

    private static FigureUnit Runtime(FigureUnitCode unit) => (FigureUnit)(int)unit;
}
