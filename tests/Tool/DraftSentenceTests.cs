using System.Linq;
using NUnit.Framework;
using ReportData.Tool.Drafting;

namespace ReportData.Tests.Tool;

/// <summary>
/// What a sentence inside a paragraph says about its figures' year, beyond the paragraph's section: a look back inside the
/// plan (过去一年，…), a sentence that names a past year (2012年，…), a goal that names its year (2015年…将超过…), and the level
/// a plan starts from (从47.5%提高到51.5%).
/// </summary>
public class DraftSentenceTests
{
    private static Draft Draft(string text) => Drafter.Draft(text, new DraftOptions("Mou", "某", null, "t.txt"), KeyVocabulary.Empty);

    private static DraftFigure Figure(Draft draft, string value) => draft.Figures.Single(figure => figure.Value == value);

    [Test]
    public void ALookBackInsideThePlanIsOfLastYearUntilThisYearReturns()
    {
        var draft = Draft("2011年某市政府工作报告\n一、2010年工作回顾\n全市生产总值达到1000亿元。\n二、2011年的工作\n"
            + "2011年，是开局之年，做好今年的工作至关重要。过去一年，我们的各项工作取得了很大成绩。国内生产总值增长10.3%，城镇新增就业1168万人。"
            + "今年，国内生产总值增长8%左右。\n");

        Assert.That(Figure(draft, "10.3"), Has.Property("Year").EqualTo(2010).And.Property("IsTarget").False);
        Assert.That(Figure(draft, "1168"), Has.Property("Year").EqualTo(2010).And.Property("IsTarget").False);
        Assert.That(Figure(draft, "10.3").Review, Is.Null, "the look-back is placed, not guessed");
        Assert.That(Figure(draft, "8"), Has.Property("Year").EqualTo(2011).And.Property("IsTarget").True);
    }

    [Test]
    public void ASentenceOpeningWithAPastYearIsOfThatYearAlone()
    {
        var draft = Draft("2013年某市政府工作报告\n一、过去五年工作回顾\n"
            + "五年来，我们保持经济平稳较快发展。2012年，在各种风险不断暴露的情况下，国内生产总值增长7.8%，城镇新增就业1266万人。"
            + "五年累计新增城镇就业5870万人，单位国内生产总值能耗下降17.2%。\n");

        Assert.That(Figure(draft, "7.8"), Has.Property("Year").EqualTo(2012).And.Property("Horizon").Null);
        Assert.That(Figure(draft, "1266"), Has.Property("Year").EqualTo(2012));
        Assert.That(Figure(draft, "5870"), Has.Property("Horizon").EqualTo("五年"), "the next sentence is the period's again");
        Assert.That(Figure(draft, "17.2"), Has.Property("Year").Null);
    }

    [TestCase("2012年以来，国内生产总值增长7.8%。", TestName = "A year since which is a period")]
    [TestCase("到2012年，国内生产总值增长7.8%。", TestName = "A year by which is a period")]
    public void AYearThatOpensAPeriodDoesNotNameTheSentencesYear(string sentence)
    {
        var draft = Draft("2013年某市政府工作报告\n一、过去五年工作回顾\n五年来，我们保持经济平稳较快发展。" + sentence + "\n");
        Assert.That(Figure(draft, "7.8").Year, Is.Not.EqualTo(2012));
    }

    [Test]
    public void ThisYearReturnsAfterALaterYearsPlan()
    {
        var draft = Draft("2025年某省政府工作报告\n二、2025年工作安排\n绘制好到2035年的“三张图”，高铁里程达到5000公里。今年力争交通完成投资2500亿元，开工长深高速改扩建等2个项目。\n");

        Assert.That(Figure(draft, "5000"), Has.Property("Year").EqualTo(2035).And.Property("IsTarget").True);
        Assert.That(Figure(draft, "2500"), Has.Property("Year").EqualTo(2025).And.Property("IsTarget").True);
        Assert.That(Figure(draft, "2"), Has.Property("Year").EqualTo(2025));
    }

    [Test]
    public void AGoalThatOpensWithItsYearIsOfThatYear()
    {
        var draft = Draft("2011年某市政府工作报告\n二、“十二五”时期的主要目标和任务\n"
            + "今后五年，经济增长预期目标是年均增长7%。按2010年价格计算，2015年国内生产总值将超过55万亿元。\n");

        Assert.That(Figure(draft, "55"), Has.Property("Year").EqualTo(2015).And.Property("IsTarget").True.And.Property("Bound").EqualTo(TargetBound.Exceeds));
        Assert.That(Figure(draft, "7"), Has.Property("Horizon").EqualTo("十二五"));
    }

