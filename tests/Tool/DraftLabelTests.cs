using System.Linq;
using NUnit.Framework;
using ReportData;
using ReportData.Tool.Drafting;

namespace ReportData.Tests.Tool;

/// <summary>
/// Labels read beyond the words right before a number (docs/tool.md): verbs and objects shared by 、-lists, measures shared by
/// list items, the paragraph's topic for a bare measure, 分别 changes of the levels before them. Expected labels written by hand.
/// </summary>
public class DraftLabelTests
{
    private const string Review = "一、2023年工作回顾\n";

    private static Draft Draft(string text) =>
        Drafter.Draft(text, new DraftOptions("Sample", "示例", null, "sample.txt"), KeyVocabulary.Empty);

    private static DraftFigure Only(Draft draft, string value) => draft.Figures.Single(figure => figure.Value == value);

    [Test]
    public void TheSecondItemOfAListSharesTheFirstItemsVerb()
    {
        var draft = Draft(Review + "新增院士工作站3个、博士后工作站5个。\n");
        var second = Only(draft, "5");
        Assert.That((second.Label, second.Key), Is.EqualTo(("新增博士后工作站", "NewPostdoctoralWorkstations")));
        Assert.That(second.Review, Does.Contain("composed from the label's words"));
    }

    [Test]
    public void AnItemThatIsOnlyAVerbSharesTheObjectBeforeIt()
    {
        Assert.That(Only(Draft(Review + "完成城中村拆迁238个、整治203个。\n"), "203").Label, Is.EqualTo("城中村整治"));
    }

    [TestCase("新增院士工作站", "博士后工作站", "新增博士后工作站")]
    [TestCase("全市新建改建城市道路", "污水管网", "新建改建污水管网")]
    [TestCase("完成城中村拆迁", "整治", "城中村整治")]
    [TestCase("新增上市企业", "挂牌企业", "新增挂牌企业")]
    [TestCase("城镇居民收入", "农村居民收入", "农村居民收入")]
    [TestCase("新增院士工作站", "引进高层次人才", "引进高层次人才")]
    public void ListItemsShareAVerbOrAnObject(string previous, string item, string expected)
    {
        Assert.That(Labels.ShareWithPrevious(previous, item), Is.EqualTo(expected));
    }

    [Test]
    public void AThresholdIsPartOfTheLabelOfTheCountAfterItNotAFigure()
    {
        var draft = Draft(Review + "新增营收超50亿元企业2家、超10亿元企业5家，引进超百亿项目3个。\n");
        Assert.That(draft.Figures.Select(figure => (figure.Value, figure.Unit, figure.Label)), Is.EqualTo(new[]
        {
            ("2", "家", "新增营收超50亿元企业"),
            ("5", "家", "新增超10亿元企业"),
            ("3", "个", "引进超百亿项目"),
        }));
        Assert.That(draft.Skipped.Select(skip => skip.Reason), Has.Some.StartsWith("threshold of the count that follows (50亿元企业2家)"));
        Assert.That(draft.Figures[0].Key, Is.EqualTo("NewEnterprisesOver5Billion"));
    }

    [Test]
    public void AThresholdRightAfterACountIsPartOfItsLabel()
    {
        var draft = Draft(Review + "建成3个百亿元以上产业园区。\n");
        Assert.That(draft.Figures.Select(figure => (figure.Value, figure.Unit, figure.Label)), Is.EqualTo(new[] { ("3", "个", "建成百亿元以上产业园区") }));
        Assert.That(draft.Skipped.Select(skip => skip.Reason), Has.Some.StartsWith("threshold of the count before it (3个百亿元)"));
    }

    [TestCase("引进重大产业项目20个，其中超50亿元6个。", "50")]
    [TestCase("引进投资超 20 亿元重大产业项目 20 个。", "20", TestName = "A threshold after 超 and a space, as OCR prints it")]
    public void AThresholdOfACountIsNoFigureEvenWithNoNounOrASpaceBetween(string text, string threshold)
    {
        var draft = Draft(Review + text + "\n");
        Assert.That(draft.Figures.Where(figure => figure.Value == threshold && figure.Unit == "亿元"), Is.Empty);
        Assert.That(draft.Figures.Where(figure => figure.Unit == "个").Select(figure => figure.Bound), Is.All.Null.Or.EqualTo(TargetBound.Reach), "超 is the threshold's, not the count's");
    }

