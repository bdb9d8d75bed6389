namespace ReportData.Tests.Infrastructure;

/// <summary>Small report files for generator tests: one city, two figures, and the text they quote.</summary>
public static class Fixtures
{
    public const string ReportText = "全市生产总值达到2125.2亿元、增长6.8%。建议今年的主要预期目标为：地区生产总值增长7%左右。";

    /// <summary>A valid report file: line 2 is <c>report:</c>, figures start on line 9.</summary>
    public const string ValidYaml =
        "# a minimal report\n" +
        "report:\n" +
        "  city: Testville\n" +
        "  cityName: 测试市\n" +
        "  year: 2024\n" +
        "  reviews: 2023\n" +
        "  targetsFor: 2024\n" +
        "  text: report.txt\n" +
        "figures:\n" +
        "  - key: Gdp\n" +
        "    year: 2023\n" +
        "    label: 全市生产总值\n" +
        "    value: 2125.2\n" +
        "    unit: 亿元\n" +
        "    quote: 全市生产总值达到2125.2亿元\n" +
        "  - key: GdpGrowth\n" +
        "    year: 2024\n" +
        "    kind: target\n" +
        "    bound: about\n" +
        "    label: 地区生产总值增长\n" +
        "    value: 7\n" +
        "    unit: \"%\"\n" +
        "    quote: 地区生产总值增长7%左右\n";
}
