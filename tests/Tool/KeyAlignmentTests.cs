using NUnit.Framework;
using ReportData.Tool.Drafting;

namespace ReportData.Tests.Tool;

/// <summary>
/// Learning a folder's translation style from its labels and keys (docs/drafting.md), on small hand-made vocabularies.
/// Each expected key is worked out by hand from the alignment rules and TermGlossary's words, written before running.
/// </summary>
public class KeyAlignmentTests
{
    [Test]
    public void APhraseTheFolderTranslatesItsOwnWayCarriesOverToANewLabel()
    {
        // 新建|省级|现代|农业|园区 against New|Provincial|Modern|Agriculture|Parks: 农业 is Agricultural in the glossary, Agriculture here,
        // so 现代农业园区 is learned as ModernAgriculturePark (singular: the count's plural is the composer's).
        var learned = KeyAlignment.Learn(new[] { ("新建省级现代农业园区", "NewProvincialModernAgricultureParks", true) });
        Assert.That(learned.Terms, Does.Contain(("现代农业园区", "ModernAgriculturePark")));
        Assert.That(KeyComposer.Compose("新增现代农业园区", false, true, learned), Is.EqualTo("NewModernAgricultureParks"));
        Assert.That(KeyComposer.Compose("新增现代农业园区", false, true), Is.EqualTo("NewModernAgriculturalParks"));
    }

    [Test]
    public void WordsTheKeyOrdersOtherwiseAreLearnedAsABlock()
    {
        // 消除 is …Eliminated; 集体经济 (CollectiveEconomy) crosses the unknown 薄弱 (Weak first in the key): 集体经济薄弱 → WeakCollectiveEconomy.
        var learned = KeyAlignment.Learn(new[] { ("消除集体经济薄弱村", "WeakCollectiveEconomyVillagesEliminated", true) });
        Assert.That(learned.Terms, Does.Contain(("集体经济薄弱", "WeakCollectiveEconomy")));
        Assert.That(KeyComposer.Compose("全市消除集体经济薄弱村", false, true, learned), Is.EqualTo("WeakCollectiveEconomyVillagesEliminated"));
        Assert.That(KeyComposer.Compose("消除集体经济薄弱村", false, true, lexicon: false), Is.Null, "薄弱 is no word of the glossaries");
        Assert.That(KeyComposer.Compose("消除集体经济薄弱村", false, true), Is.EqualTo("CollectiveEconomyWeakVillagesEliminated"), "薄弱村 is a word of the lexicon");
    }

    [Test]
    public void ALeadingVerbTakesTheFoldersStyle()
    {
        // 培育 says nothing in the general glossary; this folder writes it as New… twice.
        var learned = KeyAlignment.Learn(new[] { ("培育示范家庭农场", "NewDemoFamilyFarms", true), ("培育示范龙头企业", "NewDemoLeadingEnterprises", true) });
        Assert.That(learned.StyleOf("培育"), Is.EqualTo("New"));
        Assert.That(KeyComposer.Compose("培育省级家庭农场", false, true, learned), Is.EqualTo("NewProvincialFamilyFarms"));
        Assert.That(KeyComposer.Compose("培育省级家庭农场", false, true), Is.EqualTo("ProvincialFamilyFarms"));
    }

    [Test]
    public void AVerbTheFolderRendersBothWaysKeepsTheGeneralStyle()
    {
        var learned = KeyAlignment.Learn(new[] { ("培育家庭农场", "NewFamilyFarms", true), ("培育龙头企业", "LeadingEnterprisesCultivated", true) });
        Assert.That(learned.StyleOf("培育"), Is.EqualTo(string.Empty), "one New, one participle: no majority, the glossary's plain verb");
    }

    [Test]
    public void AKeyWithDigitsTeachesNothing()
    {
        var learned = KeyAlignment.Learn(new[] { ("引进投资超20亿元重大产业项目", "NewMajorIndustrialProjectsOver2Billion", true) });
        Assert.That(learned.Terms, Is.Empty);
    }

    [Test]
    public void LabelsWordedWithOtherVerbsAndLevelWordsShareTheKey()
    {
        var vocabulary = new KeyVocabulary(new[] { ("新认定省科技型中小微企业", "NewProvincialSmeTechEnterprises", "Count", "Count") });
        var (key, confidence, why) = vocabulary.Find("新增省级科技型中小企业", "Count", isGrowth: false);
        Assert.That((key, confidence), Is.EqualTo(("NewProvincialSmeTechEnterprises", KeyConfidence.Likely)));
        Assert.That(why, Does.Contain("新认定省科技型中小微企业"));
        Assert.That(vocabulary.Find("省级科技型中小企业", "Count", isGrowth: false).Key, Is.Null, "a stock without a verb is another indicator than the additions");
    }

    [TestCase("IllegalBuildingsDemolished", new[] { "Illegal", "Buildings", "Demolished" })]
    [TestCase("NewProjectsOver100Million", new[] { "New", "Projects", "Over", "100", "Million" })]
    [TestCase("AShareListedCompanies", new[] { "A", "Share", "Listed", "Companies" })]
    public void AKeySplitsIntoItsCamelCaseTokens(string key, string[] tokens)
    {
        Assert.That(KeyWords.Split(key), Is.EqualTo(tokens));
    }
}
