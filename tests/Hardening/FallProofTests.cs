using System.Linq;
using NUnit.Framework;
using ReportData.Tests.Infrastructure;
using static ReportData.Tests.Hardening.HardeningHarness;

namespace ReportData.Tests.Hardening;

/// <summary>
/// A figure's sign is proven against its quote as its unit is: <c>decline: true</c> needs a fall printed at the
/// number (RD2011, at the <c>decline:</c> field), a level is negative only where printed with a minus sign, and a
/// change printed as a fall without <c>decline</c> is a warning at the value (RD2012).
/// </summary>
public sealed class FallProofTests
{
    private static string Declining(string key, string value, string unit, string quote) =>
        Fixtures.Header + Fixtures.Figure(key, value, unit, quote) + "    decline: true\n";

    [Test]
    public void DeclineOnARisePrintedAsGrowthDoesNotCompile()
    {
        // 增长6.8% with decline would give GdpGrowthPercent = -6.8.
        var yaml = Declining("GdpGrowth", "6.8", "\"%\"", "全市生产总值达到2125.2亿元、增长6.8%");
        var outcome = DiagnoseInText(yaml, "全市生产总值达到2125.2亿元、增长6.8%");
        var diagnostic = AssertSingle(outcome, "RD2011", Fixtures.At(yaml, "decline: true", skip: 9));
        Assert.That(diagnostic.GetMessage(), Does.Contain("'GdpGrowth'").And.Contain("6.8"));
    }

    [Test]
    public void DeclineOnALevelDoesNotCompile()
    {
        // A negative GDP: a level is negative only where the quote prints a minus sign.
        var yaml = Declining("Gdp", "2125.2", "亿元", "全市生产总值达到2125.2亿元");
        var outcome = DiagnoseInText(yaml, "全市生产总值达到2125.2亿元");
        var diagnostic = AssertSingle(outcome, "RD2011", Fixtures.At(yaml, "decline: true", skip: 9));
        Assert.That(diagnostic.GetMessage(), Does.Contain("is a level"));
    }

    [Test]
    public void DeclineOnALevelAfterAFallWordDoesNotCompile()
    {
        // 下降 before a level in money: the fall of a level is a change, with a key of its own.
        var yaml = Declining("FiscalRevenue", "3", "亿元", "财政收入下降3亿元");
        var outcome = DiagnoseInText(yaml, "财政收入下降3亿元");
        AssertSingle(outcome, "RD2011", Fixtures.At(yaml, "decline: true", skip: 9));
    }

    [Test]
    public void NegativeLevelPrintedWithAMinusSignPasses()
    {
        var yaml = Declining("NetProfit", "3", "亿元", "净利润-3亿元");
        var outcome = DiagnoseInText(yaml, "净利润-3亿元");
        Assert.That(outcome.Diagnostics.Select(Describe), Is.Empty);
    }

    [Test]
    public void LevelReachedAfterAFallWordIsNoFall()
    {
        // 下降到 names the level reached: no fall at 42, so a decline is unproven.
        var yaml = Declining("Pm25ConcentrationGrowth", "42", "微克/立方米", "PM2.5平均浓度下降到42微克/立方米");
        var outcome = DiagnoseInText(yaml, "PM2.5平均浓度下降到42微克/立方米");
        AssertSingle(outcome, "RD2011", Fixtures.At(yaml, "decline: true", skip: 9));
    }

    [Test]
    public void FallInAnotherClauseDoesNotProveTheDecline()
    {
        var quote = "进口下降3%，出口增长5%";
        var yaml = Declining("ExportsGrowth", "5", "\"%\"", quote);
        AssertSingle(DiagnoseInText(yaml, quote), "RD2011", Fixtures.At(yaml, "decline: true", skip: 9));
    }

