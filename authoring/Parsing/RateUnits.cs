using ReportData.Authoring.Diagnostics;
using ReportData.Authoring.Shared;
using ReportData.Authoring.Units;

namespace ReportData.Authoring.Parsing;

/// <summary>
/// Turns a figure's printed unit into a rate when it has <c>per:</c>: 万人发明专利拥有量 9 件 is printed with 件,
/// its denominator (万人) is in the label, and <c>per: 万人</c> makes it a count per 10,000 persons
/// (<c>CountPer10kPersons</c>) instead of a plain count.
/// </summary>
internal static class RateUnits
{
    /// <summary>
    /// The figure's unit with its <paramref name="per"/> applied; null (after RD1015) when the rate makes no sense: a
    /// unit that has no rate per that population (% per person), or a label that does not name the denominator.
    /// </summary>
    public static UnitInfo? Apply(FieldReader fields, UnitInfo? unit, string? per, string? label, string key)
    {
        if (per is null || unit is null)
        {
            return unit;
        }

        if (!UnitTable.TryGetRate(unit, per, out var rate))
        {
            fields.Report(DiagnosticDescriptors.InvalidRate, fields.LocationOf("per"), key,
                "has no rate unit for " + DescribeUnit(unit) + " per " + per + "; rates are counts (家, 件, 个 ...) or persons per 万人 or 千人, and 元 or 平方米 per 人 (人均)");
            return null;
        }

        if (label is not null && !NamesDenominator(label, per))
        {
            fields.Report(DiagnosticDescriptors.InvalidRate, fields.LocationOf("per"), key,
                "is per " + per + " but its label '" + DiagnosticText.Shorten(label) + "' does not say so; the label must carry the denominator as printed ("
                + (per == "人" ? "人均 or 每人" : per + " or 每" + per) + ")");
            return null;
        }

        return rate;
    }

    /// <summary>The denominator must be printed in the label: 万人发明专利拥有量, 每千人床位数, 人均可支配收入.</summary>
    private static bool NamesDenominator(string label, string per) => per == "人"
        ? label.Contains("人均") || label.Contains("每人")
        : label.Contains(per);

    private static string DescribeUnit(UnitInfo unit) => unit.FigureUnit == FigureUnit.None ? "a pure number" : unit.FigureUnit.ToString();
}