    [Test]
    public void TheLevelAPlanStartsFromIsLastYearsActual()
    {
        var draft = Draft("2011年某市政府工作报告\n二、“十二五”时期的主要目标和任务\n积极稳妥推进城镇化，城镇化率从47.5％提高到51.5%。\n");

        Assert.That(Figure(draft, "47.5"), Has.Property("Year").EqualTo(2010).And.Property("IsTarget").False.And.Property("Unit").EqualTo("％"));
        Assert.That(Figure(draft, "51.5"), Has.Property("Horizon").EqualTo("十二五").And.Property("IsTarget").True);
        Assert.That(draft.Figures.Select(figure => figure.Key), Is.EqualTo(new[] { "UrbanizationRate", "UrbanizationRate" }), "one series, two members");
    }

    [Test]
    public void TheLevelAOneYearReviewStartsFromIsOfTheYearBefore()
    {
        var draft = Draft("2015年某市政府工作报告\n一、2014年工作回顾\n经济结构有新的优化，服务业增加值比重由46.9%提高到48.2%。\n");

        Assert.That(Figure(draft, "46.9"), Has.Property("Year").EqualTo(2013).And.Property("Label").EqualTo("服务业增加值比重"));
        Assert.That(Figure(draft, "48.2").Year, Is.EqualTo(2014));
    }

    [Test]
    public void LastYearsLevelNamedInThePlanIsAnActual()
    {
        var draft = Draft("2015年某市政府工作报告\n二、2015年工作安排\n今年拟安排财政赤字1.62万亿元，赤字率从去年的2.1%提高到2.3%。\n");

        Assert.That(Figure(draft, "2.1"), Has.Property("Year").EqualTo(2014).And.Property("IsTarget").False.And.Property("Key").EqualTo("DeficitRatio"));
        Assert.That(Figure(draft, "2.3"), Has.Property("Year").EqualTo(2015).And.Property("IsTarget").True.And.Property("Key").EqualTo("DeficitRatio"));
        Assert.That(Figure(draft, "2.1").Label, Is.EqualTo("赤字率"));
    }

    [Test]
    public void AClauseOpeningWithAPastYearIsOfThatYear()
    {
        var draft = Draft("2025年某省政府工作报告\n一、2024年工作回顾\n地区生产总值增长5.8%。经过经济普查，全省地区生产总值有所增加，2023年达到13.09万亿元，再上一个万亿元台阶。\n");

        Assert.That(Figure(draft, "13.09").Year, Is.EqualTo(2023));
        Assert.That(Figure(draft, "5.8").Year, Is.EqualTo(2024));
    }

    [TestCase("2023年底前，全省完成农村公路改造500公里。", TestName = "A deadline is no year of a figure")]
    [TestCase("2020年以来，全省累计完成农村公路改造500公里。", TestName = "A year since which is no year of a figure")]
    public void AClauseOpeningWithADeadlineOrASpanKeepsTheSection(string sentence)
    {
        var draft = Draft("2025年某省政府工作报告\n一、2024年工作回顾\n" + sentence + "\n");
        Assert.That(Figure(draft, "500").Year, Is.EqualTo(2024));
    }

    [Test]
    public void ACountOfMilestonesIsNoHeadlineSeries()
    {
        var draft = Draft("2025年某省政府工作报告\n一、2024年工作回顾\n“十四五”以来，全省地区生产总值连跨4个千亿台阶，2024年达到1.3万亿元、增长5.8%。\n");

        Assert.That(Figure(draft, "1.3"), Has.Property("Key").EqualTo("Gdp").And.Property("Year").EqualTo(2024));
        Assert.That(Figure(draft, "4").Key, Is.Not.EqualTo("Gdp"));
    }
    [Test]
    public void AChangeAfterWordsOfTimeAloneIsTheSentencesSubjects()
    {
        var draft = Draft("2023年某市政府工作报告\n一、过去五年工作回顾\n五年来，国内生产总值增加到121万亿元，五年年均增长5.2%，十年增加近70万亿元、年均增长6.2%。\n");

        Assert.That(Figure(draft, "5.2"), Has.Property("Key").EqualTo("GdpGrowth").And.Property("Horizon").EqualTo("五年").And.Property("Review").Null);
        Assert.That(Figure(draft, "6.2").Review, Is.Not.Null, "ten years is no span of the review: for a person to place");
    }

