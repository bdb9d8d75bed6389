using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using NUnit.Framework;
using ReportData.Tests.Infrastructure;
using static ReportData.Tests.Hardening.HardeningHarness;

namespace ReportData.Tests.Hardening;

/// <summary>
/// RD2005: a figure's unit is proven against its quote. Wrong units are RD2005 at the line and column of
/// the <c>unit:</c> value (computed from the YAML of each case, as a build prints them); every list,
/// range, decline, multiple and spacing form that reports print passes clean. The harness checks on every
/// case that the editor analyzer reports exactly what the generator reports.
/// </summary>
public class UnitProofTests
{
    // ---- Wrong units: RD2005 on the unit, with what the quote prints ----

    [Test]
    public void WrongMagnitudeIsRD2005AtTheUnitQuotingWhatIsPrinted()
    {
        var yaml = Fixtures.ValidYaml.Replace("    unit: 亿元\n", "    unit: 万元\n");
        var diagnostic = AssertSingleAtUnit(Diagnose(yaml), yaml, "万元");
        var message = diagnostic.GetMessage(CultureInfo.InvariantCulture);
        Assert.That(message, Does.Contain("'万元'").And.Contain("'Gdp'").And.Contain("2125.2").And.Contain("prints '亿元'"));
        Assert.That(diagnostic.Severity, Is.EqualTo(DiagnosticSeverity.Error));
    }

    [TestCase("新增光伏并网装机12.5万千瓦时", "12.5", "万千瓦", "万千瓦时", TestName = "UnitThatIsOnlyTheStartOfTheLongerPrintedUnitIsRD2005")]
    [TestCase("提高1.5个百分点", "1.5", "个", "个百分点", TestName = "CounterWordBeforePercentagePointsIsRD2005")]
    [TestCase("接待游客3000人次", "3000", "人", "人次", TestName = "PersonsWherePersonTimesArePrintedIsRD2005")]
    [TestCase("接待人次135.3万人次", "135.3", "万\n    correctedUnit: 万人次\n    note: the label carries the noun", "万人次", TestName = "BareTenThousandWhereTheCountedNounIsPrintedIsRD2005")]
    [TestCase("新增企业3000家、1200个", "1200", "家", "个", TestName = "UnitOfAnotherNumberInTheQuoteIsRD2005")]
    [TestCase("分别为3000、1200、180家", "3000", "个", "家", TestName = "UnitOfAListIsTheOnePrintedAfterItsLastNumber")]
    [TestCase("亿元GDP生产安全事故死亡率下降3%", "3", "亿元", "%", TestName = "UnitPrintedBeforeTheNumberIsNotItsUnit")]
    [TestCase("增长2.3倍", "2.3", "\"%\"", "倍", TestName = "PercentWhereAMultipleIsPrintedIsRD2005")]
    [TestCase("城乡居民收入倍差缩小至1.75", "1.75", "倍", "nothing", TestName = "UnitWhereTheQuoteEndsWithTheNumberIsRD2005")]
    [TestCase("新增企业3000、新建园区1200家", "3000", "家", "、", TestName = "ListBrokenByWordsDoesNotShareItsUnit")]
    public void UnitNotPrintedWithTheNumberIsRD2005(string quote, string value, string unit, string printed)
    {
        var yaml = Fixtures.Header + Fixtures.Figure("Indicator", value, unit, quote);
        var diagnostic = AssertSingleAtUnit(DiagnoseInText(yaml, quote), yaml, unit);
        Assert.That(diagnostic.GetMessage(CultureInfo.InvariantCulture), Does.Contain("prints " + (printed == "nothing" ? "nothing" : "'" + printed)));
    }

    [Test]
    public void NoUnitWhereTheQuotePrintsOneIsRD2005()
    {
        const string Quote = "城乡居民收入倍差缩小至1.75倍";
        var yaml = Fixtures.Header + Fixtures.Figure("UrbanRuralIncomeRatio", "1.75", "\"\"", Quote);
        var diagnostic = AssertSingleAtUnit(Diagnose(yaml, Quote), yaml, "\"\"");
        Assert.That(diagnostic.GetMessage(CultureInfo.InvariantCulture), Does.Contain("\"\" (none)").And.Contain("prints '倍'"));
    }

