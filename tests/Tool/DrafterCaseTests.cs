using System.Linq;
using NUnit.Framework;
using ReportData.Tool.Drafting;

namespace ReportData.Tests.Tool;

/// <summary>
/// The drafting engine on small made-up report texts, one convention of docs/authoring.md each; the
/// expected figures are written by hand from the conventions, not taken from the engine's output.
/// </summary>
public class DrafterCaseTests
{
    private const string Review = "一、2023年工作回顾\n";

    private const string Targets = "二、2024年目标任务和重点工作\n";

    private static Draft Draft(string text, KeyVocabulary? vocabulary = null) =>
        Drafter.Draft(text, new DraftOptions("Sample", "示例", null, "sample.txt"), vocabulary ?? KeyVocabulary.Empty);

    private static DraftFigure Only(Draft draft, string value) => draft.Figures.Single(figure => figure.Value == value);

    [Test]
    public void ReviewFiguresAreActualsOfTheReviewedYearAndGrowthBorrowsTheSubject()
    {
        var draft = Draft(Review + "全市生产总值达到2125.2亿元、增长6.8%，一般公共预算收入增长18%。\n");
        Assert.That(draft.Report.Year, Is.EqualTo(2024));
        Assert.That(draft.Report.Reviews, Is.EqualTo(2023));
        var gdp = Only(draft, "2125.2");
        Assert.That((gdp.Key, gdp.Year, gdp.IsTarget, gdp.Unit, gdp.Label, gdp.Quote, gdp.Review), Is.EqualTo(("Gdp", (int?)2023, false, "亿元", "全市生产总值", "全市生产总值达到2125.2亿元、增长6.8%", (string?)null)));
        var growth = Only(draft, "6.8");
        Assert.That((growth.Key, growth.Label, growth.Unit), Is.EqualTo(("GdpGrowth", "全市生产总值增长", "%")));
        Assert.That(Only(draft, "18").Key, Is.EqualTo("GeneralBudgetRevenueGrowth"));
    }

    [Test]
    public void AGlossaryIndicatorKeepsItsKeyAfterAScopeWordButNotAfterAVerbOfChange()
    {
        // 全市 only says where: the indicator is Gdp. 新增 turns the stock HighTechEnterprises into a flow of
        // additions, another indicator: the glossary's key would be wrong, so the figure is left to review.
        var draft = Draft(Review + "全市地区生产总值达到4015.1亿元。新增高新技术企业521家，高新技术企业总数达到3000家。单位地区生产总值能耗下降3%。\n");
        var added = Only(draft, "521");
        Assert.Multiple(() =>
        {
            Assert.That((Only(draft, "4015.1").Key, Only(draft, "4015.1").Review), Is.EqualTo(("Gdp", (string?)null)));
            Assert.That(added.Key, Is.Not.EqualTo("HighTechEnterprises"));
            Assert.That(added.Review, Is.Not.Null, "a key the engine is not sure of is marked");
            // 单位地区生产总值能耗 names energy per unit of GDP, not GDP: its own glossary term, named first.
            Assert.That(Only(draft, "3").Key, Is.EqualTo("EnergyIntensityGrowth"));
        });
    }

