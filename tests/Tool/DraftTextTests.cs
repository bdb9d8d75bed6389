using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using NUnit.Framework;
using ReportData.Tests.Hardening;
using ReportData.Tests.Infrastructure;
using ReportData.Tool.Drafting;
using ReportData.Tool.Text;

namespace ReportData.Tests.Tool;

/// <summary>
/// <c>reportdata draft</c> on texts as they arrive: every encoding the build reads, and those it cannot (drafted,
/// with exit 1 and the command that converts them); texts in traditional characters, drafted with their quotes as
/// printed; and units beyond the seeds' (万标准箱, 万亿斤, 万亿美元, 千公顷, 微克／立方米).
/// </summary>
public class DraftTextTests
{
    private static string Corpus(string name) => DiagnosticCatalogueTests.RepositoryFile("../shared/corpus/" + name);

    [Test]
    public void TheGb18030CorpusTextDraftsTheSameFiguresAsItsUtf8CopyAndSaysTheBuildCannotReadIt()
    {
        using var folder = new ScratchFolder();
        var (gbCode, gbOutput, gbError) = CheckCommandTests.Run("draft", Corpus("encodings/hailar-2019.gb18030.txt"), "--city", "Hailar", "-o", folder.File("gb.report.yaml"));
        var (utf8Code, utf8Output, utf8Error) = CheckCommandTests.Run("draft", Corpus("hailar-2019.txt"), "--city", "Hailar", "-o", folder.File("utf8.report.yaml"));
        Assert.That(utf8Code, Is.EqualTo(0), utf8Error);
        Assert.That(utf8Output, Does.Contain("read as UTF-8."));
        Assert.That(gbCode, Is.EqualTo(1), "the draft is written, but the build cannot read the text: an error");
        Assert.That(gbOutput, Does.Contain("read as GB18030."));
        Assert.That(gbError, Does.Contain("is GB18030, which the build cannot read").And.Contain("iconv -f GB18030 -t UTF-8"));
        Assert.That(Figures(folder.File("gb.report.yaml")), Is.EqualTo(Figures(folder.File("utf8.report.yaml"))).And.Not.Empty);

        // The district's 2018 review, read from the text: 地区生产总值完成192.3亿元, 社会消费品零售总额完成174.2亿元.
        Assert.That(Figures(folder.File("gb.report.yaml")), Does.Contain("192.3 亿元 全年地区生产总值完成192.3亿元").And.Contain("174.2 亿元 社会消费品零售总额完成174.2亿元"));
    }

