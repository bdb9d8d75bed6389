using System;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using NUnit.Framework;
using ReportData.Tests.Infrastructure;
using static ReportData.Tests.Hardening.HardeningHarness;

namespace ReportData.Tests.Hardening;

/// <summary>
/// Numbers as copies of reports print them: thousands separators (1,234.5), full-width digits (６.５), a printed
/// minus (增长-3.2%) and ranges with the unit after both ends (6%-7%). Each is recorded as printed and proven
/// against its quote; each misreading of it (234.5 out of 1,234.5, a fall recorded as a rise, 6%-7亿元 as a range of
/// %) is a located error. Expected values are written by hand.
/// </summary>
public class PrintedFormsTests
{
    // ---- Thousands separators and full-width digits: parsed to the same decimal, kept as printed ----

    [TestCase("1,234.5", "亿元", "全市地区生产总值达到1,234.5亿元", "GdpBillion", 123.45, TestName = "ThousandsSeparatorBeforeAPoint")]
    [TestCase("12,345", "人", "新增就业12,345人", "GdpPersons", 12345.0, TestName = "ThousandsSeparatorOfAWholeNumber")]
    [TestCase("1,234,567", "元", "人均收入1,234,567元", "GdpYuan", 1234567.0, TestName = "TwoThousandsSeparators")]
    [TestCase("６.５", "\"%\"", "增长６.５%", "GdpPercent", 6.5, TestName = "FullWidthDigitsWithAnAsciiPoint")]
    [TestCase("１２３４．５", "亿元", "达到１２３４．５亿元", "GdpBillion", 123.45, TestName = "FullWidthDigitsAndPoint")]
    [TestCase("６", "\"%\"", "增长６％", "GdpPercent", 6.0, TestName = "FullWidthDigitAndPercent")]
    public void PrintedFormIsTheSameNumber(string value, string unit, string quote, string member, double expected)
    {
        var yaml = Fixtures.Header + Fixtures.Figure("Gdp", value, unit, quote);
        var outcome = DiagnoseInText(yaml, quote);
        Assert.That(outcome.Diagnostics.Select(Describe), Is.Empty);

        Assert.That(Constant(outcome, member), Is.EqualTo(expected), "the constant is the number");
        var figure = GeneratorHarness.LoadFigures(outcome.Run.OutputCompilation).Single();
        Assert.That(figure.PrintedValue, Is.EqualTo(value), "the record keeps the number as printed");
        Assert.That(figure.Value, Is.EqualTo(expected));
        var docs = Docs(outcome, member);
        Assert.That(docs, Does.Contain(value), "the constant's docs quote the number as printed");
        Assert.That(docs, Does.Contain(((decimal)expected).ToString(CultureInfo.InvariantCulture)), "and give the normalized number");
    }

    [TestCase("1,000-2,000", "家", "新增企业1,000-2,000家", 1000.0, 2000.0, TestName = "RangeWithThousandsSeparators")]
    [TestCase("６－７", "\"%\"", "增长６－７%", 6.0, 7.0, TestName = "FullWidthRange")]
    public void PrintedRangeIsTheSameRange(string value, string unit, string quote, double low, double high)
    {
        var yaml = Fixtures.Header + Fixtures.Figure("Indicator", value, unit, quote);
        var outcome = DiagnoseInText(yaml, quote);
        Assert.That(outcome.Diagnostics.Select(Describe), Is.Empty);
        var figure = GeneratorHarness.LoadFigures(outcome.Run.OutputCompilation).Single();
        Assert.That((figure.PrintedValue, figure.Value, figure.ValueHigh), Is.EqualTo((value, low, (double?)high)));
    }

    [TestCase("1,23", TestName = "GroupOfTwoDigitsIsRD1002")]
    [TestCase("\",123\"", TestName = "LeadingSeparatorIsRD1002")]
    [TestCase("1,,234", TestName = "DoubleSeparatorIsRD1002")]
    [TestCase("1234,567", TestName = "FirstGroupOfFourDigitsIsRD1002")]
    [TestCase("1,2345", TestName = "GroupOfFourDigitsIsRD1002")]
    [TestCase("1.234,5", TestName = "SeparatorAfterThePointIsRD1002")]
    [TestCase("1,234.", TestName = "TrailingPointAfterGroupsIsRD1002")]
    [TestCase("６．５．１", TestName = "TwoFullWidthPointsIsRD1002")]
    [TestCase("1，234", TestName = "FullWidthCommaIsNoSeparator")]
    public void SeparatorThatDoesNotGroupIsRD1002(string value) =>
        AssertSingle(Diagnose(Fixtures.ValidYaml.Replace("value: 2125.2", "value: " + value)), "RD1002", Fixtures.At("value: 2125.2", skip: 7));

    // ---- Whole numbers: a digit group continues a number ----