    [Test]
    public void TargetsGetTheReportYearAndTheirBounds()
    {
        var draft = Draft(Review + "全市生产总值增长6.8%。\n" + Targets
            + "主要预期目标为：地区生产总值增长7%左右，城镇调查失业率控制在5%以内，研发投入强度达到3.2%，单位GDP能耗下降3%以上，城镇新增就业不低于3.5万人，外贸出口突破800亿元。\n");
        Assert.That(draft.Report.TargetsFor, Is.EqualTo(2024));
        (FigureKind, int?, TargetBound?) Bound(string value) { var f = Only(draft, value); return (f.Kind, f.Year, f.Bound); }
        Assert.That(Bound("7"), Is.EqualTo((FigureKind.Target, (int?)2024, (TargetBound?)TargetBound.About)));
        Assert.That(Bound("5"), Is.EqualTo((FigureKind.Target, (int?)2024, (TargetBound?)TargetBound.AtMost)));
        Assert.That(Bound("3.2"), Is.EqualTo((FigureKind.Target, (int?)2024, (TargetBound?)TargetBound.Reach)));
        Assert.That(Bound("3"), Is.EqualTo((FigureKind.Target, (int?)2024, (TargetBound?)TargetBound.AtLeast)));
        Assert.That(Only(draft, "3").IsDecline, Is.True);
        Assert.That(Bound("800"), Is.EqualTo((FigureKind.Target, (int?)2024, (TargetBound?)TargetBound.Exceeds)));
        var jobs = draft.Figures.Single(f => f.Unit == "万人");
        Assert.That((jobs.Key, jobs.Bound), Is.EqualTo(("NewUrbanJobs", (TargetBound?)TargetBound.AtLeast)));
    }

    [Test]
    public void RespectivelyListsPairInOrderAndUrbanComesFirst()
    {
        var draft = Draft(Review + "制造业投资和高新技术产业投资分别增长30.4%、28.2%，城乡居民人均可支配收入分别达到50653元和23922元。\n");
        Assert.That(Only(draft, "30.4").Label, Is.EqualTo("制造业投资增长"));
        Assert.That(Only(draft, "28.2").Label, Is.EqualTo("高新技术产业投资增长"));
        Assert.That(Only(draft, "50653").Key, Is.EqualTo("UrbanDisposableIncome"));
        Assert.That(Only(draft, "23922").Key, Is.EqualTo("RuralDisposableIncome"));
        Assert.That(Only(draft, "23922").Note, Does.Contain("分别"));
    }

    [Test]
    public void EstimatesMultiplesPointsRangesAndApproximations()
    {
        var draft = Draft(Review + "预计全年粮食产量达到22.5亿斤，电子商务交易额增长2.3倍，服务业占比提高1.5个百分点，新建养老机构1-2家，培育企业3000多家。\n");
        Assert.That(Only(draft, "22.5").IsEstimate, Is.True);
        Assert.That(Only(draft, "2.3").Unit, Is.EqualTo("倍"));
        Assert.That(Only(draft, "1.5").Unit, Is.EqualTo("个百分点"));
        Assert.That(Only(draft, "1-2").Unit, Is.EqualTo("家"));
        Assert.That(Only(draft, "3000").Note, Does.Contain("多"));
    }

    [Test]
    public void PerMilleMisprintsAndBareMagnitudesAreCorrectedWithANote()
    {
        var draft = Draft(Review + "人口自然增长率3.38%。新增基本养老保险参保人数2.35万。\n");
        var rate = Only(draft, "3.38");
        Assert.That((rate.Unit, rate.CorrectedUnit), Is.EqualTo(("%", "‰")));
        Assert.That(rate.Note, Does.Contain("misprint"));
        Assert.That(rate.Review, Does.Contain("misprint"), "a guessed correction is for a person to confirm");
        var insured = Only(draft, "2.35");
        Assert.That((insured.Unit, insured.CorrectedUnit), Is.EqualTo(("万", "万人")));
        Assert.That(insured.Note, Is.Not.Null);
    }

    [Test]
    public void MultiYearGoalsCarryTheHorizonAsPrinted()
    {
        var draft = Drafter.Draft("今后五年工作的主要目标是：全市生产总值突破3000亿元，研发投入强度达到3%。\n", new DraftOptions("Sample", "示例", 2022, "s.txt"), KeyVocabulary.Empty);
        var gdp = Only(draft, "3000");
        Assert.That((gdp.Horizon, gdp.Year, gdp.IsTarget, gdp.Bound), Is.EqualTo(("今后五年", (int?)null, true, (TargetBound?)TargetBound.Exceeds)));
    }