    [Test]
    public void AChangeWithNoSubjectOfItsOwnTakesNoneFromTheSentenceBefore()
    {
        var draft = Draft("2011年某市政府工作报告\n一、2010年工作回顾\n进出口总额年均增长15.9%，结构不断优化。贸易顺差连续两年下降，2010年比上年减少6.4%。\n");

        Assert.That(Figure(draft, "6.4"), Has.Property("Key").Not.EqualTo("ForeignTradeGrowth").And.Property("Review").Not.Null);
    }

    [Test]
    public void AComparisonOrAQuarterIsNoSubjectForTheChangesAfterIt()
    {
        var draft = Draft("2025年某市政府工作报告\n一、2024年工作回顾\n四季度增长5.6%、高于全国0.2个百分点，全年增长4.8%。\n");
        Assert.That(Figure(draft, "4.8").Label, Is.EqualTo("全年增长"));
    }

    [Test]
    public void AnIndicatorWith比IsStillASubject()
    {
        var draft = Draft("2025年某市政府工作报告\n一、2024年工作回顾\n第三产业增加值占地区生产总值的比重，比重达到45%，提高1.2个百分点。\n");
        Assert.That(Figure(draft, "1.2").Label, Is.EqualTo("比重提高"));
    }

    [Test]
    public void TheWholeYearInsideAReviewOfFiveYearsIsTheLastYear()
    {
        var draft = Draft("2023年某市政府工作报告\n一、过去五年工作回顾\n五年来，经济实力明显跃升。全年国内生产总值增长3%，城镇新增就业1206万人。\n");
        Assert.That(Figure(draft, "3"), Has.Property("Key").EqualTo("GdpGrowth").And.Property("Year").EqualTo(2022).And.Property("Horizon").Null);
    }

    [Test]
    public void APercentAddedIsTheGrowthOfTheLevelTheVocabularyKnows()
    {
        var vocabulary = new KeyVocabulary(new[] { ("各类市场主体", "MarketEntities", string.Empty, "Count") });
        var draft = Drafter.Draft("2018年某市政府工作报告\n一、过去五年工作回顾\n五年来，各类市场主体达到9800多万户，五年增加70%以上。\n", new DraftOptions("Mou", "某", null, "t.txt"), vocabulary);

        Assert.That(Figure(draft, "70"), Has.Property("Key").EqualTo("MarketEntitiesGrowth").And.Property("Horizon").EqualTo("五年").And.Property("Bound").EqualTo(TargetBound.AtLeast).And.Property("Review").Null);
    }
    [Test]
    public void ALevelTheTextDatesIsOfTheYearItPrints()
    {
        var draft = Draft("2013年某市政府工作报告\n一、过去五年工作回顾\n五年来，非金融类对外直接投资从2007年的248亿美元上升到2012年的772亿美元，年均增长25.5%。涉农贷款余额从2007年末的6.12万亿元增加到2012年末的17.63万亿元。\n");

        Assert.That(new[] { "248", "772", "6.12", "17.63" }.Select(value => (Figure(draft, value).Label, Figure(draft, value).Year)), Is.EqualTo(new[]
        {
            ("非金融类对外直接投资", (int?)2007), ("非金融类对外直接投资", 2012), ("涉农贷款余额", 2007), ("涉农贷款余额", 2012),
        }));
        Assert.That(Figure(draft, "25.5"), Has.Property("Label").EqualTo("非金融类对外直接投资增长").And.Property("Horizon").EqualTo("五年"));
    }

    [Test]
    public void AYearANumberIsComparedWithIsNotTheNumbers()
    {
        var draft = Draft("2012年某市政府工作报告\n一、2011年工作回顾\n中央财政教育支出是2010年的2.2倍。\n");
        Assert.That(Figure(draft, "2.2").Year, Is.EqualTo(2011));
    }

    [Test]
    public void TheChangeAYearTurnedFromIsTheYearBefores()
    {
        var draft = Draft("2017年某市政府工作报告\n一、2016年工作回顾\n工业企业利润由上年下降2.3%转为增长8.5%。\n");
        Assert.That(Figure(draft, "2.3"), Has.Property("Year").EqualTo(2015).And.Property("IsTarget").False);
        Assert.That(Figure(draft, "8.5"), Has.Property("Year").EqualTo(2016));
    }

    [Test]
    public void TheLevelAtTheYearsStartIsTheYearBefores()
    {
        var draft = Draft("2025年某省政府工作报告\n一、2024年工作回顾\n智算超算规模从年初的400P增加到8400P。\n");
        Assert.That(Figure(draft, "400"), Has.Property("Year").EqualTo(2023).And.Property("Label").EqualTo("智算超算规模"));
        Assert.That(Figure(draft, "8400"), Has.Property("Year").EqualTo(2024).And.Property("Label").EqualTo("智算超算规模"));
    }
}
