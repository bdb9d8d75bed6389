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