    [Test]
    public void TargetsSetForALaterYearAreOfThatYear()
    {
        var draft = Draft(Targets + "全市生产总值增长6%左右。到2027年，全市生产总值突破3000亿元，研发投入强度达到3.2%。\n");
        Assert.That(draft.Figures.Select(figure => (figure.Value, figure.Year, figure.IsTarget)), Is.EqualTo(new[] { ("6", (int?)2024, true), ("3000", 2027, true), ("3.2", 2027, true) }));
    }

    [TestCase("二、“十四五”以来\n“十四五”前三年全市生产总值年均增长6.1%。\n")]
    [TestCase("“十三五”期间，全市生产总值年均增长7.2%。\n")]
    [TestCase("“十四五”规划实施以来，全市生产总值年均增长6.1%。\n")]
    public void AFivePlansYearsLookedBackOnAreAPeriodNotGoals(string text)
    {
        var draft = Drafter.Draft(text, new DraftOptions("Sample", "示例", 2024, "s.txt"), KeyVocabulary.Empty);
        var growth = draft.Figures.Single();
        Assert.That((growth.IsTarget, growth.Horizon, growth.Year), Is.EqualTo((false, (string?)null, (int?)2023)), "an actual of the period, the year of its end to confirm");
        Assert.That(growth.Review, Does.Contain("a figure of a review of several years"));
    }

    [Test]
    public void AFivePlansGoalsCarryThePlansNameAsTheirHorizon()
    {
        var draft = Drafter.Draft("“十四五”时期，全市生产总值年均增长6%以上。\n", new DraftOptions("Sample", "示例", 2021, "s.txt"), KeyVocabulary.Empty);
        var growth = Only(draft, "6");
        Assert.That((growth.Horizon, growth.IsTarget, growth.Bound), Is.EqualTo(("十四五", true, (TargetBound?)TargetBound.AtLeast)));
    }

    [Test]
    public void QualifiedActualsCarryTheirBound()
    {
        var draft = Draft(Review + "全市生产总值突破2000亿元，新增市场主体3万多户，实际使用外资近1亿美元，粮食产量约100万吨，森林覆盖率达到70%以上。\n");
        Assert.Multiple(() =>
        {
            Assert.That(Only(draft, "2000").Bound, Is.EqualTo(TargetBound.Exceeds));
            Assert.That(Only(draft, "3").Bound, Is.EqualTo(TargetBound.Exceeds));
            Assert.That(Only(draft, "1").Bound, Is.EqualTo(TargetBound.Below));
            Assert.That(Only(draft, "100").Bound, Is.EqualTo(TargetBound.About));
            Assert.That(Only(draft, "70").Bound, Is.EqualTo(TargetBound.AtLeast));
            Assert.That(draft.Figures.Select(f => f.Review ?? string.Empty), Has.None.Contains("qualifier"));
        });
    }

    [Test]
    public void APercentAfterAVerbOfReductionAndItsObjectIsAFall()
    {
        var draft = Draft(Review + "压减政府性基金项目30%，行政审批中介服务事项压减74%，削减涉企收费项目5个。\n");
        Assert.Multiple(() =>
        {
            Assert.That(Only(draft, "30").IsDecline, Is.True);
            Assert.That(Only(draft, "30").Key, Does.EndWith("Growth"), "a change of the object");
            Assert.That(Only(draft, "74").IsDecline, Is.True);
            Assert.That(Only(draft, "5").IsDecline, Is.False, "a count is no change");
        });
    }

    [Test]
    public void MoreBetweenAMagnitudeAndItsCounterIsOneUnitAndABound()
    {
        var draft = Draft(Review + "专精特新中小企业达7万多家，社会养老保险覆盖9亿多人。\n");
        Assert.That((Only(draft, "7").Unit, Only(draft, "7").Bound), Is.EqualTo(("万家", (TargetBound?)TargetBound.Exceeds)));
        Assert.That(Only(draft, "9").Unit, Is.EqualTo("亿人"));
    }