    [Test]
    public void CorrectedUnitDoesNotLiftTheRule()
    {
        // The printed unit must be what is printed; a correction on top of a wrong printed unit is still wrong.
        var yaml = Fixtures.ValidYaml.Replace("    unit: 亿元\n", "    unit: 万元\n    correctedUnit: 亿元\n    note: misread\n");
        AssertSingleAtUnit(Diagnose(yaml), yaml, "万元");
    }

    [Test]
    public void CorrectedUnitStillNeedsThePrintedUnitInTheQuote()
    {
        // 人口自然增长率 3.38%。: the printed % is in the quote, the correction to ‰ is accepted ...
        const string Text = "人口自然增长率 3.38%。；";
        var printed = Fixtures.Header + Fixtures.Figure("PopulationNaturalGrowthRate", "3.38", "\"%\"\n    correctedUnit: ‰\n    note: the 。 is the remains of ‰", "人口自然增长率 3.38%。");
        Assert.That(Diagnose(printed, Text).Diagnostics.Select(Describe), Is.Empty);

        // ... but a printed unit written as the corrected one is not what the text prints.
        var corrected = Fixtures.Header + Fixtures.Figure("PopulationNaturalGrowthRate", "3.38", "‰\n    correctedUnit: ‰\n    note: the 。 is the remains of ‰", "人口自然增长率 3.38%。");
        AssertSingleAtUnit(Diagnose(corrected, Text), corrected, "‰");
    }

    [Test]
    public void OnlyTheFigureWithTheWrongUnitIsReported()
    {
        var yaml = Fixtures.ValidYaml.Replace("    unit: \"%\"\n", "    unit: 个百分点\n");
        AssertSingleAtUnit(Diagnose(yaml), yaml, "个百分点");
    }

    [Test]
    public void SeedWithAWrongUnitFailsTheBuildAtTheUnit()
    {
        // A real report, as a maintainer would break it: Quzhou 2024's GDP written in 万元 instead of 亿元.
        var seeds = GeneratorHarness.SeedFiles();
        var yamlFile = seeds.Single(file => file.Path.EndsWith("quzhou-2024.report.yaml", StringComparison.Ordinal));
        var original = yamlFile.GetText()!.ToString();
        Assert.That(Diagnose(seeds.ToList()).Errors.Select(Describe), Is.Empty, "the seeds as committed build");

        const string Figure = "  - key: Gdp\n    year: 2023\n";
        var figureAt = original.IndexOf(Figure, StringComparison.Ordinal);
        Assert.That(figureAt, Is.GreaterThanOrEqualTo(0), "Quzhou 2024 has its GDP figure");
        const string Unit = "    unit: \"亿元\"\n";
        var unitAt = original.IndexOf(Unit, figureAt, StringComparison.Ordinal);
        var broken = original.Substring(0, unitAt) + "    unit: \"万元\"\n" + original.Substring(unitAt + Unit.Length);
        var files = seeds.Select(file => file == yamlFile ? Additional(file.Path, broken) : file).ToList();

        var outcome = Diagnose(files);
        var error = outcome.Errors.Single();
        var (line, column) = Position(broken, unitAt + "    unit: ".Length);
        AssertAt(error, "RD2005", line, column);
        Assert.That(error.Location.GetLineSpan().Path, Does.EndWith("quzhou-2024.report.yaml"));
        Assert.That(error.GetMessage(CultureInfo.InvariantCulture), Does.Contain("prints '亿元'"));
    }

    // ---- Forms reports print: all pass ----

