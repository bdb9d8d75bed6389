using System.Linq;
using NUnit.Framework;
using ReportData.Tool.Drafting;

namespace ReportData.Tests.Tool;

/// <summary>
/// The words around a number that decide its label and key: real growth (实际增长), a level fallen to (回落到), what a target is
/// set for (经济增长预期目标是…), a change by an amount (提高1岁), a noun of change closing a list's last item (涨幅), changes
/// printed after the levels they belong to, and headline series printed in US dollars or under their older names.
/// </summary>
public class DraftLabelWordsTests
{
    private const string Review = "2011年某市政府工作报告\n一、2010年工作回顾\n";

    private static Draft Draft(string text) => Drafter.Draft(text, new DraftOptions("Mou", "某", null, "t.txt"), KeyVocabulary.Empty);

    private static DraftFigure Figure(Draft draft, string value) => draft.Figures.Single(figure => figure.Value == value);

    [Test]
    public void RealGrowthAfterAnAverageAndRespectivelyPairsTheList()
    {
        var draft = Draft(Review + "城镇居民人均可支配收入和农村居民人均纯收入年均分别实际增长9.7%和8.9%。\n");

        Assert.That(Figure(draft, "9.7"), Has.Property("Key").EqualTo("UrbanDisposableIncomeGrowth").And.Property("Label").EqualTo("城镇居民人均可支配收入实际增长"));
        Assert.That(Figure(draft, "8.9"), Has.Property("Key").EqualTo("RuralNetIncomeGrowth").And.Property("Label").EqualTo("农村居民人均纯收入实际增长"));
        Assert.That(draft.Figures.Select(figure => figure.Review), Has.All.Null);
    }

    [Test]
    public void ChangesAfterTheLevelsTheyBelongToPairWithThemInOrder()
    {
        var draft = Draft(Review + "城镇居民人均可支配收入17175元，农村居民人均纯收入5153元，实际增长9.8%和8.5%。\n");

        Assert.That(Figure(draft, "9.8").Key, Is.EqualTo("UrbanDisposableIncomeGrowth"));
        Assert.That(Figure(draft, "8.5").Key, Is.EqualTo("RuralNetIncomeGrowth"));
    }

    [Test]
    public void ALevelFallenToIsTheIndicatorsLevel()
    {
        var draft = Draft(Review + "居民消费价格涨幅回落到2.6%。\n");
        Assert.That(Figure(draft, "2.6"), Has.Property("Key").EqualTo("ConsumerPriceIndexGrowth").And.Property("Label").EqualTo("居民消费价格涨幅").And.Property("Review").Null);
    }

    [Test]
    public void TheIndicatorIsWhatTheTargetIsSetFor()
    {
        var draft = Draft("2011年某市政府工作报告\n二、“十二五”时期的主要目标和任务\n今后五年，我国经济增长预期目标是在明显提高质量和效益的基础上年均增长7%。\n");
        Assert.That(Figure(draft, "7"), Has.Property("Key").EqualTo("GdpGrowth").And.Property("Label").EqualTo("我国经济增长"));
    }

    [TestCase("经济增长预期目标为5%左右，考虑了促进就业增收的需要。", "5", TestName = "A target's subject before 预期目标为")]
    [TestCase("今年的经济增长目标定为7.5%左右是必要的。", "7.5", TestName = "A growth's target set, after 今年的")]
    [TestCase("经济增长预期7%左右，考虑了需要和可能。", "7", TestName = "A growth expected, with no word of a target")]
    public void ATargetsSubjectWithItsGrowthWordIsAGrowth(string sentence, string value)
    {
        var figure = Figure(Draft("2013年某市政府工作报告\n二、2013年工作总体要求\n" + sentence + "\n"), value);
        Assert.That(figure, Has.Property("Key").EqualTo("GdpGrowth").And.Property("Label").EqualTo("经济增长").And.Property("Kind").EqualTo(FigureKind.Target));
    }

    [Test]
    public void ATargetItIsComparedWithStaysInTheLabel()
    {
        var figure = Figure(Draft(Review + "地表水国考断面水质优良比例超国家考核目标2.3个百分点。\n"), "2.3");
        Assert.That(figure.Label, Does.Contain("国家考核目标"));
    }