    [Test]
    public void OneNumberAfterRespectivelyIsEveryItemsOwn()
    {
        var draft = Draft("二、2024年工作安排\n二氧化硫、氮氧化物排放量分别下降3%。\n");
        Assert.That(draft.Figures.Select(f => (f.Value, f.IsDecline)), Is.EqualTo(new[] { ("3", true), ("3", true) }));
        Assert.That(draft.Figures.Select(f => f.Label), Has.Some.StartsWith("二氧化硫").And.Some.StartsWith("氮氧化物"));
    }

    [Test]
    public void OneChangeAfterItemsListedWithoutRespectivelyIsEachItemsAndMarked()
    {
        var draft = Draft("二、2024年工作安排\n化学需氧量、氨氮排放量要下降2%，户籍证明、社保转接等200多项事项实现跨省通办。\n");
        var falls = draft.Figures.Where(f => f.Value == "2").ToList();
        Assert.That(falls.Select(f => f.IsDecline), Is.EqualTo(new[] { true, true }));
        Assert.That(falls.Select(f => f.Review), Has.All.Contains("no 分别 or 均"));
        Assert.That(draft.Figures.Count(f => f.Value == "200"), Is.EqualTo(1), "a count of items with 等 is one figure");
    }

    [Test]
    public void ABareMagnitudeInAListTakesTheListsLastUnit()
    {
        var draft = Draft(Review + "水土流失、荒漠化、沙化土地面积分别净减少10.6万、3.8万、3.3万平方公里。\n");
        Assert.That(draft.Figures.Select(f => (f.Value, f.Unit, f.CorrectedUnit)), Is.EqualTo(new[] { ("10.6", "万", (string?)"万平方公里"), ("3.8", "万", "万平方公里"), ("3.3", "万平方公里", (string?)null) }));
    }

    [TestCase("一、2024年工作回顾\n单位国内生产总值能耗降幅超过3%。\n", "3", "EnergyIntensityGrowth")]
    [TestCase("一、过去五年工作回顾\n五年总体赤字率控制在3%以内。\n", "3", "DeficitRatio")]
    [TestCase("一、2024年工作回顾\n居民收入增长5.1%。\n", "5.1", "PerCapitaDisposableIncomeGrowth")]
    public void NationalWordingsOfHeadlineSeriesGetTheirKeys(string text, string value, string key) =>
        Assert.That(Only(Drafter.Draft(text, new DraftOptions("China", "中国", 2025, "t.txt"), KeyVocabulary.Empty), value).Key, Is.EqualTo(key));

    [Test]
    public void YearsOfSchoolingAreAFigureNotASpan()
    {
        var draft = Draft(Review + "新增劳动力平均受教育年限从13.5年提高到14年。\n");
        Assert.That(draft.Figures.Select(f => f.Value), Is.EqualTo(new[] { "13.5", "14" }));
    }

    [Test]
    public void AnActualHeldWithinALimitHasNoBoundTheBuildWouldRefuse()
    {
        // An actual takes exceeds, about, below or atLeast (RD1012): 控制在3%以内 of a past year stays as printed.
        var draft = Draft(Review + "财政赤字率控制在3%以内。\n");
        Assert.That(Only(draft, "3").Bound, Is.Null);
    }

    [Test]
    public void TargetsPrintedWithAboutNearlyMoreOrAtMostGetThatBound()
    {
        var draft = Draft("二、2024年工作安排\n全年退税减税约2.5万亿元，减轻企业负担近2万亿元，减税8000多亿元，审批时间最多100天。\n");
        Assert.Multiple(() =>
        {
            Assert.That(Only(draft, "2.5").Bound, Is.EqualTo(TargetBound.About));
            Assert.That(Only(draft, "2").Bound, Is.EqualTo(TargetBound.About), "a plan of nearly 2 trillion is about 2 trillion: Below would be met by any less");
            Assert.That(Only(draft, "8000").Bound, Is.EqualTo(TargetBound.Exceeds));
            Assert.That(Only(draft, "100").Bound, Is.EqualTo(TargetBound.AtMost));
        });
    }

