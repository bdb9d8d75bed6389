using System.Linq;
using NUnit.Framework;
using ReportData.Tests.Infrastructure;
using static ReportData.Tests.Hardening.HardeningHarness;

namespace ReportData.Tests.Places;

/// <summary>
/// Actuals printed with a qualifier (超过, 多, 约, 近, 不到, 不足, 以上) keep the printed number and record the qualifier as their bound,
/// which the build proves against the quote. The sentences are from the national reports (corpus national-2023.txt and
/// national-2024.txt) and the seed texts' kind of wording.
/// </summary>
public class QualifiedActualTests
{
    [TestCase("国内生产总值超过126万亿元", "Gdp", "126", "万亿元", "exceeds", TargetBound.Exceeds, 126_000)]
    [TestCase("国内生产总值增加到121万亿元，五年年均增长5.2%，十年增加近70万亿元", "GdpIncrease", "70", "万亿元", "below", TargetBound.Below, 70_000)]
    [TestCase("城镇新增就业年均1270多万人", "NewUrbanJobs", "1270", "万人", "exceeds", TargetBound.Exceeds, 12_700_000)]
    [TestCase("脱贫人口约1000万人", "PovertyExits", "1000", "万人", "about", TargetBound.About, 10_000_000)]
    [TestCase("实现率达到90%以上", "Realization", "90", "\"%\"", "atLeast", TargetBound.AtLeast, 90)]
    [TestCase("外贸进出口4万多亿元", "ForeignTrade", "4", "万亿元", "exceeds", TargetBound.Exceeds, 4_000)]
    [TestCase("国内生产总值从不到70万亿元增加到超过100万亿元", "Gdp", "70", "万亿元", "below", TargetBound.Below, 70_000)]
    [TestCase("人均收入不足2万元", "PerCapitaIncome", "2", "万元", "below", TargetBound.Below, 20_000)]
    [TestCase("服务贸易、数字贸易规模分别突破1.3万亿元、7000亿元", "DigitalTradeSize", "7000", "亿元", "exceeds", TargetBound.Exceeds, 700)]
    [TestCase("基本养老、基本医疗保险参保率稳定在98%和95%以上", "PensionCoverage", "98", "\"%\"", "atLeast", TargetBound.AtLeast, 98)]
    public void QualifiedActualKeepsThePrintedNumberAndRecordsItsBound(string quote, string key, string value, string unit, string bound, TargetBound expected, double normalized)
    {
        var yaml = Fixtures.Header + Fixtures.Figure(key, value, unit, quote) + "    bound: " + bound + "\n";
        var outcome = DiagnoseInText(yaml, quote);
        Assert.That(outcome.Diagnostics, Is.Empty);
        var figure = GeneratorHarness.LoadFigures(outcome.Run.OutputCompilation).Single();
        Assert.That((figure.Kind, figure.Bound, figure.PrintedValue), Is.EqualTo((FigureKind.Actual, expected, value)));
        Assert.That(figure.Value, Is.EqualTo(normalized), "the value is the printed number, normalized as any other");
    }

    [TestCase("国内生产总值超过126万亿元", "126", "万亿元", "below")]
    [TestCase("国内生产总值超过126万亿元", "126", "万亿元", "about")]
    [TestCase("城镇新增就业1244万人", "1244", "万人", "exceeds")]
    [TestCase("出口增长近30%", "30", "\"%\"", "atLeast")]
    [TestCase("外贸进出口超过6000亿元，增长5%", "5", "\"%\"", "exceeds")]
    [TestCase("服务贸易规模突破1.3万亿元、数字贸易增长7%", "7", "\"%\"", "exceeds")]
    public void BoundWhoseWordIsNotPrintedAtTheNumberIsRD2008AtTheBound(string quote, string value, string unit, string bound)
    {
        var yaml = Fixtures.Header + Fixtures.Figure("Indicator", value, unit, quote) + "    bound: " + bound + "\n";
        AssertSingle(DiagnoseInText(yaml, quote), "RD2008", Fixtures.At(yaml, "bound: " + bound, skip: 7));
    }

    [Test]
    public void QualifierOfAnotherNumberInTheSentenceDoesNotProveThisOne()
    {
        // 近 qualifies 70, not 121.
        const string Quote = "国内生产总值增加到121万亿元，十年增加近70万亿元";
        var yaml = Fixtures.Header + Fixtures.Figure("Gdp", "121", "万亿元", Quote) + "    bound: below\n";
        AssertSingle(DiagnoseInText(yaml, Quote), "RD2008", Fixtures.At(yaml, "bound: below", skip: 7));
    }

    [TestCase("atMost")]
    [TestCase("reach")]
    public void TargetOnlyBoundOnAnActualIsWarningRD1012AndIgnored(string bound)
    {
        const string Quote = "城镇新增就业1244万人";
        var yaml = Fixtures.Header + Fixtures.Figure("NewUrbanJobs", "1244", "万人", Quote) + "    bound: " + bound + "\n";
        var outcome = DiagnoseInText(yaml, Quote);
        AssertSingle(outcome, "RD1012", Fixtures.At(yaml, "bound: " + bound, skip: 7));
        Assert.That(GeneratorHarness.LoadFigures(outcome.Run.OutputCompilation).Single().Bound, Is.EqualTo(TargetBound.None));
    }
}