    [TestCase("能源消耗强度要降低3.9%以上。", "3.9", "EnergyIntensityGrowth", "能源消耗强度降低", TestName = "要 before a fall")]
    [TestCase("居民收入要增长5%。", "5", "PerCapitaDisposableIncomeGrowth", "居民收入增长", TestName = "要 before a growth")]
    [TestCase("粮食产量力争达到1.3万亿斤。", "1.3", "GrainOutput", "粮食产量", TestName = "力争 before a level")]
    [TestCase("进出口总额预期增长6%左右。", "6", "ForeignTradeGrowth", "进出口总额增长", TestName = "预期 before a growth")]
    [TestCase("但赤字率提高到3%。", "3", "DeficitRatio", "赤字率", TestName = "但 opening the label")]
    [TestCase("2012年底城镇化率已达到52.6%。", "52.6", "UrbanizationRate", "城镇化率", TestName = "年底 and 已 around the label")]
    [TestCase("我们把赤字率提高到3%。", "3", "DeficitRatio", "赤字率", TestName = "我们 opening the label")]
    public void WordsOfResolveAndConjunctionsAreNoPartOfTheIndicator(string sentence, string value, string key, string label)
    {
        var figure = Figure(Draft("2013年某市政府工作报告\n二、2013年工作总体要求\n" + sentence + "\n"), value);
        Assert.That(figure, Has.Property("Key").EqualTo(key).And.Property("Label").EqualTo(label).And.Property("Review").Null);
    }

    [TestCase("服务业对经济增长贡献率接近60%。", "60", "服务业对经济增长贡献率", TestName = "接近 is below, not part of the label")]
    [TestCase("非化石能源消费比重将近16%。", "16", "非化石能源消费比重", TestName = "将近 is below")]
    [TestCase("旗县经济总量不足百亿的有3个，人均收入不到2万元。", "2", "人均收入", TestName = "不到 is below")]
    public void AWordOfJustUnderIsTheActualsBoundBelow(string sentence, string value, string label)
    {
        var figure = Figure(Draft(Review + sentence + "\n"), value);
        Assert.That(figure, Has.Property("Label").EqualTo(label).And.Property("Bound").EqualTo(TargetBound.Below));
    }

    [TestCase("全年减轻企业税收和社保缴费负担近2万亿元。", "2", TargetBound.About, TestName = "近 on a target is about")]
    [TestCase("中央对地方转移支付规模约9.8万亿元。", "9.8", TargetBound.About, TestName = "约 on a target is about")]
    [TestCase("赤字率不到3%。", "3", TargetBound.Below, TestName = "不到 on a target is below")]
    public void AWordOfNearnessOnATargetIsItsBound(string sentence, string value, TargetBound bound)
    {
        var figure = Figure(Draft("2019年某市政府工作报告\n二、2019年工作安排\n" + sentence + "\n"), value);
        Assert.That(figure, Has.Property("IsTarget").True.And.Property("Bound").EqualTo(bound));
    }

    [Test]
    public void AStartLevelJustUnderANumberIsTheLevelFiveYearsBefore()
    {
        var draft = Draft("2021年某市政府工作报告\n一、“十三五”时期发展成就\n过去五年，国内生产总值从不到70万亿元增加到超过100万亿元。\n");

        Assert.That(Figure(draft, "70"), Has.Property("Key").EqualTo("Gdp").And.Property("Year").EqualTo(2015).And.Property("Bound").EqualTo(TargetBound.Below).And.Property("Label").EqualTo("国内生产总值"));
        Assert.That(Figure(draft, "100"), Has.Property("Key").EqualTo("Gdp").And.Property("Year").EqualTo(2020).And.Property("Bound").EqualTo(TargetBound.Exceeds));
    }

    [Test]
    public void AListItemClosedByItsCodeTakesNoMeasureOfTheLastItem()
    {
        var draft = Draft("2017年某市政府工作报告\n二、2017年工作总体部署\n广义货币M2和社会融资规模余额预期增长均为12%左右。\n");

        Assert.That(draft.Figures.Select(figure => figure.Label), Is.EqualTo(new[] { "广义货币M2增长", "社会融资规模余额增长" }));
        Assert.That(draft.Figures[0], Has.Property("Kind").EqualTo(FigureKind.Target).And.Property("Bound").EqualTo(TargetBound.About));
    }

