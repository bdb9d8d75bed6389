using System;
using System.Globalization;
using System.Linq;
using NUnit.Framework;
using ReportData.Authoring.Numbers;
using ReportData.Authoring.Provenance;
using ReportData.Tests.Infrastructure;
using static ReportData.Tests.Hardening.HardeningHarness;

namespace ReportData.Tests.Hardening;

/// <summary>
/// Numbers printed in Chinese numerals (旅游收入突破千亿元): a figure gives them as <c>words</c> with their digits in
/// <c>value</c>; the build checks that the words spell the value (RD2006), stand in the quote (RD2003) and carry the
/// unit (RD2005), each at the line and column of the field, computed from the case's YAML.
/// </summary>
public class NumberWordsTests
{
    [TestCase("千", 1000)]
    [TestCase("百", 100)]
    [TestCase("两百", 200)]
    [TestCase("一千五百", 1500)]
    [TestCase("一千零五", 1005)]
    [TestCase("十五", 15)]
    [TestCase("三十", 30)]
    [TestCase("百万", 1_000_000)]
    [TestCase("一亿五千万", 150_000_000)]
    [TestCase("十亿", 1_000_000_000)]
    [TestCase("万亿", 1_000_000_000_000)]
    [TestCase("一万五千亿", 1_500_000_000_000)]
    public void NumeralsSpellTheirValue(string words, double expected)
    {
        Assert.That(NumberWords.TryParse(words, out var value), Is.True);
        Assert.That((double)value, Is.EqualTo(expected));
    }

    [TestCase("")]
    [TestCase("一二")]
    [TestCase("千x")]
    [TestCase("翻番")]
    [TestCase("1000")]
    public void OtherTextIsNoNumeral(string words) =>
        Assert.That(NumberWords.TryParse(words, out _), Is.False);

    [Test]
    public void LevelPrintedInWordsIsAFigureWithItsWordsAsPrintedValue()
    {
        const string Quote = "旅游收入突破千亿元";
        var outcome = Diagnose(Fixtures.Header + Figure("1000", "千", "亿元", Quote), Quote);
        Assert.That(outcome.Diagnostics.Select(Describe), Is.Empty);
        var figure = GeneratorHarness.LoadFigures(outcome.Run.OutputCompilation).Single();
        Assert.That((figure.PrintedValue, figure.Value, figure.PrintedUnit), Is.EqualTo(("千", 100d, "亿元")));
    }

    [Test]
    public void BareMagnitudeAfterWordsTakesACorrectedUnit()
    {
        const string Quote = "人才资源总量超百万";
        var yaml = Fixtures.Header + Figure("100", "百", "万\n    correctedUnit: 万人\n    note: the label is a headcount", Quote);
        var outcome = Diagnose(yaml, Quote);
        Assert.That(outcome.Diagnostics.Select(Describe), Is.Empty);
        Assert.That(GeneratorHarness.LoadFigures(outcome.Run.OutputCompilation).Single().Value, Is.EqualTo(1_000_000d));
    }

    [TestCase("100", "千", "spells 1000, but the value is 100", TestName = "WordsThatSpellAnotherValueAreRD2006")]
    [TestCase("1000", "一二", "is not a number in Chinese numerals", TestName = "WordsThatAreNoNumeralAreRD2006")]
    [TestCase("1-2", "千", "range", TestName = "WordsWithARangeValueAreRD2006")]
    public void WordsThatDoNotSpellTheValueAreRD2006AtTheWords(string value, string words, string reason)
    {
        const string Quote = "旅游收入突破千亿元，一二";
        var yaml = Fixtures.Header + Figure(value, words, "亿元", Quote);
        var diagnostic = AssertSingle(Diagnose(yaml, Quote), "RD2006", LineOf(yaml, "    words: "), ColumnAfter(yaml, "    words: "));
        Assert.That(diagnostic.GetMessage(CultureInfo.InvariantCulture), Does.Contain(reason));
    }

    [TestCase("1,000")]
    [TestCase("１０００")]
    public void WordsSpellTheValueHoweverItsDigitsAreWritten(string value)
    {
        // The value is read as the parser reads it: 1,000 and １０００ are the 1000 that 千 spells.
        const string Quote = "旅游收入突破千亿元";
        var outcome = Diagnose(Fixtures.Header + Figure(value, "千", "亿元", Quote), Quote);
        Assert.That(outcome.Diagnostics.Select(Describe), Is.Empty);
        Assert.That(GeneratorHarness.LoadFigures(outcome.Run.OutputCompilation).Single().Value, Is.EqualTo(100d));
    }

    [Test]
    public void WordsInsideALongerNumeralAreNotInTheQuote()
    {
        // 百 stands in 五百人 only as part of 五百 (500): RD2003, at the words.
        const string Quote = "专家五百人";
        var yaml = Fixtures.Header + Figure("100", "百", "人", Quote);
        AssertSingle(Diagnose(yaml, Quote), "RD2003", LineOf(yaml, "    words: "), ColumnAfter(yaml, "    words: "));
    }

    [Test]
    public void UnitAfterWordsIsProvenToo()
    {
        const string Quote = "旅游收入突破千亿元";
        var yaml = Fixtures.Header + Figure("1000", "千", "元", Quote);
        var diagnostic = AssertSingle(Diagnose(yaml, Quote), "RD2005", LineOf(yaml, "    unit: "), ColumnAfter(yaml, "    unit: "));
        Assert.That(diagnostic.GetMessage(CultureInfo.InvariantCulture), Does.Contain("prints '亿元'"));
    }

    private static string Figure(string value, string words, string unit, string quote) =>
        "  - key: TourismRevenue\n    year: 2017\n    label: 旅游收入\n    value: " + value + "\n    words: " + words + "\n    unit: " + unit + "\n    quote: " + quote + "\n";

    private static int LineOf(string yaml, string field) =>
        yaml.Substring(0, yaml.IndexOf(field, StringComparison.Ordinal)).Count(character => character == '\n') + 1;

    /// <summary>The 1-based column where the value of <paramref name="field"/> (its first occurrence) starts.</summary>
    private static int ColumnAfter(string yaml, string field)
    {
        var at = yaml.IndexOf(field, StringComparison.Ordinal);
        return at - (yaml.LastIndexOf('\n', at) + 1) + field.Length + 1;
    }
}