    [TestCase("分别为3000、1200、180家", "3000", "家", TestName = "ListSharingItsLastUnitFirstNumber")]
    [TestCase("分别为3000、1200、180家", "1200", "家", TestName = "ListSharingItsLastUnitMiddleNumber")]
    [TestCase("分别为3000、1200、180家", "180", "家", TestName = "ListSharingItsLastUnitLastNumber")]
    [TestCase("分别增长8.8%和9.3%", "8.8", "\"%\"", TestName = "ListWithAUnitAfterEachNumberJoinedBy和")]
    [TestCase("分别增长8.8%、9.3%", "9.3", "\"%\"", TestName = "ListWithAUnitAfterEachNumberJoinedBy顿号")]
    [TestCase("分别增长8.8和9.3%", "8.8", "\"%\"", TestName = "ListJoinedBy和SharingItsLastUnit")]
    [TestCase("分别增长 11.1%和 14.7%", "14.7", "\"%\"", TestName = "ListWithOcrSpacing")]
    [TestCase("新增企业1-2家", "1-2", "家", TestName = "RangeWithHyphen")]
    [TestCase("新增企业1—2家", "1—2", "家", TestName = "RangeWithDash")]
    [TestCase("新增企业1至2家", "1至2", "家", TestName = "RangeWith至")]
    [TestCase("增长6.5—7%", "6.5", "\"%\"", TestName = "LowEndOfARangeSharesItsUnit")]
    [TestCase("出口下降3%", "3", "\"%\"", TestName = "Decline")]
    [TestCase("能耗下降0.5个百分点", "0.5", "个百分点\n    decline: true", TestName = "DeclineInPercentagePoints")]
    [TestCase("提高1.5个 百分点", "1.5", "个百分点", TestName = "PercentagePointsSplitByOcrSpace")]
    [TestCase("电子商务交易额增长2.3倍", "2.3", "倍", TestName = "Multiple")]
    [TestCase("全市实现生产总值 1056.6 亿元", "1056.6", "亿元", TestName = "SpacesAroundTheNumber")]
    [TestCase("增长9.1％", "9.1", "\"%\"", TestName = "FullWidthPercentInTheText")]
    [TestCase("增长9.1%", "9.1", "％", TestName = "FullWidthPercentInTheYaml")]
    [TestCase("培育企业500余家", "500", "家", TestName = "ApproximationWord余BetweenNumberAndUnit")]
    [TestCase("建成20多个", "20", "个", TestName = "ApproximationWord多BetweenNumberAndUnit")]
    [TestCase("转移就业1万余人", "1", "万人", TestName = "ApproximationWordAfterTheMagnitude")]
    [TestCase("占国际市场份额提高2个多百分点", "2", "个百分点", TestName = "ApproximationWordInsidePercentagePoints")]
    [TestCase("降低900多万个体工商户税负", "900", "万\n    correctedUnit: 万户\n    note: the noun makes it 万户", TestName = "CounterThatOpensANounIsNoUnit")]
    [TestCase("地区生产总值增长7%左右", "7", "\"%\"", TestName = "BoundWordAfterTheUnit")]
    [TestCase("分别为3000及1200家", "3000", "家", TestName = "ListJoinedBy及")]
    [TestCase("外贸进出口总额增长15%、突破15亿元", "15", "亿元", TestName = "AnotherPlaceOfTheSameNumberCarriesTheUnit")]
    [TestCase("新增参保人数2.35万，优化", "2.35", "万\n    correctedUnit: 万人\n    note: the label carries the noun", TestName = "BareTenThousandAsPrinted")]
    [TestCase("城乡居民收入倍差缩小至1.75以内", "1.75", "\"\"", TestName = "NoUnitWhereNoneIsPrinted")]
    [TestCase("安装千瓦时电表，发电12.5万千瓦时", "12.5", "万千瓦时", TestName = "UnitElsewhereInTheQuoteDoesNotMatter")]
    public void PrintedFormPasses(string quote, string value, string unit)
    {
        var yaml = Fixtures.Header + Fixtures.Figure("Indicator", value, unit, quote);
        var outcome = DiagnoseInText(yaml, quote);
        Assert.That(outcome.Diagnostics.Select(Describe), Is.Empty);
        Assert.That(GeneratorHarness.LoadFigures(outcome.Run.OutputCompilation), Has.Count.EqualTo(1), "the figure is generated");
    }

    // ---- Invisible format characters between a number and its unit: passed over like spaces ----

    [TestCase('\u200B', TestName = "ZeroWidthSpaceBetweenNumberAndUnitIsPassedOver")]
    [TestCase('\u200C', TestName = "ZeroWidthNonJoinerBetweenNumberAndUnitIsPassedOver")]
    [TestCase('\u200D', TestName = "ZeroWidthJoinerBetweenNumberAndUnitIsPassedOver")]
    [TestCase('\u2060', TestName = "WordJoinerBetweenNumberAndUnitIsPassedOver")]
    [TestCase('\uFEFF', TestName = "ByteOrderMarkBetweenNumberAndUnitIsPassedOver")]
    public void InvisibleCharacterBetweenNumberAndUnitProvesTheUnit(char invisible)
    {
        var outcome = DiagnoseInvisible("国内生产总值达到74.4{0}万亿元", invisible, "74.4", "万亿元", out _);
        Assert.That(outcome.Diagnostics.Select(Describe), Is.Empty);
        Assert.That(GeneratorHarness.LoadFigures(outcome.Run.OutputCompilation), Has.Count.EqualTo(1), "the figure is generated");
    }

