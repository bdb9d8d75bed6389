using System.Linq;
using NUnit.Framework;
using ReportData;
using ReportData.Tool.Drafting;

namespace ReportData.Tests.Tool;

/// <summary>
/// The report's structure as the drafting engine reads it (docs/tool.md): sections from headings and the openings of
/// paragraphs, in the forms the national, provincial and district reports print. Texts written for the purpose; the
/// expected year and kind of each figure read from the text by hand.
/// </summary>
public class DraftSectionTests
{
    private static Draft Draft(string text, int year) =>
        Drafter.Draft(text, new DraftOptions("Sample", "示例", year, "s.txt"), KeyVocabulary.Empty);

    private static DraftFigure Only(Draft draft, string value) => draft.Figures.Single(f => f.Value == value);

    [Test]
    public void YearsPrintedInNumeralsPlaceTheReportAndItsSections()
    {
        const string text = "政府工作报告\n——二〇二五年一月十四日在某市第十七届人民代表大会第四次会议上\n\n一、二〇二四年工作回顾\n"
            + "过去一年，全市地区生产总值增长5.5%。\n二、二〇二五年主要目标任务\n今年的主要预期目标是：地区生产总值增长6%左右。\n";
        var draft = Drafter.Draft(text, new DraftOptions("Sample", "示例", null, "s.txt"), KeyVocabulary.Empty);

        Assert.That((draft.Report.Year, draft.Report.Date), Is.EqualTo((2025, "2025-01-14")));
        Assert.That(draft.Figures.Select(f => (f.Key, f.Year, f.Kind)), Is.EqualTo(new[] { ("GdpGrowth", (int?)2024, FigureKind.Actual), ("GdpGrowth", 2025, FigureKind.Target) }));
        Assert.That(draft.Figures.Select(f => f.Review), Has.All.Null);
    }

    [Test]
    public void InAFiveYearReviewALevelHeldThroughTheYearsIsThePeriods()
    {
        var draft = Draft("一、过去五年工作回顾\n五年来，粮食产量连年稳定在1.3万亿斤以上，财政赤字率一直控制在3%以内，可持续发展能力持续增强，森林面积增加1.63亿亩。\n", 2018);

        Assert.That(Only(draft, "1.3"), Has.Property("Key").EqualTo("GrainOutput").And.Property("Label").EqualTo("粮食产量").And.Property("Horizon").EqualTo("五年").And.Property("Review").Null);
        Assert.That(Only(draft, "3"), Has.Property("Key").EqualTo("DeficitRatio").And.Property("Label").EqualTo("财政赤字率").And.Property("Horizon").EqualTo("五年").And.Property("Review").Null);
        Assert.That(Only(draft, "1.63"), Has.Property("Horizon").EqualTo("五年"), "a change over the review is the period's");
        Assert.That(Only(draft, "1.63").Review ?? string.Empty, Does.Not.Contain("period"));
    }

    [Test]
    public void TargetsAnnouncedInsideAParagraphSetTheYearTheReportTargets()
    {
        const string text = "2021年某市政府工作报告\n一、2020年工作回顾\n过去一年，地区生产总值增长2.3%。\n二、2021年工作总体要求和政策取向\n"
            + "今年我国发展仍面临不少风险挑战，但经济长期向好的基本面没有改变。我们要坚定信心，攻坚克难，巩固恢复性增长基础，努力保持经济社会持续健康发展。今年发展主要预期目标是：国内生产总值增长6%以上。\n";
        var draft = Draft(text, 2021);

        Assert.That((draft.Report.Reviews, draft.Report.TargetsFor), Is.EqualTo(((int?)2020, (int?)2021)));
        Assert.That(Only(draft, "6"), Has.Property("Kind").EqualTo(FigureKind.Target).And.Property("Year").EqualTo(2021));
    }

    [TestCase("一九九八年", "1998年")]
    [TestCase("二零二四年", "2024年")]
    [TestCase("二○二三 年", "2023 年")]
    [TestCase("三〇二五年", "三〇二五年")]
    [TestCase("二〇二五", "二〇二五")]
    public void AYearInNumeralsIsReadInDigitsCharacterForCharacter(string printed, string read)
    {
        Assert.That(ChineseNumeralDates.YearsToDigits(printed), Is.EqualTo(read));
    }

