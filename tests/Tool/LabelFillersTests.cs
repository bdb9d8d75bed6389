using NUnit.Framework;
using ReportData.Tool.Drafting;

namespace ReportData.Tests.Tool;

/// <summary>
/// A label that is a known label with only filler words around it takes the known key, settled; words that change what is
/// counted keep the figure marked. The pairs are labels of the State Council and Quzhou reports with the keys their
/// reviewed YAML gives.
/// </summary>
public class LabelFillersTests
{
    [TestCase("完成铁路投资", "铁路投资")]
    [TestCase("中央预算内投资拟安排", "中央预算内投资")]
    [TestCase("年末城镇登记失业率", "城镇登记失业率")]
    [TestCase("再减少农村贫困人口", "减少农村贫困人口")]
    [TestCase("财政赤字率一直", "财政赤字率")]
    [TestCase("粮食产量连年稳定在", "粮食产量")]
    [TestCase("财政支出", "全国财政支出")]
    public void FillerWordsLeaveTheIndicator(string label, string known) =>
        Assert.That(LabelFillers.SameIndicator(label, known), Is.True);

    [TestCase("新增高速铁路运营里程", "高速铁路运营里程")] // a flow, not the stock
    [TestCase("培育省专精特新中小企业", "专精特新中小企业")]
    [TestCase("普惠小微贷款余额", "贷款余额")]
    [TestCase("人均预期寿命再", "人均预期寿命")] // 再提高1岁: an increase
    [TestCase("累计完成三改面积", "完成三改面积")] // a total of several years
    [TestCase("各类市场主体每天新增", "各类市场主体")]
    [TestCase("完成投资", "投资")] // too short to stand beside a filler
    [TestCase("铁路投资", "铁路投资")]
    public void OtherWordsMakeAnotherIndicator(string label, string known) =>
        Assert.That(LabelFillers.SameIndicator(label, known), Is.False);

    [Test]
    public void TheVocabularySettlesALabelWithFillersAroundAKnownOne()
    {
        var vocabulary = new KeyVocabulary(new[] { ("铁路投资", "RailwayInvestment", "Billion", "MoneyCny") });
        Assert.That(vocabulary.Find("要完成铁路投资", "Billion", isGrowth: false), Is.EqualTo(("RailwayInvestment", KeyConfidence.Settled, (string?)null)));
    }

    [Test]
    public void TwoKnownKeysForTheSameWordsStayAGuessToReview()
    {
        var vocabulary = new KeyVocabulary(new[]
        {
            ("铁路投资", "RailwayInvestment", "Billion", "MoneyCny"),
            ("完成铁路投资", "RailwayInvestmentCompleted", "Billion", "MoneyCny"),
        });
        var (_, confidence, why) = vocabulary.Find("要完成铁路投资", "Billion", isGrowth: false);
        Assert.That(confidence, Is.EqualTo(KeyConfidence.Likely));
        Assert.That(why, Does.StartWith("label resembles"));
    }
}
