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

    /// <summary>How the hint name of the source generated for <see cref="ValidYaml"/> ends: its city and its file's name.</summary>
    public const string GeneratedReportFile = "Testville.test.report.g.cs";

    /// <summary>The <c>report:</c> block of <see cref="ValidYaml"/> up to <c>figures:</c>: a test adds its own figures.</summary>
    public static readonly string Header = ValidYaml.Substring(0, ValidYaml.IndexOf("figures:\n", System.StringComparison.Ordinal) + "figures:\n".Length);

    /// <summary>
    /// <see cref="ValidYaml"/> as the report of another year (its figures unchanged): two files of one place must be reports
    /// of different years (RD1016), so tests of two files give one of them this.
    /// </summary>
    public static string ValidYamlDeliveredIn(int year) =>
        ValidYaml.Replace("  cityName: 测试市\n  year: 2024\n", "  cityName: 测试市\n  year: " + year.ToString(System.Globalization.CultureInfo.InvariantCulture) + "\n");

    /// <summary>One figure of 2023 for <see cref="Header"/>, labelled 指标: the unit as YAML (<c>"\"%\""</c>, or with more fields after it).</summary>
    public static string Figure(string key, string value, string unit, string quote) =>
        "  - key: " + key + "\n    year: 2023\n    label: 指标\n    value: " + value + "\n    unit: " + unit + "\n    quote: " + quote + "\n";

    /// <summary>
    /// The 1-based line and column of <paramref name="snippet"/>'s first occurrence in <see cref="ValidYaml"/>, moved
    /// <paramref name="skip"/> characters on: <c>At("unit: 亿元", skip: 6)</c> is where the unit's value starts.
    /// Tests compute expected positions with it rather than write numbers that silently go stale.
    /// </summary>
    public static (int Line, int Column) At(string snippet, int skip = 0) => At(ValidYaml, snippet, skip);

    /// <summary>As <see cref="At(string, int)"/>, in <paramref name="yaml"/>, at the <paramref name="occurrence"/>-th occurrence (1-based).</summary>
    public static (int Line, int Column) At(string yaml, string snippet, int skip = 0, int occurrence = 1)
    {
        var index = -1;
        for (var i = 0; i < occurrence; i++)
        {
            index = yaml.IndexOf(snippet, index + 1, System.StringComparison.Ordinal);
            if (index < 0)
            {
                throw new System.ArgumentException("'" + snippet + "' does not occur " + occurrence + " times in the YAML.", nameof(snippet));
            }
        }

        index += skip;
        var lineStart = yaml.LastIndexOf('\n', System.Math.Max(index - 1, 0)) + 1;
        var line = 1;
        for (var i = 0; i < lineStart; i++)
        {
            line += yaml[i] == '\n' ? 1 : 0;
        }

        return (line, index - lineStart + 1);
    }
}