    [TestCase("在9个人口20万以上的县建成特殊教育学校。", "9个人口20万", "人口20万以上的县建成特殊教育学校")]
    [TestCase("改造50个200户以上老旧小区。", "50个200户", "改造200户以上老旧小区")]
    public void AThresholdInsideACountsNounIsPartOfItsLabel(string text, string pair, string label)
    {
        var draft = Draft(Review + text + "\n");
        Assert.That(draft.Figures.Select(figure => figure.Label), Is.EqualTo(new[] { label }));
        Assert.That(draft.Skipped.Select(skip => skip.Reason), Has.Some.StartsWith($"threshold of the count before it ({pair})"));
    }

    [TestCase("集中引进8个院士团队。", "集中引进院士团队")]
    [TestCase("成功举办12场国际马拉松赛事。", "成功举办国际马拉松赛事")]
    [TestCase("开工建设26个安置小区。", "开工建设安置小区")]
    public void VerbsAloneBeforeACountTakeTheCountedNounAfterIt(string text, string expected)
    {
        Assert.That(Draft(Review + text + "\n").Figures.Single().Label, Is.EqualTo(expected));
    }

    [TestCase("建成投用600个公共文化空间、182个口袋体育公园。", "182", "建成投用口袋体育公园")]
    [TestCase("新增5个国家级、60个省级高技能人才培训基地。", "60", "新增省级高技能人才培训基地")]
    [TestCase("实施20项重大科技项目、转化100项科技成果。", "100", "转化科技成果")]
    [TestCase("26座水冲式公共厕所、24座移动公厕、3处生活垃圾转运站投入使用。", "3", "生活垃圾转运站投入使用")]
    [TestCase("改造建设100个乡镇综合养老服务中心和300个村级互助幸福院。", "300", "改造建设村级互助幸福院")]
    [TestCase("2343个县（市、区）开展新型农村社会养老保险试点。", "2343", "县（市、区）开展新型农村社会养老保险试点")]
    public void TheNounAfterACountIsThatCountsNotTheNextOnes(string text, string value, string expected)
    {
        Assert.That(Only(Draft(Review + text + "\n"), value).Label, Is.EqualTo(expected));
    }

    [TestCase("新增1个省级境外经贸合作区、累计达8个。", "8", "省级境外经贸合作区", TestName = "A total of the same noun")]
    [TestCase("新增1207款农产品入驻高端商超餐厅、增长6.7倍。", "6.7", "农产品入驻高端商超餐厅增长", TestName = "A growth of the same noun")]
    [TestCase("全省160个国控断面中I类及以上水质占比86.1%。", "86.1", "国控断面中I类及以上水质占比", TestName = "及以上 is no list")]
    public void WordsAfterACountThatStartNoCountOfTheirOwnStayWithTheNextNumber(string text, string value, string expected)
    {
        Assert.That(Only(Draft(Review + text + "\n"), value).Label, Is.EqualTo(expected));
    }

    [TestCase("确保粮食播种面积134.5万亩以上、总产量11.12亿斤以上。", "11.12", "粮食总产量", "GrainOutput")]
    [TestCase("全年粮食播种面积1.1亿亩、产量825亿斤以上。", "825", "粮食产量", "GrainOutput")]
    [TestCase("国内生产总值增长6.6%，总量突破90万亿元。", "90", "国内生产总值总量", "Gdp")]
    [TestCase("粮食增产42.2亿斤，总产466亿斤。", "466", "粮食总产", "GrainOutput")]
    public void ABareTotalIsOfWhatTheWordsBeforeItNamed(string text, string value, string label, string key)
    {
        var figure = Only(Draft(Review + text + "\n"), value);
        Assert.That((figure.Label, figure.Key, figure.Review), Is.EqualTo((label, key, (string?)null)));
    }