    [Test]
    public void AWordEndingIn要IsNoWordOfResolve()
    {
        var figure = Figure(Draft(Review + "城乡居民收入增长5%，主要污染物排放总量下降3%。\n"), "3");
        Assert.That(figure.Label, Does.StartWith("主要污染物"));
    }

    [Test]
    public void TheVocabularysLabelWithAWordOfResolveIsTheSameIndicator()
    {
        var vocabulary = new KeyVocabulary(new[] { ("人均预期寿命再提高", "LifeExpectancyIncrease", "Years", "Years") });
        var draft = Drafter.Draft("2021年某市政府工作报告\n二、2021年工作总体要求\n人均预期寿命提高1岁。\n", new DraftOptions("Mou", "某", null, "t.txt"), vocabulary);
        Assert.That(draft.Figures.Single(), Has.Property("Key").EqualTo("LifeExpectancyIncrease").And.Property("Review").Null);
    }

    [Test]
    public void ALabelTheVocabularyGivesTwoKeysSettlesNeither()
    {
        // The dataset's national reports key 为市场主体减负 TaxAndFeeReductions, its city reports EnterpriseCostReduction.
        var vocabulary = new KeyVocabulary(new[]
        {
            ("为市场主体减负", "TaxAndFeeReductions", "Billion", "MoneyCny"),
            ("为市场主体减负", "EnterpriseCostReduction", "Billion", "MoneyCny"),
        });
        var draft = Drafter.Draft("2024年某市政府工作报告\n一、2023年工作回顾\n为市场主体减负72.9亿元。\n", new DraftOptions("Mou", "某", null, "t.txt"), vocabulary);
        Assert.That(draft.Figures.Single().Review, Does.Contain("the keys TaxAndFeeReductions, EnterpriseCostReduction: choose one"));
    }

    [Test]
    public void AChangeByAnAmountIsNoLevel()
    {
        var draft = Draft("2011年某市政府工作报告\n二、“十二五”时期的主要目标和任务\n人均预期寿命提高1岁，森林蓄积量增加6亿立方米。\n");

        Assert.That(Figure(draft, "1").Label, Is.EqualTo("人均预期寿命提高"));
        Assert.That(Figure(draft, "6").Label, Is.EqualTo("森林蓄积量增加"));
        Assert.That(Figure(draft, "1").Review, Is.Not.Null, "提高1岁 is a rise, not the life expectancy: its key is not settled as the level's");
    }

    [Test]
    public void ARateBeforeANounOfChangeKeepsItsOwnName()
    {
        var draft = Draft(Review + "城镇调查失业率、居民消费价格涨幅分别控制在5%和3%以内。\n");

        Assert.That(Figure(draft, "5"), Has.Property("Key").EqualTo("SurveyedUnemploymentRate").And.Property("Label").EqualTo("城镇调查失业率"));
        Assert.That(Figure(draft, "3"), Has.Property("Key").EqualTo("ConsumerPriceIndexGrowth").And.Property("Label").EqualTo("居民消费价格涨幅"));
    }

    [Test]
    public void OneChangeAfterHeadlineSeriesJoinedByAndIsEachOnesAndMarked()
    {
        var draft = Draft("2011年某市政府工作报告\n二、“十二五”时期的主要目标和任务\n城镇居民人均可支配收入和农村居民人均纯收入年均实际增长超过7%。\n");

        Assert.That(draft.Figures.Select(figure => (figure.Key, figure.Bound)), Is.EqualTo(new[]
        {
            ("UrbanDisposableIncomeGrowth", (TargetBound?)TargetBound.Exceeds), ("RuralNetIncomeGrowth", TargetBound.Exceeds),
        }));
        Assert.That(draft.Figures, Has.All.Matches<DraftFigure>(figure => figure.Review != null && figure.Review.Contains("no 分别 or 均")));
    }