    [TestCase("234.5", "达到1,234.5亿元", TestName = "TheLastGroupsOfASeparatedNumberAreNotItsValue")]
    [TestCase("1", "达到1,234亿元", TestName = "TheFirstGroupOfASeparatedNumberIsNotItsValue")]
    [TestCase("234", "达到1,234,567亿元", TestName = "AMiddleGroupIsNotAValue")]
    [TestCase("1234.5", "达到1,234.5亿元", TestName = "SeparatorsArePartOfTheNumberAsPrinted")]
    [TestCase("1,234.5", "达到1234.5亿元", TestName = "SeparatorsNotPrintedAreNotTheNumberAsPrinted")]
    [TestCase("1,234", "达到11,234亿元", TestName = "ASeparatedNumberInsideALongerOne")]
    [TestCase("1,234", "达到1,234.5亿元", TestName = "ASeparatedNumberBeforeItsDecimals")]
    [TestCase("6.5", "达到６.５亿元", TestName = "AsciiDigitsAreNotTheFullWidthOnesPrinted")]
    [TestCase("５", "达到１５亿元", TestName = "AFullWidthDigitInsideAFullWidthNumber")]
    [TestCase("5", "达到１5亿元", TestName = "ADigitAfterAFullWidthDigit")]
    [TestCase("2.5", "达到１2.5亿元", TestName = "ADecimalAfterAFullWidthDigit")]
    public void NumberContinuedByADigitGroupIsRD2003(string value, string quote)
    {
        var yaml = Fixtures.Header + Fixtures.Figure("Gdp", value, "亿元", quote);
        AssertSingle(DiagnoseInText(yaml, quote), "RD2003", Fixtures.At(yaml, "value: " + value, skip: 7));
    }

    [TestCase("23", "亿元", "分别为1,23亿元", TestName = "ACommaThatGroupsNoThousandsSeparatesTwoNumbers")]
    [TestCase("1,000", "家", "分别为1,000、2,000家", TestName = "AListOfSeparatedNumbersSharesItsUnit")]
    [TestCase("2,000", "家", "分别为1,000和2,000家", TestName = "TheLastOfAListOfSeparatedNumbers")]
    public void SeparatedNumberInAListPasses(string value, string unit, string quote)
    {
        var outcome = DiagnoseInText(Fixtures.Header + Fixtures.Figure("Indicator", value, unit, quote), quote);
        Assert.That(outcome.Diagnostics.Select(Describe), Is.Empty);
    }

    // ---- A printed minus: a fall, recorded as its size with decline: true ----

    [TestCase("规上工业增加值增长-3.2%", TestName = "AsciiMinus")]
    [TestCase("规上工业增加值增长－3.2%", TestName = "FullWidthMinus")]
    [TestCase("规上工业增加值增长−3.2%", TestName = "MinusSign")]
    [TestCase("规上工业增加值增长 -3.2%", TestName = "MinusAfterASpace")]
    [TestCase("-3.2%", TestName = "MinusAtTheStartOfTheQuote")]
    public void PrintedMinusIsAFall(string quote)
    {
        var declined = Fixtures.Header + Fixtures.Figure("IndustrialValueAddedGrowth", "3.2", "\"%\"", quote) + "    decline: true\n";
        var outcome = DiagnoseInText(declined, quote);
        Assert.That(outcome.Diagnostics.Select(Describe), Is.Empty);
        Assert.That(GeneratorHarness.LoadFigures(outcome.Run.OutputCompilation).Single().Value, Is.EqualTo(-3.2));

        var rise = Fixtures.Header + Fixtures.Figure("IndustrialValueAddedGrowth", "3.2", "\"%\"", quote);
        var diagnostic = AssertSingle(DiagnoseInText(rise, quote), "RD2007", Fixtures.At(rise, "value: 3.2", skip: 7));
        Assert.That(diagnostic.GetMessage(CultureInfo.InvariantCulture), Does.Contain("'IndustrialValueAddedGrowth'").And.Contain("decline: true"));
    }

    [TestCase("增长6%-7%", "7", TestName = "DashAfterAPercentJoinsARange")]
    [TestCase("增长6-7%", "7", TestName = "DashAfterADigitJoinsARange")]
    [TestCase("增长6.5%，同比-3.2%、增长3.2%", "3.2", TestName = "AnUnsignedPlaceOfTheSameNumber")]
    public void DashThatIsNoSignIsARise(string quote, string value)
    {
        var outcome = DiagnoseInText(Fixtures.Header + Fixtures.Figure("Indicator", value, "\"%\"", quote), quote);
        Assert.That(outcome.Diagnostics.Select(Describe), Is.Empty);
        Assert.That(GeneratorHarness.LoadFigures(outcome.Run.OutputCompilation).Single().Value, Is.EqualTo(double.Parse(value, CultureInfo.InvariantCulture)));
    }

