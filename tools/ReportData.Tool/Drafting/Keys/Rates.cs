using ReportData.Tool.Generator;

namespace ReportData.Tool.Drafting;

/// <summary>
/// The population a figure is a rate of, as its label prints it (docs/authoring.md, "Rates"): 人均… per 人,
/// 每万人/万人… per 万人, 每千人/千人… per 千人. Only where the generator has that rate of the unit (元 per 人,
/// 件 per 万人): 人均 before a growth rate or a count of persons is not a rate of the figure.
/// </summary>
internal static class Rates
{
    public static string? PerOf(string label, string unit)
    {
        var per = label.Contains("每万人") || label.StartsWith("万人", System.StringComparison.Ordinal) ? "万人"
            : label.Contains("每千人") || label.StartsWith("千人", System.StringComparison.Ordinal) ? "千人"
            : label.Contains("人均") ? "人"
            : null;
        return per is not null && PrintedUnits.TryGetRate(unit, per, out _, out _) ? per : null;
    }
}
