using System.Linq;

namespace ReportData.Tool.Drafting;

/// <summary>
/// A bare 万 or 亿 (新增参保2.35万, 接待游客135.3万): the unit the list's last number or the clause's counted noun completes it to,
/// as docs/authoring.md's convention records it (unit as printed, correctedUnit, a note).
/// </summary>
internal static class BareUnit
{
    /// <summary>
    /// Nouns of people with no 人 in them: 1000多万高中毕业生, 500多万在校生, 1.2亿农民 count persons. Not after a number in words,
    /// which so placed names a programme (实施千万农民增收致富促进行动).
    /// </summary>
    private static readonly string[] PeopleNouns = { "毕业生", "在校生", "群众", "职工", "居民", "农民", "劳动力", "劳动者", "儿童", "党员", "学员", "员额" };

    public static string? Complete(string clause, PrintedQuantity quantity)
    {
        if (quantity.BareMagnitude is not { } magnitude)
        {
            return null;
        }

        if (quantity.Unit.StartsWith(magnitude, System.StringComparison.Ordinal))
        {
            // 10.6万、3.8万、3.3万平方公里: the unit printed after the list's last number (NumberScanner).
            return quantity.Unit;
        }

        if (clause.Contains("人次") || clause.Contains("游客") || clause.Contains("接待"))
        {
            return magnitude + "人次";
        }

        if (clause.Contains("人") || clause.Contains("就业") || clause.Contains("参保") || clause.Contains("学生") || clause.Contains("人才")
            || (quantity.Words is null && PeopleNouns.Any(clause.Contains)))
        {
            return magnitude + "人";
        }

        if (magnitude == "亿" && (clause.Contains("产值") || clause.Contains("收入") || clause.Contains("投资") || clause.Contains("资金") || clause.Contains("额")))
        {
            return "亿元";
        }

        // 惠及2900多万家庭: households are counted in 户 (改造农村危房2400多万户).
        if (clause.Contains("户") || (quantity.Words is null && clause.Contains("家庭")))
        {
            return magnitude + "户";
        }

        return null;
    }
}