    [TestCase("新增“百亿县”4个、总数达到40个。", "40", "“百亿县”总数", TestName = "A count's noun, its verb dropped")]
    [TestCase("新增13家国家级农业产业化重点龙头企业、总数达81家。", "81", "国家级农业产业化重点龙头企业总数", TestName = "The noun after a count")]
    [TestCase("播种面积达到8780.7万亩，单产居第1位，总产量达到853.2亿斤。", "853.2", "总产量", TestName = "No total of a measure alone")]
    [TestCase("新建和改造高标准农田298万亩，粮食面积、总产、单产实现“两增一稳”，总产762亿斤。", "762", "总产", TestName = "No total across a clause without a number")]
    public void ABareTotalTakesOnlyANounFromTheClauseBeforeIt(string text, string value, string label)
    {
        Assert.That(Only(Draft(Review + text + "\n"), value).Label, Is.EqualTo(label));
    }

    [Test]
    public void ANumberInsideAQuotedNameStaysInTheLabel()
    {
        var draft = Draft(Review + "新增省“千人计划”人才12名。\n");
        Assert.That(draft.Figures.Single().Label, Is.EqualTo("新增省“千人计划”人才"));
        Assert.That(draft.Skipped.Select(skip => skip.Reason), Has.Some.Contains("quoted name"));
    }

    [TestCase("培育专精特新“小巨人企业414家，制造业“单项冠军”企业51家。", TestName = "A quote opened and never closed before the next one opens")]
    [TestCase("培育专精特新“小巨人企业414家，制造业单项冠军企业51家，高新技术企业1.3万家，科技型中小企业2.9万家，规上工业企业2.8万家”。", TestName = "A quote closed far after the number")]
    public void ANumberAfterAQuoteThatIsNotClosedAroundItIsAFigure(string text)
    {
        var draft = Draft(Review + text + "\n");
        Assert.That(draft.Figures.Select(figure => figure.Value), Does.Contain("414"));
        Assert.That(draft.Skipped.Select(skip => skip.Reason), Has.None.Contains("quoted name"));
    }

    [TestCase("城乡居民收入比缩小至2.31:1。", "2.31", "城乡居民收入比")]
    [TestCase("城乡居民收入倍差缩小至1.83。", "1.83", "城乡居民收入倍差")]
    public void ARatioPrintedWithoutAUnitIsAFigure(string text, string value, string label)
    {
        var figure = Only(Draft(Review + text + "\n"), value);
        Assert.That((figure.Unit, figure.Label, figure.Key, figure.Year), Is.EqualTo(("", label, "UrbanRuralIncomeRatio", (int?)2023)));
    }

    [TestCase("中小企业宽带和专线平均资费再降10%。", "10")]
    [TestCase("增速回落1.5个百分点。", "1.5")]
    [TestCase("地方政府融资平台压降66.5%。", "66.5")]
    public void EveryWordOfAFallTheBuildKnowsDraftsADecline(string text, string value)
    {
        Assert.That(Only(Draft(Review + text + "\n"), value).IsDecline, Is.True);
    }

    [Test]
    public void DoubleDigitGrowthInWordsIsSkippedNotATwoPlaceRank()
    {
        var draft = Draft(Review + "旅游总收入增长两位数。\n");
        Assert.That(draft.Figures, Is.Empty);
        Assert.That(draft.Skipped.Single().Reason, Does.Contain("两位数"));
    }

    [Test]
    public void ChangesOfUrbanAndRuralLevelsGetTheLevelsKeys()
    {
        var draft = Draft(Review + "城乡居民人均可支配收入分别达到80000元和46000元，分别增长4.8%和6.5%。\n");
        Assert.That(draft.Figures.Select(figure => figure.Key), Is.EqualTo(new[] { "UrbanDisposableIncome", "RuralDisposableIncome", "UrbanDisposableIncomeGrowth", "RuralDisposableIncomeGrowth" }));
    }

    [Test]
    public void ALevelAfterAChangeOfTheSameSubjectIsOfThatSubject()
    {
        Assert.That(Only(Draft(Review + "常住人口城镇化率提高1.2个百分点，达到62.5%。\n"), "62.5").Label, Is.EqualTo("常住人口城镇化率"));
    }