    [TestCase("出口下降3%", "3", "\"%\"", TestName = "FallWord下降")]
    [TestCase("能耗同比减少3%", "3", "\"%\"", TestName = "FallWord减少")]
    [TestCase("增速回落1.5个百分点", "1.5", "个百分点", TestName = "FallWord回落InPercentagePoints")]
    [TestCase("二氧化碳强度降低4.6%以上", "4.6", "\"%\"", TestName = "FallWord降低")]
    [TestCase("工业利润下滑2%", "2", "\"%\"", TestName = "FallWord下滑")]
    [TestCase("城乡收入差距缩小0.3个百分点", "0.3", "个百分点", TestName = "FallWord缩小")]
    [TestCase("贷款利率下调0.25个百分点", "0.25", "个百分点", TestName = "FallWord下调")]
    [TestCase("降幅收窄2个百分点", "2", "个百分点", TestName = "FallWord收窄")]
    [TestCase("规上工业增加值增长-3.2%", "3.2", "\"%\"", TestName = "MinusSign")]
    [TestCase("规上工业增加值增长－3.2%", "3.2", "\"%\"", TestName = "FullWidthMinusSign")]
    [TestCase("事故起数、死亡人数、直接经济损失分别下降 2.9%、2.3%和 11.7%", "11.7", "\"%\"", TestName = "FallWordBeforeAList")]
    [TestCase("“三公”经费支出下降 17.4%", "17.4", "\"%\"", TestName = "FallWordAndSpace")]
    [TestCase("直接经济损失下降千亿元", "千", "亿元", TestName = "NumberInWords")]
    public void DeclinePrintedAsAFallPasses(string quote, string value, string unit)
    {
        var words = value == "千";
        var figure = words ? Fixtures.Figure("LossGrowth", "1000", unit, quote) + "    words: 千\n" : Fixtures.Figure("LossGrowth", value, unit, quote);
        var yaml = Fixtures.Header + figure + "    decline: true\n";
        var outcome = DiagnoseInText(yaml, quote);
        Assert.That(outcome.Diagnostics.Select(Describe), Is.Empty);
        var generated = GeneratorHarness.LoadFigures(outcome.Run.OutputCompilation).Single();
        Assert.That(generated.Value, Is.LessThan(0), "a decline is a negative figure");
    }

    [Test]
    public void FallOfAChangeWithoutDeclineIsAWarningAtTheValue()
    {
        var quote = "生产安全事故起数下降2%";
        var yaml = Fixtures.Header + Fixtures.Figure("WorkSafetyAccidentsGrowth", "2", "\"%\"", quote);
        var outcome = DiagnoseInText(yaml, quote);
        var diagnostic = AssertSingle(outcome, "RD2012", Fixtures.At(yaml, "value: 2", skip: 7));
        Assert.That(diagnostic.Severity, Is.EqualTo(Microsoft.CodeAnalysis.DiagnosticSeverity.Warning));
    }

    [Test]
    public void FallOfALevelWithoutDeclineIsNoWarning()
    {
        // A level key: the number is the size of what fell (a reduction of 3 亿元), no sign is claimed.
        var quote = "减税降费3亿元";
        var yaml = Fixtures.Header + Fixtures.Figure("TaxAndFeeCuts", "3", "亿元", quote);
        Assert.That(DiagnoseInText(yaml, quote).Diagnostics.Select(Describe), Is.Empty);
    }

    [Test]
    public void RiseNearerTheNumberThanAFallIsNoFall()
    {
        var quote = "进口下降、出口增长5%";
        var yaml = Fixtures.Header + Fixtures.Figure("ExportsGrowth", "5", "\"%\"", quote);
        Assert.That(DiagnoseInText(yaml, quote).Diagnostics.Select(Describe), Is.Empty);
    }

    [Test]
    public void EverySeedDeclineIsProven()
    {
        // The seeds' falls (下降, 降低, 削减 before a list) are what the rule is read from: all build without RD2011 or RD2012.
        var outcome = Diagnose(GeneratorHarness.SeedFiles().ToList());
        Assert.That(outcome.Diagnostics.Where(d => d.Id is "RD2011" or "RD2012").Select(Describe), Is.Empty);
    }
}