    [Test]
    public void AReviewSayingItsMainTargetsWereMetStaysAReview()
    {
        var draft = Draft(
            "一、2023年工作回顾\n过去一年，全年经济社会发展主要目标任务圆满完成。国内生产总值增长5.2%，城镇新增就业1244万人。\n"
            + "二、2024年经济社会发展总体要求和政策取向\n今年发展主要预期目标是：国内生产总值增长5%左右；城镇新增就业1200万人以上。\n",
            2024);
        Assert.That(draft.Figures.Select(f => (f.Value, f.Year, f.IsTarget, f.Bound)), Is.EqualTo(new[]
        {
            ("5.2", (int?)2023, false, (TargetBound?)null), ("1244", 2023, false, null), ("5", 2024, true, TargetBound.About), ("1200", 2024, true, TargetBound.AtLeast),
        }));
        Assert.That(draft.Figures.Select(f => f.Key), Is.EqualTo(new[] { "GdpGrowth", "NewUrbanJobs", "GdpGrowth", "NewUrbanJobs" }));
        Assert.That(draft.Figures.Select(f => f.Review), Has.All.Null, "headline figures of placed sections are settled");
    }

    [Test]
    public void AFiveYearReviewIsMarkedAndWhatFollowsItIsDrafted()
    {
        var draft = Draft(
            "一、过去五年工作回顾\n五年来，地区生产总值年均增长7.1%。\n过去一年，地区生产总值增长6%。\n"
            + "二、今后五年的奋斗目标\n今后五年，地区生产总值年均增长6.5%。\n三、2019年工作安排\n今年经济社会发展的主要预期目标是：地区生产总值增长5.5%左右。\n",
            2019);
        var period = Only(draft, "7.1");
        Assert.That((period.Year, period.Horizon, period.IsTarget, period.Key, period.Review), Is.EqualTo(((int?)null, "五年", false, "GdpGrowth", (string?)null)), "a yearly average over the five years");
        var lastYear = Only(draft, "6");
        Assert.That((lastYear.Year, lastYear.IsTarget, lastYear.Review), Is.EqualTo(((int?)2018, false, (string?)null)));
        var goal = Only(draft, "6.5");
        Assert.That((goal.Horizon, goal.IsTarget, goal.Key, goal.Review), Is.EqualTo(("今后五年", true, "GdpGrowth", (string?)null)));
        var target = Only(draft, "5.5");
        Assert.That((target.Year, target.IsTarget, target.Bound, target.Review), Is.EqualTo(((int?)2019, true, (TargetBound?)TargetBound.About, (string?)null)));
    }

    [Test]
    public void AFiveYearReviewGivesLevelsReachedTheLastYearTotalsThePeriodAndMarksWhatItCannotTell()
    {
        var draft = Draft(
            "一、过去五年工作回顾\n五年来，国内生产总值从54万亿元增加到82.7万亿元，年均增长7.1%，累计减税超过2万亿元，森林面积增加1.63亿亩，城镇新增就业6600万人以上。\n",
            2018);
        var level = Only(draft, "82.7");
        Assert.That((level.Year, level.Horizon, level.Review), Is.EqualTo(((int?)2017, (string?)null, (string?)null)), "a level reached is of the reviewed year");
        var cuts = Only(draft, "2");
        Assert.That((cuts.Year, cuts.Horizon, cuts.Bound), Is.EqualTo(((int?)null, "五年", (TargetBound?)TargetBound.Exceeds)), "累计: a total of the period");
        Assert.That(cuts.Review ?? string.Empty, Does.Not.Contain("period"), "only its composed key is left to check");
        var forest = Only(draft, "1.63");
        Assert.That((forest.Year, forest.Horizon), Is.EqualTo(((int?)null, "五年")), "增加: a change, of the period");
        Assert.That(forest.Review ?? string.Empty, Does.Not.Contain("period"));
        var jobs = Only(draft, "6600");
        Assert.That(jobs.Bound, Is.EqualTo(TargetBound.AtLeast));
        Assert.That(jobs.Review, Does.Contain("a level at its end is of 2017"), "neither a level reached nor said to be of the period: a person decides");
    }

