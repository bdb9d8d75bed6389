using System.Globalization;
using System.IO;
using System.Linq;
using NUnit.Framework;
using ReportData.Authoring.Numbers;
using ReportData.Tests.Infrastructure;
using ReportData.Tests.Tool;
using static ReportData.Tests.Hardening.HardeningHarness;

namespace ReportData.Tests.Hardening;

/// <summary>
/// Numbers too large for any figure (一亿亿亿亿, 10^21 亿元) are an error at the field that prints them in the build,
/// and no exception in the tool: multiplying 万 and 亿 would overflow a decimal (10^28) within a few characters.
/// </summary>
public sealed class OverflowTests
{
    [TestCase("一亿亿亿亿")]
    [TestCase("亿亿亿亿亿亿亿亿")]
    [TestCase("九千九百九十九万亿亿亿")]
    [TestCase("千亿亿亿")]
    public void NumeralTooLargeIsNoNumber(string words) =>
        Assert.That(NumberWords.TryParse(words, out _), Is.False);

    [Test]
    public void LargestNumeralAFigureCouldHoldStillReads()
    {
        // 一万亿亿 is 10^20: the largest the reading allows, far above any figure, read exactly.
        Assert.That(NumberWords.TryParse("一万亿亿", out var value), Is.True);
        Assert.That(value, Is.EqualTo(100_000_000_000_000_000_000m));
    }

    [TestCase("一亿亿亿亿")]
    [TestCase("亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿")]
    public void NumeralTooLargeInWordsIsAnErrorAtTheWordsField(string words)
    {
        // Not RD0009 at line 1, column 1 ("a bug"), which an overflow reaching the generator's exception net would give.
        var quote = "收入" + words + "元";
        var yaml = Fixtures.Header + "  - key: Revenue\n    year: 2023\n    label: 收入\n    value: 1\n    words: " + words + "\n    unit: 元\n    quote: " + quote + "\n";
        var diagnostic = AssertSingle(DiagnoseInText(yaml, quote), "RD2006", Fixtures.At(yaml, "words: " + words, skip: 7));
        Assert.That(diagnostic.GetMessage(CultureInfo.InvariantCulture), Does.Contain("larger than 10^20"));
    }

    [TestCase("999999999999999")]
    [TestCase("99999999999999.9")]
    public void LargestDigitsInTheLargestUnitDoNotOverflow(string value)
    {
        // 15 significant digits of 万亿元 is within a decimal: the figure is generated, or refused with RD1003, never RD0009.
        var quote = "总额" + value + "万亿元";
        var yaml = Fixtures.Header + Fixtures.Figure("Total", value, "万亿元", quote);
        var outcome = DiagnoseInText(yaml, quote);
        Assert.That(outcome.Diagnostics.Where(d => d.Id != "RD1004" && d.Id != "RD1003").Select(Describe), Is.Empty);
    }

    [TestCase("超1000000000000000000000亿元企业达到15家")]
    [TestCase("营收超1000000000000000000000000000000亿元的企业3家")]
    [TestCase("新增营收超一亿亿亿亿元企业1家")]
    [TestCase("引进99999999999999999999999999999万元以上项目20个")]
    public void HugeThresholdDraftsWithoutAnException(string sentence)
    {
        // The threshold's amount in yuan would overflow a decimal (10^21 亿元 is 10^29 yuan).
        using var folder = new ScratchFolder();
        File.WriteAllText(folder.File("r.txt"), "衢州市第八届人民代表大会第三次会议\n2023年工作回顾\n全市" + sentence + "。\n");
        var (code, output, error) = CheckCommandTests.Run("draft", folder.File("r.txt"), "--city", "Quzhou", "--city-name", "衢州", "--year", "2024", "-o", folder.File("q.report.yaml"));
        Assert.That(code, Is.EqualTo(0), output + error);
        Assert.That(File.Exists(folder.File("q.report.yaml")), Is.True);
    }

    [Test]
    public void YearInOtherDigitsInAHeadingDraftsWithoutAnException()
    {
        // \d matches any Unicode digit: a heading year in Arabic-Indic digits must not reach int.Parse.
        using var folder = new ScratchFolder();
        File.WriteAllText(folder.File("r.txt"), "衢州市第八届人民代表大会第三次会议\n٢٠٢٣年工作回顾\n全市生产总值达到2125.2亿元。\n");
        var (code, output, error) = CheckCommandTests.Run("draft", folder.File("r.txt"), "--city", "Quzhou", "--city-name", "衢州", "--year", "2024", "-o", folder.File("q.report.yaml"));
        Assert.That(code, Is.EqualTo(0), output + error);
    }
}
