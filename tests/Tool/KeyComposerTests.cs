using NUnit.Framework;
using ReportData.Tool.Drafting;

namespace ReportData.Tests.Tool;

/// <summary>Keys composed from a label's words (docs/drafting.md); expected keys written by hand from TermGlossary's words.</summary>
public class KeyComposerTests
{
    [TestCase("新增公园绿地", false, false, "NewParkGreenSpace")]
    [TestCase("新增省级科技型中小企业", false, true, "NewProvincialSciTechSmes")]
    [TestCase("全市服务业投资增长", true, false, "ServiceSectorInvestmentGrowth")]
    [TestCase("规模以上工业企业利润增长", true, false, "IndustrialProfitsGrowth")]
    [TestCase("培训农村人才", false, false, "RuralTalentTrained")]
    [TestCase("新建村级颐乐苑", false, true, null)]
    [TestCase("义新欧班列往返", false, true, null)]
    [TestCase("服务业投资增长", false, false, null)]
    [TestCase("农村危房改造", false, true, "RuralDilapidatedHousingRenovated")]
    [TestCase("棚户区改造安置房", false, true, "ShantytownResettlementHousing")]
    [TestCase("重点项目建设完成投资", false, false, "KeyProjectInvestment")]
    [TestCase("开工建设", false, true, null)]
    [TestCase("新增营收超50亿元企业", false, true, "NewEnterprisesOver5Billion")]
    [TestCase("新建亿元以上项目", false, true, "NewProjectsOver100Million")]
    [TestCase("年收入超10万元农户", false, true, "RuralHouseholdsOver100k")]
    [TestCase("投资超1,000万元项目", false, true, "ProjectsOver10Million")]
    [TestCase("投资超１０亿元项目", false, true, "ProjectsOver1Billion")]
    [TestCase("全市出口占全省比重", false, false, "ExportsProvincialShare")]
    [TestCase("农业投资占固定资产投资的比重", false, false, "AgriculturalInvestmentShare")]
    [TestCase("研发经费支出占GDP比重", false, false, null)]
    [TestCase("新增美丽乡村", false, true, "NewBeautifulVillages")]
    [TestCase("规上工业企业", false, true, "IndustrialEnterprises")]
    [TestCase("空气质量优良天数比例", false, false, "AirQualityGoodRate")]
    public void ALabelCoveredWordForWordGetsAKeyAndNoOtherDoes(string label, bool isGrowth, bool isCount, string? expected)
    {
        Assert.That(KeyComposer.Compose(label, isGrowth, isCount), Is.EqualTo(expected));
    }

    [Test]
    public void ADraftMarksAComposedKeyForReview()
    {
        var draft = Drafter.Draft("一、2023年工作回顾\n新增公共停车位1200个。\n", new DraftOptions("Sample", "示例", null, "sample.txt"), KeyVocabulary.Empty);
        var figure = draft.Figures[0];
        Assert.That(figure.Key, Is.EqualTo("NewPublicParkingSpaces"));
        Assert.That(figure.Review, Does.Contain("composed from the label's words"));
    }
}
