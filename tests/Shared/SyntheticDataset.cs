using System;
using System.Globalization;
using System.IO;
using System.Text;

namespace ReportData.Testing;

/// <summary>
/// Writes a synthetic dataset shaped like the seeds: report files of <see cref="FiguresPerReport"/>
/// figures (a large real report has 100 to 300), each beside a report text that holds every quote, so the
/// generator does all its checks and reports nothing. Deterministic: the same size gives the same files.
/// About 200 bytes of YAML per figure, as in the seeds.
/// </summary>
public static class SyntheticDataset
{
    public const int FiguresPerReport = 250;

    public const string CompleteMarker = "COMPLETE";

    private const int YearsPerCity = 25;

    private static readonly (string Unit, string Verb)[] Units =
    {
        ("亿元", "达到"), ("%", "增长"), ("万人", "新增"), ("家", "新增"), ("个百分点", "提高"), ("公里", "建成"), ("万吨", "削减"), ("万平方米", "改造"),
    };

    private static readonly string[] Bounds = { "about", "atLeast", "atMost", "reach" };

    private static readonly string[] Topics = { "全市生产总值", "城镇居民人均可支配收入", "规模以上工业增加值", "社会消费品零售总额", "高新技术产业投资", "城乡居民收入", "一般公共预算收入", "研究与试验发展经费" };

    public static void Write(string directory, int figures)
    {
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }

        Directory.CreateDirectory(directory);
        var reports = (figures + FiguresPerReport - 1) / FiguresPerReport;
        for (var report = 0; report < reports; report++)
        {
            var count = Math.Min(FiguresPerReport, figures - (report * FiguresPerReport));
            WriteReport(directory, report, count);
        }

        File.WriteAllText(Path.Combine(directory, CompleteMarker), figures.ToString(CultureInfo.InvariantCulture) + " figures\n");
    }

    private static void WriteReport(string directory, int report, int count)
    {
        var city = "Synth" + (report / YearsPerCity).ToString("D4", CultureInfo.InvariantCulture);
        var year = 1990 + (report % YearsPerCity);
        var name = city.ToLowerInvariant() + "-" + Int(year);
        var yaml = new StringBuilder(count * 220);
        var text = new StringBuilder(count * 80);
        yaml.Append("report:\n")
            .Append("  city: ").Append(city).Append('\n')
            .Append("  cityName: 合成").Append(Int(report / YearsPerCity)).Append("市\n")
            .Append("  year: ").Append(Int(year)).Append('\n')
            .Append("  reviews: ").Append(Int(year - 1)).Append('\n')
            .Append("  targetsFor: ").Append(Int(year)).Append('\n')
            .Append("  text: ").Append(name).Append(".txt\n")
            .Append("figures:\n");
        text.Append(Int(year)).Append("年合成市政府工作报告\n\n");

        for (var i = 0; i < count; i++)
        {
            var (unit, verb) = Units[i % Units.Length];
            var isTarget = i % 5 == 4;
            var topic = Topics[(i / Units.Length) % Topics.Length];
            var label = topic + "第" + Int(i) + "项";
            var value = ((report * 7919) + (i * 104729)) % 100000 / 10m;
            var printed = value.ToString("0.0", CultureInfo.InvariantCulture);
            var quote = isTarget
                ? label + verb + printed + unit + (i % 2 == 0 ? "左右" : "以上")
                : label + verb + printed + unit + "，比上年有较大提升";
            yaml.Append("  - key: Indicator").Append(i.ToString("D3", CultureInfo.InvariantCulture)).Append('\n')
                .Append("    year: ").Append(Int(isTarget ? year : year - 1)).Append('\n');
            if (isTarget)
            {
                yaml.Append("    kind: target\n").Append("    bound: ").Append(Bounds[i % Bounds.Length]).Append('\n');
            }

            yaml.Append("    label: ").Append(label).Append('\n')
                .Append("    value: ").Append(printed).Append('\n')
                .Append("    unit: \"").Append(unit).Append("\"\n")
                .Append("    quote: ").Append(quote).Append('\n');
            text.Append(quote).Append(i % 4 == 3 ? "。\n" : "，");
        }

        File.WriteAllText(Path.Combine(directory, name + ".report.yaml"), yaml.ToString());
        File.WriteAllText(Path.Combine(directory, name + ".txt"), text.ToString());
    }

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);
}