    [Test]
    public void AMilestonesWordIsNoNoun()
    {
        var gdp = Figure(Draft(Review + "全疆地区生产总值同比增长6.1%、突破2万亿元大关。\n"), "2");
        Assert.That(gdp, Has.Property("Key").EqualTo("Gdp").And.Property("Bound").EqualTo(TargetBound.Exceeds).And.Property("Label").EqualTo("全疆地区生产总值"));
    }

    [TestCase("经济总量跨上5万亿元台阶。", "5", "Gdp", TestName = "A level a milestone is crossed by")]
    [TestCase("全省GDP增长5.2%。", "5.2", "GdpGrowth", TestName = "GDP printed in Latin letters")]
    [TestCase("万元GDP能耗下降3%。", "3", "EnergyIntensityGrowth", TestName = "Energy intensity per 10,000 yuan")]
    [TestCase("外贸出口总额增长8%。", "8", "ExportsGrowth", TestName = "Exports as the trade's total")]
    [TestCase("货物贸易增长20%。", "20", "ForeignTradeGrowth", TestName = "Trade in goods")]
    [TestCase("进出口总值增长5.5%。", "5.5", "ForeignTradeGrowth", TestName = "Trade as its total value")]
    [TestCase("进出口贸易总额增长21.8%。", "21.8", "ForeignTradeGrowth", TestName = "Trade under its regional name")]
    [TestCase("去年对外贸易总额达到2.97万亿美元。", "2.97", "ForeignTradeInDollars", TestName = "Trade in dollars keeps the yuan series apart")]
    [TestCase("实际使用外资1057亿美元。", "1057", "ActualForeignInvestment", TestName = "Foreign investment is kept in dollars")]
    [TestCase("公共财政预算收入完成13.7亿元。", "13.7", "GeneralBudgetRevenue", TestName = "The older name of the budget revenue")]
    [TestCase("农民人均纯收入达到21618元。", "21618", "RuralNetIncome", TestName = "The rural net income before 2014")]
    [TestCase("一般公共财政预算收入完成17亿元，按可比口径增长13%。", "13", "GeneralBudgetRevenueGrowth", TestName = "Growth on a comparable basis is the subject's")]
    [TestCase("农村牧区常住居民人均可支配收入完成23830元。", "23830", "RuralDisposableIncome", TestName = "The rural income of the pastoral regions")]
    [TestCase("能源消耗强度下降3.7%。", "3.7", "EnergyIntensityGrowth", TestName = "Energy intensity as energy consumption's")]
    [TestCase("年末城镇登记失业率4.1%。", "4.1", "RegisteredUnemploymentRate", TestName = "A rate at the year's end")]
    [TestCase("调查失业率5.2%。", "5.2", "SurveyedUnemploymentRate", TestName = "The surveyed unemployment rate without 城镇")]
    [TestCase("外贸进出口额615.4亿元。", "615.4", "ForeignTrade", TestName = "Trade as an amount (额)")]
    [TestCase("出口额增长8%。", "8", "ExportsGrowth", TestName = "Exports as an amount (额)")]
    [TestCase("实际使用外资金额12亿美元。", "12", "ActualForeignInvestment", TestName = "Foreign investment as an amount (金额)")]
    public void HeadlineSeriesGetTheirKey(string sentence, string value, string key)
    {
        var figure = Figure(Draft(Review + sentence + "\n"), value);
        Assert.That(figure, Has.Property("Key").EqualTo(key).And.Property("Review").Null);
    }

    [Test]
    public void AHeadlineNamedBareAfterAnItemWithASubjectIsMarked()
    {
        var draft = Draft(Review + "农产品网络零售额、出口额分别增长8.4%、39.8%。\n");
        Assert.That(Figure(draft, "39.8"), Has.Property("Key").EqualTo("ExportsGrowth").And.Property("Review").Contains("may be of what the first item names (农产品网络零售额)"));
        var headlines = Draft(Review + "社会消费品零售总额、出口额分别增长5%、8%。\n");
        Assert.That(Figure(headlines, "8"), Has.Property("Key").EqualTo("ExportsGrowth").And.Property("Review").Null, "both items are headline series");
    }
}
