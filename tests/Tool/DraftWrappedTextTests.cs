using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using NUnit.Framework;
using ReportData.Tool.Drafting;

namespace ReportData.Tests.Tool;

/// <summary>
/// Text from a PDF's text layer, every line of a paragraph cut at one width: the draft is the one of the same text unwrapped
/// (the same values, units, years, kinds and keys), and its quotes, their line breaks standing as spaces, are proven by the
/// build's check in the wrapped text as printed.
/// </summary>
public class DraftWrappedTextTests
{
    private const string Report = "2025年某市人民政府工作报告\n"
        + "一、2024年工作回顾\n"
        + "　　过去一年，全市地区生产总值达到1234.5亿元，同比增长5.6%；一般公共预算收入完成98.7亿元，增长3.2%；社会消费品零售总额完成456.7亿元，增长4.1%；城镇常住居民人均可支配收入达到52345元，增长4.5%；农村常住居民人均可支配收入达到28765元，增长6.2%；城镇新增就业3.2万人，城镇调查失业率5.1%。\n"
        + "二、2025年主要目标任务\n"
        + "　　今年经济社会发展的主要预期目标是：地区生产总值增长5.5%左右，一般公共预算收入增长4%，固定资产投资增长6%以上，社会消费品零售总额增长5%左右，城镇新增就业3万人以上，城镇调查失业率5.5%左右，居民消费价格涨幅2%左右，粮食产量稳定在120万吨以上。\n";

    private static Draft Draft(string text) => Drafter.Draft(text, new DraftOptions("Mou", "某", null, "t.txt"), KeyVocabulary.Empty);

    private static string Wrap(string text, int width) =>
        string.Join("\n", text.Split('\n').SelectMany(line => Enumerable.Range(0, (line.Length + width - 1) / width).Select(i => line.Substring(i * width, System.Math.Min(width, line.Length - (i * width)))).DefaultIfEmpty(string.Empty)));

    [TestCase(17)]
    [TestCase(23)]
    [TestCase(38)]
    public void AWrappedTextDraftsAsItsUnwrappedOne(int width)
    {
        var wrapped = Wrap(Report, width);
        Assert.That(wrapped.Split('\n').Count(line => line.Length == width), Is.GreaterThan(5), "the probe is wrapped");

        var expected = Draft(Report).Figures.Select(f => (f.Value, f.Unit, f.Year, f.Kind, f.Bound, f.Key)).ToList();
        var actual = Draft(wrapped).Figures.Select(f => (f.Value, f.Unit, f.Year, f.Kind, f.Bound, f.Key)).ToList();
        Assert.That(actual, Is.EqualTo(expected).And.Count.GreaterThanOrEqualTo(20));
    }

    [Test]
    public void TheQuotesOfAWrappedTextAreProvenInItAsPrinted()
    {
        var wrapped = Wrap(Report, 23);
        var draft = Draft(wrapped);
        Assert.That(draft.Figures.Any(figure => figure.Quote.Contains(' ')), Is.True, "some quote spans a line break");

        using var folder = new ScratchFolder();
        File.WriteAllText(folder.File("t.txt"), wrapped, new UTF8Encoding(false));
        File.WriteAllText(folder.File("mou-2025.report.yaml"), DraftWriter.Write(draft, null));
        var (_, _, checkError) = CheckCommandTests.Run("check", folder.Path);
        // A number the wrap breaks (9 / 8.7亿元) cannot be proven: it is marked, and is the only kind of figure the check refuses.
        var broken = draft.Figures.Count(figure => figure.Review?.Contains("broken across two lines", System.StringComparison.Ordinal) == true);
        var errors = Regex.Matches(checkError, @"error (RD\d{4})").Select(match => match.Groups[1].Value).Where(id => id != "RD4001").ToList();
        Assert.That(errors, Is.EqualTo(Enumerable.Repeat("RD2003", broken)), checkError);
        Assert.That(draft.Figures.Count - broken, Is.GreaterThanOrEqualTo(18), "the others are proven");
    }

    [Test]
    public void ATextOfParagraphsIsReadAsPrinted()
    {
        Assert.That(LineWraps.Read(Report).Joined, Is.False);
        foreach (var path in Directory.GetFiles(DraftCorpusTests.CorpusDirectory, "*.txt"))
        {
            var text = File.ReadAllText(path).Replace("\r\n", "\n");
            // national-2021.txt, copied from a web page, breaks sentences across lines of a zero-width space: only those join.
            Assert.That(LineWraps.Read(text).Joined, Is.EqualTo(text.Contains("\n\u200b\n")), path);
        }
    }

    /// <summary>The report as a web page copies it: sentences, and numbers from their units, broken across lines of a zero-width space.</summary>
    private static string BrokenAtInvisibleLines(string text) =>
        text.Replace("1234.5亿元", "1234.5\n\u200b\n亿元").Replace("一般公共预算收入增长4%", "一般公共预\n\u200b\n算收入增长4%");

    [Test]
    public void ATextBrokenAcrossLinesOfNothingVisibleDraftsAsItsWholeOne()
    {
        var broken = BrokenAtInvisibleLines(Report);
        var expected = Draft(Report).Figures.Select(f => (f.Value, f.Unit, f.Year, f.Kind, f.Bound, f.Key, f.Review)).ToList();
        var draft = Draft(broken);
        Assert.That(draft.Figures.Select(f => (f.Value, f.Unit, f.Year, f.Kind, f.Bound, f.Key, f.Review)), Is.EqualTo(expected));
        Assert.That(draft.Figures.Single(f => f.Value == "1234.5").Quote, Is.EqualTo("全市地区生产总值达到1234.5 \u200b 亿元"));

        using var folder = new ScratchFolder();
        File.WriteAllText(folder.File("t.txt"), broken, new UTF8Encoding(false));
        File.WriteAllText(folder.File("mou-2025.report.yaml"), DraftWriter.Write(draft, null));
        var (_, _, checkError) = CheckCommandTests.Run("check", folder.Path);
        Assert.That(Regex.Matches(checkError, @"error (RD\d{4})").Select(match => match.Groups[1].Value).Where(id => id != "RD4001"), Is.Empty, checkError);
    }

    [Test]
    public void ALineOfNothingVisibleAfterASentenceEndsItsParagraph()
    {
        var reading = LineWraps.Read("全市地区生产总值达到1234.5亿元。\n\u200b\n一般公共预算收入增长4%。").Reading;
        Assert.That(reading, Does.Contain("\n\u200b\n"));
    }
}
