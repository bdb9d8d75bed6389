using ReportData.Generator.Units;

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
}

/// <summary>The generator's reading of Chinese numerals (千 → 1000, 两百 → 200), for figures printed in words.</summary>
public static class NumeralWords
{
    /// <summary>The digits the words spell, as the shortest exact literal; false when they spell no number.</summary>
    public static bool TryDigits(string words, out string digits)
    {
        if (ReportData.Generator.Provenance.NumberWords.TryParse(words, out var value) && value > 0)
        {
            digits = ReportData.Generator.Emitting.DecimalLiteral.Format(value);
            return true;
        }

        digits = string.Empty;
        return false;
    }
}
