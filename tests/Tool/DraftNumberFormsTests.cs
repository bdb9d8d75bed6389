using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using NUnit.Framework;
using ReportData.Tool.Drafting;

namespace ReportData.Tests.Tool;

/// <summary>
/// Drafting numbers printed in forms the seeds do not use: thousands separators, full-width digits, a printed minus
/// and ranges with the unit after both ends. The expected figures are written by hand from docs/authoring.md; the
/// draft of such a text must then pass the build's own checks (<c>reportdata check</c>) and coverage.
/// </summary>
public class DraftNumberFormsTests
{
    private const string Probe =
        "2025年某市人民政府工作报告\n"
        + "一、2024年工作回顾\n"
        + "全市地区生产总值达到1,234.5亿元，增长６.５%。规上工业增加值增长-3.2%，一般公共预算收入下降2.1％。\n"
        + "固定资产投资增长6%-7%，社会消费品零售总额增长5—6%。\n"
        + "二、2025年主要预期目标\n"
        + "地区生产总值增长6.5%左右，城镇调查失业率控制在5.5%以内。\n";

    private static Draft Draft(string text) =>
        Drafter.Draft(text, new DraftOptions("Mou", "某", null, "t.txt"), KeyVocabulary.Empty);

    [Test]
    public void ProbeDraftsEveryFigureAsPrintedAndPassesTheBuildsChecks()
    {
        var draft = Draft(Probe);
        var figures = draft.Figures.Select(f => (f.Key, f.Year, f.IsTarget, f.Label, f.Value, f.Unit, f.IsDecline)).ToList();
        Assert.That(figures, Is.EqualTo(new[]
        {
            ("Gdp", (int?)2024, false, "全市地区生产总值", "1,234.5", "亿元", false),
            ("GdpGrowth", 2024, false, "全市地区生产总值增长", "６.５", "%", false),
            ("IndustrialValueAddedGrowth", 2024, false, "规上工业增加值增长", "3.2", "%", true),
            ("GeneralBudgetRevenueGrowth", 2024, false, "一般公共预算收入下降", "2.1", "％", true),
            ("FixedAssetInvestmentGrowth", 2024, false, "固定资产投资增长", "6-7", "%", false),
            ("RetailSalesGrowth", 2024, false, "社会消费品零售总额增长", "5—6", "%", false),
            ("GdpGrowth", 2025, true, "地区生产总值增长", "6.5", "%", false),
            ("SurveyedUnemploymentRate", 2025, true, "城镇调查失业率", "5.5", "%", false),
        }));
        var fall = draft.Figures.Single(f => f.Key == "IndustrialValueAddedGrowth");
        Assert.That(fall.Note, Does.Contain("printed as -3.2%"));
        Assert.That(draft.Skipped, Is.Empty, "every number is a figure: 1,234.5 is one number, not 1 and 234.5");

        using var folder = new ScratchFolder();
        File.WriteAllText(folder.File("t.txt"), Probe);
        var (drafted, _, draftError) = CheckCommandTests.Run("draft", folder.File("t.txt"), "--city", "Mou", "--city-name", "某");
        Assert.That(drafted, Is.EqualTo(0), draftError);
        Assert.That(ReportData.Tests.Data.SchemaTests.Validate(File.ReadAllText(folder.File("mou-2025.report.yaml"))), Is.Empty, "the draft validates against the schema editors use");
        var (checkedCode, _, checkError) = CheckCommandTests.Run("check", folder.Path);
        var errors = Regex.Matches(checkError, @"error (RD\d{4})").Select(match => match.Groups[1].Value).ToList();
        Assert.That(errors.Where(id => id != "RD4001"), Is.Empty, "the build accepts every drafted value, unit and decline:\n" + checkError);
        Assert.That(checkedCode, Is.EqualTo(errors.Count == 0 ? 0 : 1));

        // Coverage reads the numbers as the build does: 10 numbers (1,234.5 one of them), every one a figure's.
        var (coverageCode, coverage, _) = CheckCommandTests.Run("coverage", folder.Path);
        Assert.That(coverage, Does.Contain(": 10 numbers, 10 figures, 0 skipped, 0 unexplained (0 in summary/targets), 3 years left out"));
        Assert.That(coverageCode, Is.EqualTo(0));
    }

    [Test]
    public void SeparatedNumbersOfAListShareTheirUnit()
    {
        var draft = Draft("一、2023年工作回顾\n新增高新技术企业和科技型中小企业分别为1,000、12,500家。\n");
        Assert.That(draft.Figures.Select(f => (f.Value, f.Unit)), Is.EqualTo(new[] { ("1,000", "家"), ("12,500", "家") }));
    }