    [Test]
    public void DashAfterAMagnitudeJoinsARange()
    {
        const string Quote = "转移就业1万-2万人";
        var outcome = DiagnoseInText(Fixtures.Header + Fixtures.Figure("Indicator", "2", "万人", Quote), Quote);
        Assert.That(outcome.Diagnostics.Select(Describe), Is.Empty);
    }

    // ---- Ranges with the unit after both ends ----

    [TestCase("6-7", "\"%\"", "固定资产投资增长6%-7%", 6.0, 7.0, TestName = "RangeWithPercentAfterBothEnds")]
    [TestCase("6—6.5", "\"%\"", "增长6%—6.5%", 6.0, 6.5, TestName = "RangeWithADashAndPercentAfterBothEnds")]
    [TestCase("6至7", "\"%\"", "增长6%至7%左右", 6.0, 7.0, TestName = "RangeWith至AndPercentAfterBothEnds")]
    [TestCase("6-7", "\"%\"", "增长6% - 7%", 6.0, 7.0, TestName = "RangeWithSpacesAroundTheDash")]
    [TestCase("6-7", "％", "增长6％－7％", 6.0, 7.0, TestName = "FullWidthRangeWithFullWidthPercent")]
    [TestCase("10-20", "亿元", "投资10亿元-20亿元", 1.0, 2.0, TestName = "RangeWithBillionYuanAfterBothEnds")]
    [TestCase("1,000-2,000", "家", "培育1,000家-2,000家", 1000.0, 2000.0, TestName = "RangeOfSeparatedNumbersWithTheUnitAfterBothEnds")]
    public void RangeWithTheUnitAfterBothEndsPasses(string value, string unit, string quote, double low, double high)
    {
        var outcome = DiagnoseInText(Fixtures.Header + Fixtures.Figure("Indicator", value, unit, quote), quote);
        Assert.That(outcome.Diagnostics.Select(Describe), Is.Empty);
        var figure = GeneratorHarness.LoadFigures(outcome.Run.OutputCompilation).Single();
        Assert.That((figure.Value, figure.ValueHigh), Is.EqualTo((low, (double?)high)));
    }

    [TestCase("6-7", "\"%\"", "增长6%-7亿元", "亿元", TestName = "HighEndInAnotherUnitIsNoRangeOfPercent")]
    [TestCase("6-7", "亿元", "增长6%-7亿元", "%", TestName = "LowEndInAnotherUnitIsNoRangeOfBillionYuan")]
    [TestCase("6-7", "亿元", "增长6%-7%", "%", TestName = "RangeOfPercentIsNoRangeOfBillionYuan")]
    [TestCase("6-7", "个", "新增6个百分点-7个百分点", "个百分点", TestName = "UnitThatIsOnlyTheStartOfTheRepeatedOne")]
    public void RangeWithAnotherUnitAtAnEndIsRD2005(string value, string unit, string quote, string printed)
    {
        var yaml = Fixtures.Header + Fixtures.Figure("Indicator", value, unit, quote);
        var diagnostic = AssertSingle(DiagnoseInText(yaml, quote), "RD2005", Fixtures.At(yaml, "unit: " + unit, skip: 6));
        Assert.That(diagnostic.GetMessage(CultureInfo.InvariantCulture), Does.Contain("prints '" + printed));
    }

    [TestCase("6-7", "增长6%—7%", TestName = "TheSeparatorIsAsPrinted")]
    [TestCase("6-7", "增长6%，-7%", TestName = "WordsBetweenTheEndsMakeNoRange")]
    [TestCase("6-7", "增长16%-7%", TestName = "TheLowEndIsAWholeNumber")]
    [TestCase("6-7", "增长6%-7.5%", TestName = "TheHighEndIsAWholeNumber")]
    public void RangeNotPrintedIsRD2003(string value, string quote)
    {
        var yaml = Fixtures.Header + Fixtures.Figure("Indicator", value, "\"%\"", quote);
        AssertSingle(DiagnoseInText(yaml, quote), "RD2003", Fixtures.At(yaml, "value: " + value, skip: 7));
    }

    private static IFieldSymbol Field(Outcome outcome, string member) =>
        outcome.Run.OutputCompilation.GetTypeByMetadataName(GeneratorHarness.TestNamespace + ".Testville+Y2023")!.GetMembers(member).OfType<IFieldSymbol>().Single();

    /// <summary>The constant's value as the compiler holds it: bit for bit what a consumer's program reads.</summary>
    private static double Constant(Outcome outcome, string member) => (double)Field(outcome, member).ConstantValue!;

    private static string Docs(Outcome outcome, string member) => Field(outcome, member).GetDocumentationCommentXml() ?? string.Empty;
}