    [Test]
    public void ATextInUtf16WithAByteOrderMarkDraftsAsTheBuildReadsIt()
    {
        using var folder = new ScratchFolder();
        var text = File.ReadAllText(Corpus("hailar-2019.txt"));
        File.WriteAllBytes(folder.File("hailar-2019.txt"), Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(text)).ToArray());
        var (code, output, error) = CheckCommandTests.Run("draft", folder.File("hailar-2019.txt"), "--city", "Hailar");
        Assert.That(code, Is.EqualTo(0), error);
        Assert.That(output, Does.Contain("read as UTF-16 LE with a byte-order mark"));
        var (checkedCode, _, checkError) = CheckCommandTests.Run("check", folder.Path);
        Assert.That(Regex.Matches(checkError, @"error (RD\d{4})").Select(match => match.Groups[1].Value).Where(id => id != "RD4001"), Is.Empty, checkError);
        Assert.That(checkedCode, Is.EqualTo(1), "only the figures to review");
    }

    [Test]
    public void ABinaryFileIsAUsageErrorNamingIt()
    {
        using var folder = new ScratchFolder();
        File.WriteAllBytes(folder.File("noise.txt"), new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x80, 0xFF, 0x00, 0x41, 0x00, 0x00, 0xFF });
        var (code, _, error) = CheckCommandTests.Run("draft", folder.File("noise.txt"), "--city", "Noise", "--year", "2024", "--city-name", "某");
        Assert.That(code, Is.EqualTo(2));
        Assert.That(error, Does.Contain("noise.txt").And.Contain("is not UTF-8, UTF-16 or GB18030 text").And.Not.Contain("   at "));
    }

    [Test]
    public void ATraditionalCharacterTextDraftsWithItsQuotesAsPrintedAndChecksClean()
    {
        using var folder = new ScratchFolder();
        File.Copy(Path.Combine(GeneratorHarness.FixturesDirectory, "Traditional", "national-2024-excerpt.txt"), folder.File("national-2024.txt"));
        var (code, output, error) = CheckCommandTests.Run("draft", folder.File("national-2024.txt"), "--city", "Nation", "--city-name", "國務院", "--year", "2024");
        Assert.That(code, Is.EqualTo(0), error);
        Assert.That(output, Does.Contain("traditional characters (quotes kept as printed)"));
        var figures = Figures(folder.File("nation-2024.report.yaml"));

        // Read from the text: 城鎮新增就業1244萬人 (2023), 1200萬人以上 and 糧食產量1.3萬億斤以上 (2024 targets), 增加1800億元.
        Assert.That(figures.Where(f => f.StartsWith("1244 万人 ", System.StringComparison.Ordinal)).Single(), Does.Contain("城鎮新增就業1244萬人"));
        Assert.That(figures.Where(f => f.StartsWith("1200 万人 ", System.StringComparison.Ordinal)).Single(), Does.Contain("城鎮新增就業1200萬人以上"));
        Assert.That(figures.Where(f => f.StartsWith("1.3 万亿斤 ", System.StringComparison.Ordinal)).Single(), Does.Contain("糧食產量1.3萬億斤以上"));
        Assert.That(figures.Where(f => f.StartsWith("1800 亿元 ", System.StringComparison.Ordinal)).Single(), Does.Contain("1800億元"));

        var (_, _, checkError) = CheckCommandTests.Run("check", folder.Path);
        Assert.That(Regex.Matches(checkError, @"error (RD\d{4})").Select(match => match.Groups[1].Value).Where(id => id != "RD4001"), Is.Empty, "every quote as printed, every 億元 and 萬人 proven:\n" + checkError);
    }

    [Test]
    public void TheSimplifiedAndTraditionalEditionsDraftTheSameFigures()
    {
        var traditional = File.ReadAllText(Path.Combine(GeneratorHarness.FixturesDirectory, "Traditional", "national-2024-excerpt.txt"));
        var simplified = ReportData.Authoring.Text.TraditionalCharacters.ToSimplified(traditional);
        var options = new DraftOptions("Nation", "国务院", 2024, "national-2024.txt");
        var fromTraditional = TraditionalDraft.Draft(traditional, options, KeyVocabulary.Empty).Figures.Select(f => (f.Key, f.Year, f.Value, f.Unit)).ToList();
        var fromSimplified = Drafter.Draft(simplified, options, KeyVocabulary.Empty).Figures.Select(f => (f.Key, f.Year, f.Value, f.Unit)).ToList();
        Assert.That(fromTraditional, Is.EqualTo(fromSimplified).And.Count.GreaterThan(10));
    }

    [TestCase("全年港口集装箱吞吐量达到1200万标准箱。", "1200", "万标准箱")]
    [TestCase("粮食产量保持在1.4万亿斤以上。", "1.4", "万亿斤")]
    [TestCase("全年粮食产量达到1200亿斤。", "1200", "亿斤")]
    [TestCase("货物贸易进出口总额达到6.2万亿美元。", "6.2", "万亿美元")]
    [TestCase("农作物播种面积稳定在5000千公顷。", "5000", "千公顷")]
    [TestCase("细颗粒物平均浓度降至29微克／立方米。", "29", "微克／立方米")]
    [TestCase("全社会用电量达到850亿千瓦时。", "850", "亿千瓦时")]
    [TestCase("接待游客1.2亿人次。", "1.2", "亿人次")]
    [TestCase("全员劳动生产率达到16.8万元/人。", "16.8", "万元/人")]
    [TestCase("全员劳动生产率达到16.8万元／人。", "16.8", "万元／人")]
    [TestCase("天然气产量370亿方。", "370", "亿方")]
    [TestCase("完成土石方1200万方。", "1200", "万方")]
    [TestCase("将12类大病纳入保障。", "12", "类")]
    [TestCase("运动员获得3块金牌。", "3", "块")]
    [TestCase("新增算力2000P。", "2000", "P")]
    [TestCase("算力规模达到5.1万P。", "5.1", "万P")]
    [TestCase("超算算力达223PF。", "223", "PF")]
    public void UnitsBeyondTheSeedsAreDraftedAndProvenByTheBuild(string sentence, string value, string unit)
    {
        var text = "2025年某市人民政府工作报告\n一、2024年工作回顾\n" + sentence + "\n";
        var draft = Drafter.Draft(text, new DraftOptions("Mou", "某", null, "t.txt"), KeyVocabulary.Empty);
        var figure = draft.Figures.Single();
        Assert.That((figure.Value, figure.Unit), Is.EqualTo((value, unit)));

        using var folder = new ScratchFolder();
        File.WriteAllText(folder.File("t.txt"), text);
        File.WriteAllText(folder.File("mou-2025.report.yaml"), DraftWriter.Write(draft, null));
        var (_, _, checkError) = CheckCommandTests.Run("check", folder.Path);
        Assert.That(Regex.Matches(checkError, @"error (RD\d{4})").Select(match => match.Groups[1].Value).Where(id => id != "RD4001"), Is.Empty, checkError);
    }

    /// <summary>A draft's figures as "value unit quote" lines, in file order.</summary>
    private static System.Collections.Generic.List<string> Figures(string yamlPath)
    {
        var lines = File.ReadAllLines(yamlPath);
        var figures = new System.Collections.Generic.List<string>();
        string? value = null, unit = null;
        foreach (var line in lines.Select(l => l.Trim()))
        {
            if (line.StartsWith("value: ", System.StringComparison.Ordinal))
            {
                value = line.Substring(7).Trim('"', '\'');
            }
            else if (line.StartsWith("unit: ", System.StringComparison.Ordinal))
            {
                unit = line.Substring(6).Trim('"', '\'');
            }
            else if (line.StartsWith("quote: ", System.StringComparison.Ordinal) && value is not null)
            {
                figures.Add(value + " " + unit + " " + line.Substring(7).Trim('"', '\''));
                value = unit = null;
            }
        }

        return figures;
    }

    [Test]
    public void AClauseOfHundredsOfItemsQuotesEachNumberWithTheItemsAroundItVerbatim()
    {
        var list = string.Join("、", Enumerable.Range(1, 400).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "个项目"));
        var text = "2025年某市政府工作报告\n一、2024年工作回顾\n新增" + list + "。\n";
        var draft = Drafter.Draft(text, new DraftOptions("Mou", "某", null, "t.txt"), KeyVocabulary.Empty);
        Assert.That(draft.Figures, Has.Count.EqualTo(400));
        Assert.That(draft.Figures.Where(f => f.Quote.Length > 120 || !text.Contains(f.Quote) || !f.Quote.Contains(f.Value + "个")).Select(f => f.Value + ": " + f.Quote), Is.Empty);
        Assert.That(draft.Figures.Single(f => f.Value == "200").Quote, Does.StartWith("1").And.Contain("200个项目"));
    }
}