    [Test]
    public void ANumberAReviewCallsATargetIsMarkedNotMadeATarget()
    {
        var draft = Draft(Review + "广义货币M2增长11.3%，低于13%左右的预期目标。\n");
        var target = Only(draft, "13");
        Assert.That(target.IsTarget, Is.False);
        Assert.That(target.Review, Does.Contain("目标"));
    }

    [Test]
    public void ANumberThePlanStatesWithoutATargetsVerbIsMarked()
    {
        var draft = Draft("二、2024年工作安排\n今年高校毕业生超过1170万人，全市生产总值增长5%左右。\n", vocabulary: null);
        Assert.That(Only(draft, "1170").Review, Does.Contain("forecast"));
        Assert.That(Only(draft, "5").Review ?? string.Empty, Does.Not.Contain("forecast"));
    }

    [Test]
    public void NumbersThatAreNotFiguresAreSkippedWithAReason()
    {
        var draft = Draft(Review + "召开第3次全体会议，出台“民营经济42条”，建成5G基站，PM2.5浓度下降，6月25日遭遇洪水，实现经济总量翻一番。\n");
        Assert.That(draft.Figures, Is.Empty);
        var reasons = string.Join(" | ", draft.Skipped.Select(skip => skip.Quote + ": " + skip.Reason));
        Assert.That(reasons, Does.Contain("第3次全体会议: ordinal"));
        Assert.That(reasons, Does.Contain("民营经济42条").And.Contain("quoted name"));
        Assert.That(reasons, Does.Contain("5G基站: part of a name"));
        Assert.That(reasons, Does.Contain("6月25日遭遇洪水: date"));
        Assert.That(reasons, Does.Contain("翻一番").And.Contain("number in words"));
    }

    [Test]
    public void KeysComeFromTheVocabularyAndUnknownOnesAreMarkedForReview()
    {
        var vocabulary = new KeyVocabulary(new[] { ("兑付惠企政策资金", "EnterpriseSupportPolicyFundsDisbursed", "Billion", "MoneyCny") });
        // 颐乐苑 is a word of no glossary and of no lexicon (口袋公园, here before, now composes: TermLexicon).
        var draft = Draft(Review + "兑付惠企政策资金83.4亿元，新建颐乐苑12个。\n", vocabulary);
        var known = Only(draft, "83.4");
        Assert.That((known.Key, known.Review), Is.EqualTo(("EnterpriseSupportPolicyFundsDisbursed", (string?)null)));
        var unknown = Only(draft, "12");
        Assert.That(unknown.Key, Does.StartWith("Todo"));
        Assert.That(unknown.Review, Does.StartWith("key:"));
        Assert.That(unknown.Label, Is.EqualTo("新建颐乐苑"));
    }

    [Test]
    public void NumeralsWithAUnitAreFiguresWithTheirWords()
    {
        var draft = Draft(Review + "旅游收入突破千亿元，人才资源总量超百万，引进亿元以上项目215个。\n");
        var tourism = draft.Figures.Single(f => f.Words == "千");
        Assert.That((tourism.Value, tourism.Unit, tourism.Label), Is.EqualTo(("1000", "亿元", "旅游收入")));
        var talent = draft.Figures.Single(f => f.Words == "百");
        Assert.That((talent.Value, talent.Unit, talent.CorrectedUnit), Is.EqualTo(("100", "万", "万人")));
        Assert.That(draft.Figures.Count(f => f.Words is not null), Is.EqualTo(2), "亿元以上 is a threshold's unit, not a number");
    }

    [Test]
    public void TraditionalCharactersStillDraft()
    {
        var draft = Draft("一、2023年工作回顧\n全市生產總值達到2125.2億元、增長6.8%。\n");
        Assert.That(draft.Figures.Select(f => f.Value), Is.EqualTo(new[] { "6.8" }), "億元 is not a unit the generator knows: the number is skipped, the growth drafted");
        Assert.That(draft.Skipped.Single().Reason, Does.Contain("number without a unit"));
    }