    [TestCase("新增公路63.9万公里", "63.9", TestName = "新增 counts what the period added")]
    [TestCase("关停小火电机组7210万千瓦", "7210", TestName = "关停 counts what the period shut")]
    [TestCase("单位国内生产总值能耗下降17.2%", "17.2", TestName = "A fall over the period")]
    [TestCase("服务业增加值占国内生产总值比重提高2.7个百分点", "2.7", TestName = "A rise over the period")]
    public void InAFiveYearReviewAChangeOrACountOfWhatHappenedIsThePeriods(string clause, string value)
    {
        var figure = Only(Draft("一、过去五年工作回顾\n五年来，" + clause + "。\n", 2013), value);
        Assert.That((figure.Year, figure.Horizon), Is.EqualTo(((int?)null, "五年")));
        Assert.That(figure.Review ?? string.Empty, Does.Not.Contain("period"));
    }

    [TestCase("工程建设项目全流程审批时间压缩到不超过120个工作日", "120", TestName = "压缩到 a level")]
    [TestCase("企业出口退税办理时间压缩至6个工作日以内", "6", TestName = "压缩至 a level")]
    public void InAFiveYearReviewATimeCutToALevelIsTheLastYears(string clause, string value)
    {
        Assert.That(Only(Draft("一、过去五年工作回顾\n五年来，" + clause + "。\n", 2023), value).Year, Is.EqualTo(2022));
    }

    [TestCase("实施高职扩招和职业技能提升三年行动，累计扩招413万人、培训8300多万人次。", "413", "三年")]
    [TestCase("实施高职扩招和职业技能提升三年行动，累计扩招413万人、培训8300多万人次。", "8300", "三年")]
    [TestCase("十年来我国居民消费价格涨幅稳定在2%左右的较低水平。", "2", "十年")]
    public void AFigureWhoseSentenceNamesAnotherSpanIsMarkedForItsHorizon(string sentence, string value, string span)
    {
        var figure = Only(Draft("一、过去五年工作回顾\n五年来，国内生产总值年均增长5.2%。" + sentence + "\n", 2023), value);
        Assert.That(figure.Review, Does.Contain("its sentence names " + span));
    }

    [Test]
    public void InAFiveYearReviewAStockPassedIsALevelAndAFlowPassedATotal()
    {
        var draft = Draft("一、过去五年工作回顾\n五年来，工业增加值突破40万亿元，城镇新增就业超过6000万人，轨道交通运营里程从4500多公里增加到近1万公里。\n", 2023);
        Assert.That((Only(draft, "40").Year, Only(draft, "40").Horizon), Is.EqualTo(((int?)2022, (string?)null)), "a stock passed: the level at the end");
        var jobs = Only(draft, "6000");
        Assert.That((jobs.Year, jobs.Horizon), Is.EqualTo(((int?)null, "五年")), "a flow passed: a total of the period");
        Assert.That(jobs.Review, Does.Contain("a level at its end"), "a flow with no word of the period is marked");
        var rail = Only(draft, "1");
        Assert.That((rail.Year, rail.Bound), Is.EqualTo(((int?)2022, (TargetBound?)TargetBound.Below)), "增加到近1万: the level reached, just under");
    }

    [Test]
    public void TheYearJustPastNamedOpensItsReview()
    {
        var draft = Draft("一、过去五年工作回顾\n五年来，国内生产总值年均增长7.1%。\n刚刚过去的2017年，国内生产总值增长6.9%。\n", 2018);
        var lastYear = Only(draft, "6.9");
        Assert.That((lastYear.Year, lastYear.Horizon, lastYear.IsTarget), Is.EqualTo(((int?)2017, (string?)null, false)));
    }

    [Test]
    public void AReviewSinceAPlanBeganIsMarkedNotGivenFiveYears()
    {
        var draft = Draft("一、2023年工作回顾\n“十四五”以来，全市生产总值年均增长6.5%。\n", 2024);
        var since = Only(draft, "6.5");
        Assert.That(since.Review, Does.Contain("a figure of a review of several years"));
    }

