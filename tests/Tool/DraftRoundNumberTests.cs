using System.Linq;
using NUnit.Framework;
using ReportData.Tool.Drafting;

namespace ReportData.Tests.Tool;

/// <summary>
/// Numbers that read as figures and are not: a round number in words that names a class, an idiom or a programme
/// (千家万户, 千亿斤粮食产能提升行动, 百万千瓦级), a rate's denominator (每千人口), an age bound (3岁以下) and the report's own
/// outline (重点做好以下9项工作). Each sentence is
/// from a report of the development corpus; the expected drafts were written by reading them.
/// </summary>
public class DraftRoundNumberTests
{
    private const string Review = "2025年某省政府工作报告\n一、2024年工作回顾\n";

    private static Draft Draft(string sentence) =>
        Drafter.Draft(Review + sentence + "\n", new DraftOptions("Mou", "某", null, "t.txt"), KeyVocabulary.Empty);

    [TestCase("婴幼儿照护事关千家万户。")]
    [TestCase("落实国家新一轮千亿斤粮食产能提升行动。")]
    [TestCase("实施百项革命文物保护利用工程。")]
    [TestCase("玛尔挡、羊曲两座百万千瓦级水电站全容量并网发电。")]
    [TestCase("推动人参全产业链产值达到千亿级规模。")]
    [TestCase("与阿里、百度、京东等头部企业签订战略合作协议。")]
    public void ARoundNumberNamingAClassOrAProgrammeIsNoFigure(string sentence)
    {
        var draft = Draft(sentence);
        Assert.That(draft.Figures, Is.Empty);
        Assert.That(draft.Skipped.Select(skip => skip.Reason), Has.Some.Contains("a round number in words"));
    }

    [TestCase("技术合同成交额超过百亿元。", "100", "亿元", "百")]
    [TestCase("资助项目突破千项。", "1000", "项", "千")]
    [TestCase("建设、投资近千亿元。", "1000", "亿元", "千")]
    public void ARoundNumberAfterAVerbOfReachingIsAFigure(string sentence, string value, string unit, string words)
    {
        var figure = Draft(sentence).Figures.Single();
        Assert.That((figure.Value, figure.Unit, figure.Words), Is.EqualTo((value, unit, words)));
    }

    [Test]
    public void AThresholdInWordsBeforeTheNounItQualifiesIsNoFigure()
    {
        var draft = Draft("形成10个营业收入超千亿元的先进制造业集群。");
        Assert.That(draft.Figures.Select(figure => (figure.Value, figure.Unit)), Is.EqualTo(new[] { ("10", "个") }));
    }

    [Test]
    public void ADenominatorStaysInTheLabel()
    {
        var draft = Draft("每千人口托位数达4.5个，每千人医疗床位数7.75张。");
        Assert.That(draft.Figures.Select(figure => (figure.Value, figure.Unit, figure.Label)), Is.EqualTo(new[]
        {
            ("4.5", "个", "每千人口托位数"),
            ("7.75", "张", "每千人医疗床位数"),
        }));
        Assert.That(draft.Skipped.Select(skip => skip.Reason), Has.All.StartsWith("a rate's denominator"));
    }

    [Test]
    public void AnAgeBoundStaysInTheLabelButALifeExpectancyIsAFigure()
    {
        var bound = Draft("每千人口拥有3岁以下婴幼儿托位数达到4.5个。").Figures.Single();
        Assert.That((bound.Value, bound.Label), Is.EqualTo(("4.5", "每千人口拥有3岁以下婴幼儿托位数")));

        var lifeExpectancy = Draft("人均预期寿命达到79岁以上。").Figures.Single();
        Assert.That((lifeExpectancy.Value, lifeExpectancy.Unit), Is.EqualTo(("79", "岁")));
    }

    [TestCase("重点做好以下9项工作：")]
    [TestCase("具体要抓好9个方面的工作：")]
    public void TheReportsOwnOutlineIsNoFigure(string sentence)
    {
        var draft = Draft(sentence);
        Assert.That(draft.Figures, Is.Empty);
        Assert.That(draft.Skipped.Select(skip => skip.Reason), Has.Some.StartsWith("count of the report's own parts of work"));
    }

    [Test]
    public void KeyTasksCarriedOutAreStillAFigure()
    {
        var figure = Draft("中部崛起127项重点任务落地实施。").Figures.Single();
        Assert.That((figure.Value, figure.Unit), Is.EqualTo(("127", "项")));
    }
}