    [Test]
    public void AnIndicatorThatIsOnlyTheDenominatorGivesNoKey()
    {
        // No GdpGrowth guessed from the denominator; the lexicon (TermLexicon) knows the indicator itself, and the composed key says so.
        var water = Only(Draft(Review + "万元GDP用水量下降3.5%。\n"), "3.5");
        Assert.That(water.Key, Is.EqualTo("WaterUsePer10000GdpGrowth"));
        Assert.That(water.Review, Does.Contain("composed from the label's words"));
    }

    [TestCase("建成社区卫生服务中心8家、中医馆30家。", "30", "建成中医馆")]
    [TestCase("和美乡村覆盖率达到40%。", "40", "和美乡村覆盖率")]
    [TestCase("新增院士工作站3个和博士后工作站5个。", "5", "新增博士后工作站")]
    [TestCase("行政审批事项及时率达到99%。", "99", "行政审批事项及时率")]
    public void AConjunctionsCharacterThatOpensAWordStaysInTheLabel(string text, string value, string expected)
    {
        Assert.That(Only(Draft(Review + text + "\n"), value).Label, Is.EqualTo(expected));
    }

    [Test]
    public void AnEstimateKeepsItsFlagButNotItsWordInTheLabel()
    {
        var gdp = Only(Draft(Review + "预计全年地区生产总值增长5.8%左右。\n"), "5.8");
        Assert.That((gdp.Label, gdp.Key, gdp.IsEstimate), Is.EqualTo(("地区生产总值增长", "GdpGrowth", true)));
    }

    [TestCase("居民消费价格上涨2.1%。", "居民消费价格上涨")]
    [TestCase("居民消费价格涨幅控制在3%左右。", "居民消费价格涨幅")]
    public void APriceRiseIsAChangeOfTheIndex(string text, string label)
    {
        var draft = Drafter.Draft(Review + "二、2024年主要预期目标\n" + text + "\n", new DraftOptions("Sample", "示例", null, "sample.txt"), KeyVocabulary.Empty);
        var cpi = draft.Figures.Single();
        Assert.That((cpi.Label, cpi.Key), Is.EqualTo((label, "ConsumerPriceIndexGrowth")));
    }

    [Test]
    public void AShareListedAfterAChangeIsOfTheSameIndicator()
    {
        Assert.That(Only(Draft(Review + "服务业税收增长12%、占税收总收入的45%。\n"), "45").Label, Is.EqualTo("服务业税收占税收总收入"));
    }

    [Test]
    public void SubjectsOfAListShareTheLastItemsMeasure()
    {
        var draft = Draft(Review + "高新技术产业、战略性新兴产业规上增加值分别增长8%和9.4%。\n");
        Assert.That(Only(draft, "8").Label, Is.EqualTo("高新技术产业规上增加值增长"));
        Assert.That(Only(draft, "9.4").Label, Is.EqualTo("战略性新兴产业规上增加值增长"));
    }

    [Test]
    public void ChangesListedWithNoIndicatorAreOfTheLevelsBeforeThem()
    {
        var draft = Draft(Review + "财政总收入118.2亿元，其中地方财政收入72.8亿元，分别增长11.1%和14.7%。\n");
        var (total, local) = (Only(draft, "11.1"), Only(draft, "14.7"));
        Assert.That((total.Label, total.Key), Is.EqualTo(("财政总收入增长", "FiscalRevenueTotalGrowth")));
        Assert.That((local.Label, local.Key), Is.EqualTo(("地方财政收入增长", "GeneralBudgetRevenueGrowth")));
    }

    [Test]
    public void ABareMeasureTakesTheParagraphsTopic()
    {
        var figure = Only(Draft(Review + "推进重点项目建设，完成投资300亿元。\n"), "300");
        Assert.That((figure.Label, figure.Key), Is.EqualTo(("重点项目建设完成投资", "KeyProjectInvestment")));
        Assert.That(figure.Review, Is.Not.Null, "a composed key stays marked");
    }

    [TestCase("加快综合交通廊道建设", "综合交通廊道建设")]
    [TestCase("全市生产总值增长6.8%", null)]
    [TestCase("重点项目建设", null)]
    public void TheTopicIsTheFirstClauseAfterItsOpeningVerbs(string clause, string? expected)
    {
        Assert.That(Labels.Topic(clause), Is.EqualTo(expected));
    }
}