    [Test]
    public void APlanParagraphThatLooksBackIsOfTheYearBeforeAndOnlyThatParagraph()
    {
        var draft = Draft("二、2024年工作安排\n去年，全市粮食产量达到100万吨。\n今年，全市粮食产量稳定在105万吨以上。\n", 2024);
        Assert.That(draft.Figures.Select(f => (f.Value, f.Year, f.IsTarget)), Is.EqualTo(new[] { ("100", (int?)2023, false), ("105", 2024, true) }));
    }

    [Test]
    public void ASectionThatNamesNoPeriodAfterAReviewIsMarkedNotGivenTheReportsYear()
    {
        var draft = Draft("一、2023年工作回顾\n全市生产总值增长6.8%。\n二、牢记嘱托，奋力推进高质量发展\n新建公园12个。\n", 2024);
        Assert.That(Only(draft, "6.8").Review, Is.Null);
        var unplaced = Only(draft, "12");
        Assert.That(unplaced.Review, Does.Contain("names no period"));
        Assert.That(unplaced.IsTarget, Is.False);
    }

    [Test]
    public void HeadingsWithoutYearsArePlacedByTheOpeningsOfTheirParagraphs()
    {
        var draft = Draft(
            "一、牢记殷殷嘱托，在接续奋斗中建设取得新成效\n初步统计，2024年全省地区生产总值57761亿元。\n"
            + "二、牢记历史使命，在新征程上奋勇争先\n2025年是“十四五”规划收官之年。主要预期目标是：全省地区生产总值增长5.5%左右。\n",
            2025);
        Assert.That(draft.Figures.Select(f => (f.Value, f.Year, f.IsTarget)), Is.EqualTo(new[] { ("57761", (int?)2024, false), ("5.5", 2025, true) }));
    }

    [Test]
    public void APlanNameBrokenOntoItsOwnLineIsNoHeading()
    {
        var draft = Draft("一、2016年工作回顾\n过去一年，实现了\n十三五\n”良好开局。国内生产总值增长6.7%。\n", 2017);
        var growth = Only(draft, "6.7");
        Assert.That((growth.Year, growth.IsTarget), Is.EqualTo(((int?)2016, false)));
    }

    [Test]
    public void TheYearOfAReportWhoseHeadingsSayTodayIsReadFromItsPlan()
    {
        var draft = Drafter.Draft(
            "一、过去五年工作回顾\n五年来，国内生产总值年均增长9.3%。\n二、今年经济社会发展的总体要求\n2013年是全面贯彻落实党的十八大精神的开局之年。\n",
            new DraftOptions("Sample", "示例", null, "s.txt"),
            KeyVocabulary.Empty);
        Assert.That(draft.Report.Year, Is.EqualTo(2013));
    }

    [Test]
    public void APlansGoalsKeepThePlansNameWhereAParagraphSaysTheNextFiveYears()
    {
        // national-2011: the heading names the plan, a paragraph under it opens its goals with 今后五年.
        var draft = Draft(
            "一、过去一年工作回顾\n过去一年，国内生产总值增长10.3%。\n二、“十二五”时期的主要目标和任务\n"
            + "——我们要推动经济发展再上新台阶。今后五年，我国经济增长预期目标是年均增长7%。\n",
            2011);

        var goal = Only(draft, "7");

        Assert.That((goal.Year, goal.Horizon, goal.IsTarget), Is.EqualTo(((int?)null, "十二五", true)));
    }

    [Test]
    public void InAReviewOfFiveYearsAShareOfAWholeAndWhatLastYearBroughtAreOfTheLastYear()
    {
        // national-2018 and 2023: 71%的煤电机组实现超低排放 and 90%以上的政务服务实现网上可办 say how things stand at the end;
        // 去年利润增长23.5% names the last year. A yearly average stays the period's.
        var draft = Draft(
            "一、过去五年工作回顾\n五年来，国内生产总值年均增长7.1%。71%的煤电机组实现超低排放，90%以上的政务服务实现网上可办。"
            + "国有企业改革稳步推进，去年利润增长23.5%。\n",
            2018);

        Assert.That(draft.Figures.Select(f => (f.Value, f.Year, f.Horizon)), Is.EqualTo(new[]
        {
            ("7.1", (int?)null, "五年"), ("71", 2017, (string?)null), ("90", 2017, null), ("23.5", 2017, null),
        }));
    }