    [Test]
    public void FallOfANegativeNumberAndANegativeLevelAreLeftToReview()
    {
        var draft = Draft("一、2023年工作回顾\n出口下降-3.2%。利润总额-5亿元。\n");
        var fall = draft.Figures.Single(f => f.Value == "3.2");
        Assert.That((fall.IsDecline, fall.Label), Is.EqualTo((true, "出口下降")));
        Assert.That(fall.Review, Does.Contain("sign: a fall (下降) of a negative number (-3.2)"));
        var level = draft.Figures.Single(f => f.Value == "5");
        Assert.That((level.IsDecline, level.Unit, level.Label), Is.EqualTo((true, "亿元", "利润总额")));
        Assert.That(level.Review, Does.Contain("sign: a negative level (-5亿元)"));
    }

    [Test]
    public void DashBetweenTwoNumbersIsARangeAndNoSign()
    {
        var draft = Draft("一、2023年工作回顾\n新增企业10-20家，投资10亿元—20亿元，研发投入增长6%至7%。\n");
        Assert.That(draft.Figures.Select(f => (f.Value, f.Unit, f.IsDecline)), Is.EqualTo(new[] { ("10-20", "家", false), ("10—20", "亿元", false), ("6至7", "%", false) }));
    }

    [Test]
    public void RangeWithAnotherUnitAtItsHighEndIsTwoFigures()
    {
        // 6%-7亿元 is no range: two quantities, 6% and 7亿元, the second left to review as a label of its own.
        var draft = Draft("一、2023年工作回顾\n投资增长6%-7亿元。\n");
        Assert.That(draft.Figures.Select(f => (f.Value, f.Unit)), Is.EqualTo(new[] { ("6", "%"), ("7", "亿元") }));
    }

    [Test]
    public void FullWidthYearsAreYears()
    {
        var draft = Draft("一、２０２３年工作回顾\n２０２３年全市生产总值达到１２３４．５亿元。\n");
        Assert.That(draft.Figures.Select(f => (f.Key, f.Value, f.Unit)), Is.EqualTo(new[] { ("Gdp", "１２３４．５", "亿元") }));
        Assert.That(draft.Skipped, Is.Empty, "a year is not a figure, nor a number to skip");
    }

    [Test]
    public void YearsOfMixedWidthAreReadAsYearsNotParsedAsText()
    {
        // .NET's \d matches full-width digits but int.Parse does not read them: the years are folded before they are parsed.
        var draft = Draft("20２４年某市政府工作报告\n一、20２３年工作回顾\n全市生产总值达到100亿元。\n二、20２４年主要预期目标\n到20２７年，生产总值达到200亿元。\n");
        Assert.That(draft.Report.Year, Is.EqualTo(2024));
        Assert.That(draft.Figures.Select(f => (f.Value, f.Year, f.IsTarget)), Is.EqualTo(new[] { ("100", (int?)2023, false), ("200", 2027, true) }));
    }

    [Test]
    public void MoreThanSomePercentagePointsIsOneQuantityOfPercentagePoints()
    {
        var quantity = NumberScanner.Scan("占国际市场份额提高2个多百分点").Single();
        Assert.That((quantity.Value, quantity.Unit, quantity.Approximate), Is.EqualTo(("2", "个百分点", true)));
    }

    [TestCase("新建8个体育公园", "8", "个")]
    [TestCase("在9个人口20万以上的城市", "9", "个")]
    [TestCase("完成5项目标任务", "5", "项")]
    public void ACounterIsTheUnitUnlessItOpensANoun(string clause, string value, string unit)
    {
        var quantity = NumberScanner.Scan(clause).First();
        Assert.That((quantity.Value, quantity.Unit), Is.EqualTo((value, unit)));
    }

    [TestCase("全市首个1类创新药获批上市。")]
    [TestCase("3个2类新药获批上市。", "3")]
    public void AClassAfterACounterOrBeforeADrugIsAGradeNotACount(string sentence, params string[] counts)
    {
        var draft = Draft("2025年某市人民政府工作报告\n一、2024年工作回顾\n" + sentence + "\n");
        Assert.That(draft.Figures.Select(figure => figure.Value), Is.EqualTo(counts));
        Assert.That(draft.Skipped.Select(skip => skip.Reason), Has.Some.Contains("1类创新药"));
    }
}