    [TestCase('\u200B', "万元", TestName = "OtherUnitAfterAZeroWidthSpaceIsRD2005")]
    [TestCase('\u200B', "亿元", TestName = "ShorterUnitAfterAZeroWidthSpaceIsRD2005")]
    [TestCase('\u2060', "万元", TestName = "OtherUnitAfterAWordJoinerIsRD2005")]
    [TestCase('\uFEFF', "亿元", TestName = "ShorterUnitAfterAByteOrderMarkIsRD2005")]
    public void InvisibleCharacterDoesNotProveAnotherUnit(char invisible, string unit)
    {
        var outcome = DiagnoseInvisible("国内生产总值达到74.4{0}万亿元", invisible, "74.4", unit, out var yaml);
        var diagnostic = AssertSingleAtUnit(outcome, yaml, unit);
        Assert.That(diagnostic.GetMessage(CultureInfo.InvariantCulture), Does.Contain("prints '万亿元'"));
    }

    [Test]
    public void ZeroWidthSpaceOnALineOfItsOwnBetweenNumberAndUnitIsPassedOver()
    {
        // As the 2017 State Council report prints its GDP and its new optical cable lines: number, line break, U+200B, line break, unit.
        var gdp = DiagnoseInvisible("国内生产总值达到74.4\n{0}\n万亿元", '\u200B', "74.4", "万亿元", out _);
        Assert.That(gdp.Diagnostics.Select(Describe), Is.Empty);
        var cable = DiagnoseInvisible("光缆线路550\n{0}\n多万公里", '\u200B', "550", "万公里", out _);
        Assert.That(cable.Diagnostics.Select(Describe), Is.Empty);
        var wrong = DiagnoseInvisible("光缆线路550\n{0}\n多万公里", '\u200B', "550", "公里", out var yaml);
        AssertSingleAtUnit(wrong, yaml, "公里");
    }

    [Test]
    public void EveryUnitOfEverySeedIsProven()
    {
        // The committed data passes the rule: no seed figure needed the rule bent.
        var outcome = Diagnose(GeneratorHarness.SeedFiles().ToList());
        Assert.That(outcome.Diagnostics.Where(diagnostic => diagnostic.Id == "RD2005").Select(Describe), Is.Empty);
    }

    /// <summary>
    /// Diagnoses one figure whose quote is <paramref name="pattern"/> with <paramref name="invisible"/> at <c>{0}</c>: the text
    /// holds the character itself, the YAML quote writes it as a <c>\u</c> escape (and line breaks as <c>\n</c>) so that the
    /// YAML stays readable whatever the character.
    /// </summary>
    private static Outcome DiagnoseInvisible(string pattern, char invisible, string value, string unit, out string yaml)
    {
        var quote = string.Format(CultureInfo.InvariantCulture, pattern, invisible);
        var escaped = "\"" + string.Format(CultureInfo.InvariantCulture, pattern.Replace("\n", "\\n"), "\\u" + ((int)invisible).ToString("X4", CultureInfo.InvariantCulture)) + "\"";
        yaml = Fixtures.Header + Fixtures.Figure("Indicator", value, unit, escaped);
        return Diagnose(yaml, "开头。" + quote + "。结尾");
    }

    /// <summary>The single diagnostic is RD2005 where the value of the (only) <c>unit: <paramref name="unit"/></c> line starts.</summary>
    private static Diagnostic AssertSingleAtUnit(Outcome outcome, string yaml, string unit)
    {
        var field = "    unit: " + unit + "\n";
        var at = yaml.IndexOf(field, StringComparison.Ordinal);
        Assert.That(at, Is.GreaterThanOrEqualTo(0), "the case's YAML has the unit line");
        Assert.That(yaml.IndexOf(field, at + 1, StringComparison.Ordinal), Is.LessThan(0), "one such unit line");
        var (line, column) = Position(yaml, at + "    unit: ".Length);
        return AssertSingle(outcome, "RD2005", line, column);
    }

    /// <summary>The 1-based line and column (UTF-16 units, as a build prints) of an offset in LF-separated text.</summary>
    private static (int Line, int Column) Position(string text, int offset)
    {
        var lineStart = text.LastIndexOf('\n', offset - 1) + 1;
        return (text.Take(offset).Count(character => character == '\n') + 1, offset - lineStart + 1);
    }
}