    [Test]
    public void AFarmlandRedLineIsAFloor()
    {
        // The red line is the least farmland there may be (national-2021, 2022: bound atLeast); a water red line would be a ceiling.
        var draft = Draft(Targets + "坚决守住18亿亩耕地红线，新建1亿亩高标准农田。\n");

        Assert.That((Only(draft, "18").IsTarget, Only(draft, "18").Bound), Is.EqualTo((true, (ReportData.TargetBound?)ReportData.TargetBound.AtLeast)));
        Assert.That(Only(draft, "1").Bound, Is.EqualTo(ReportData.TargetBound.Reach));
    }

    [Test]
    public void ANumberThePlanSaysIsReachedAlreadyIsAnActualOfTheYearBefore()
    {
        // national-2019: 我国60岁以上人口已达2.5亿 is a fact as of 2018, not a 2019 target; a person still checks it.
        var draft = Draft(Targets + "我国60岁以上人口已达2.5亿，要大力发展养老特别是社区养老服务业，新建养老床位10万张。\n");

        var population = Only(draft, "2.5");
        Assert.That((population.Year, population.IsTarget), Is.EqualTo(((int?)2023, false)));
        Assert.That(population.Review, Does.Contain("reached already"));
        Assert.That((Only(draft, "10").Year, Only(draft, "10").IsTarget), Is.EqualTo(((int?)2024, true)));
    }

    [Test]
    public void HowManyPeopleThePlanSaysTheYearBringsIsAForecastButABudgetOrAnActionIsATarget()
    {
        // National reports: 今年高校毕业生820多万人 is what the year brings (the dataset: an actual of the year); 今年财政支出21万亿元 is the
        // budget, 今年再解决6000万农村人口的饮水安全问题 an action: targets. All three are marked for a person to decide.
        var draft = Draft(Targets + "今年高校毕业生820多万人。今年财政支出21万亿元。今年再解决6000万农村人口的饮水安全问题。\n");

        Assert.That(draft.Figures.Select(f => (f.Value, f.Year, f.IsTarget)), Is.EqualTo(new[] { ("820", (int?)2024, false), ("21", 2024, true), ("6000", 2024, true) }));
        Assert.That(Only(draft, "820").Bound, Is.EqualTo(ReportData.TargetBound.Exceeds));
        Assert.That(Only(draft, "820").Review, Does.Contain("forecast"));
        Assert.That(Only(draft, "21").Review, Does.Contain("kind:"));
    }

    [Test]
    public void ABareMagnitudeBeforeANounOfPeopleCountsPersons()
    {
        // national-2021 and 2022: 1000多万高中毕业生, 500多万在校生; a programme named by a number in words is no figure.
        var draft = Draft(Review + "1000多万高中毕业生顺利完成高考，惠及500多万在校生。实施千万农民增收致富促进行动。\n");

        Assert.That(draft.Figures.Select(f => (f.Value, f.Unit, f.CorrectedUnit)), Is.EqualTo(new[] { ("1000", "万", (string?)"万人"), ("500", "万", "万人") }));
        Assert.That(Only(draft, "1000").Bound, Is.EqualTo(ReportData.TargetBound.Exceeds));
    }

    [Test]
    public void ABareMagnitudeBeforeChildrenOrWorkersCountsPersonsAndBeforeFamiliesHouseholds()
    {
        var draft = Draft(Review + "关爱服务项目惠及16万儿童。组织2100万城乡劳动者参加职业培训。老旧小区改造惠及2900多万家庭。实施千万家庭幸福工程。\n");

        Assert.That(draft.Figures.Select(f => (f.Value, f.Unit, f.CorrectedUnit)), Is.EqualTo(new[] { ("16", "万", (string?)"万人"), ("2100", "万", "万人"), ("2900", "万", "万户") }));
    }
}