    [Test]
    public void AReviewsAverageAndAPlansGoalOfOneKeyBothKeepTheKey()
    {
        // national-2011: the 十一五 review's figures are the year's PastFiveYears in the build, the 十二五 goals its FiveYearGoals.
        var draft = Draft("一、过去五年工作回顾\n五年来，国内生产总值年均增长11.2%。\n二、“十二五”时期的主要目标\n今后五年，国内生产总值年均增长7%。\n", 2011);
        Assert.That(draft.Figures.Select(f => (f.Value, f.Key, f.IsTarget, f.Review)), Is.EqualTo(new[] { ("11.2", "GdpGrowth", false, (string?)null), ("7", "GdpGrowth", true, null) }));
    }

    [Test]
    public void TwoGoalsOfOneKeyInOneHorizonClassDoNotMeetOnOneConstant()
    {
        // 今后五年 and 十四五 are both FiveYearGoals in the build.
        var draft = Draft("二、“十四五”时期主要目标\n国内生产总值年均增长5.5%。\n今后五年，国内生产总值年均增长6%。\n", 2021);
        var keys = draft.Figures.Select(f => f.Key).ToList();
        Assert.That(keys.Distinct().Count(), Is.EqualTo(keys.Count), string.Join(", ", keys));
    }

    [Test]
    public void AFigureOfASentenceThatReportsACensusIsMarkedForItsYear()
    {
        // jiangsu-2025: the fifth economic census revised 2023's GDP by 2702亿元, in the review of 2024.
        var draft = Draft("一、2024年工作回顾\n全省地区生产总值增长5.8%。经过全国第五次经济普查，全省共增加2702亿元，2023年达到13.09万亿元。\n"
            + "启动第四次全国文物普查，出土重要文物标本1200余件。\n", 2025);
        Assert.That(draft.Figures.Single(f => f.Value == "2702").Review, Does.Contain("census"));
        Assert.That(draft.Figures.Single(f => f.Value == "5.8").Review, Is.Null, "the sentence before the census");
        Assert.That(draft.Figures.Single(f => f.Value == "1200").Review ?? string.Empty, Does.Not.Contain("census"), "a census of relics revises no statistic");
    }

    [Test]
    public void AReviewsTotalOverItsYearsIsNotedAsAFiveYearTotal()
    {
        // docs/authoring.md: a multi-year total carries its horizon and a note that starts "five-year total".
        var draft = Draft("一、过去五年工作回顾\n五年来，新建改建农村公路125万公里，粮食产量连年稳定在1.3万亿斤以上，城镇新增就业年均1270多万人，"
            + "单位国内生产总值能耗下降8.1%，五年总体赤字率3%。\n", 2023);
        Assert.That(draft.Figures.Single(f => f.Value == "125"), Has.Property("Horizon").EqualTo("五年").And.Property("Note").StartsWith("five-year total"));
        foreach (var notTotal in new[] { "1.3", "1270", "8.1", "3" })
        {
            Assert.That(draft.Figures.Single(f => f.Value == notTotal).Note ?? string.Empty, Does.Not.Contain("total"), notTotal + ": a level held, a yearly average, a change or a rate");
        }
    }

    [Test]
    public void AFigureOfAParagraphAboutAPartOfThePlaceIsMarkedForItsKey()
    {
        // hailar-2013: the 32 projects are the 东山组团's, not the district's, though 实施重点项目 settles the district's key.
        var vocabulary = new KeyVocabulary(new[] { ("实施重点项目", "KeyProjectsImplemented", "Count", "Count") });
        var text = "2013年某区政府工作报告\n二、2013年工作安排\n全面加快东山组团建设。年内计划投资64.8亿元，实施重点项目32个。\n推进重点工程。实施重点项目120个。\n";
        var draft = Drafter.Draft(text, new DraftOptions("Mou", "某", null, "t.txt"), vocabulary);
        Assert.That(draft.Figures.Single(f => f.Value == "32").Review, Does.Contain("the paragraph is about 东山组团"));
        Assert.That(draft.Figures.Single(f => f.Value == "120"), Has.Property("Key").EqualTo("KeyProjectsImplemented").And.Property("Review").Null);
    }
}
