using ReportData.Authoring.Numbers;
using ReportData.Authoring.Units;

namespace ReportData.Tool.Generator;

/// <summary>The generator's unit table, as the drafting engine needs it: is a printed unit known, and which member suffix it gives.</summary>
public static class PrintedUnits
{
    /// <summary>The longest printed unit the generator knows.</summary>
    public const int LongestUnit = 7;

    /// <summary>True when the generator accepts <paramref name="printed"/> as a unit; <paramref name="suffix"/> is then its member suffix (<c>Billion</c>).</summary>
    public static bool TryGetSuffix(string printed, out string suffix)
    {
        if (printed.Length > 0 && UnitTable.TryGet(printed, out var unit))
        {
            suffix = unit.Suffix;
            return true;
        }

        suffix = string.Empty;
        return false;
    }

    /// <summary>
    /// The member suffix and dimension of <paramref name="printed"/> per <paramref name="per"/> persons (元 per 人:
    /// <c>YuanPerCapita</c>, <c>MoneyCnyPerCapita</c>), as the generator reads a figure's <c>per</c>; false when there is no such rate.
    /// </summary>
    public static bool TryGetRate(string printed, string per, out string suffix, out string dimension)
    {
        if (printed.Length > 0 && UnitTable.TryGet(printed, out var unit) && UnitTable.TryGetRate(unit, per, out var rate))
        {
            suffix = rate.Suffix;
            dimension = UnitTable.DimensionOf(rate.FigureUnit);
            return true;
        }

        suffix = dimension = string.Empty;
        return false;
    }

    /// <summary>What <paramref name="printed"/> measures (<c>MoneyCny</c>, <c>Ratio</c>), as the key consistency check (RD1014) names it; null when the unit is unknown.</summary>
    public static string? DimensionOf(string printed) =>
        printed.Length > 0 && UnitTable.TryGet(printed, out var unit) ? UnitTable.DimensionOf(unit.FigureUnit) : null;
}

/// <summary>The generator's reading of Chinese numerals (千 → 1000, 两百 → 200), for figures printed in words.</summary>
public static class NumeralWords
{
    /// <summary>The digits the words spell, as the shortest exact literal; false when they spell no number.</summary>
    public static bool TryDigits(string words, out string digits)
    {
        if (ReportData.Authoring.Numbers.NumberWords.TryParse(words, out var value) && value > 0)
        {
            digits = ReportData.Authoring.Numbers.DecimalLiteral.Format(value);
            return true;
        }

        digits = string.Empty;
        return false;
    }
}
