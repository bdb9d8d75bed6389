using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using NUnit.Framework;
using ReportData.Tool.Drafting;

namespace ReportData.Tests.Tool;

/// <summary>
/// The lexicon's data (<see cref="TermLexicon"/>) is well formed, and the composer uses it after the glossaries and the folder's
/// terms. The labels here are made up for the rules they exercise, not taken from the seed reports.
/// </summary>
public class TermLexiconTests
{
    private static readonly Regex Pascal = new("^([A-Z][a-z]*|[0-9]+)+$", RegexOptions.CultureInvariant);

    [Test]
    public void TheLexiconIsBroad()
    {
        Assert.That(TermLexicon.Words, Has.Count.GreaterThanOrEqualTo(1500));
    }

    [Test]
    public void NoTermIsListedTwice()
    {
        var twice = TermLexicon.Words.GroupBy(w => w.Term).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.That(twice, Is.Empty);
    }

    [Test]
    public void EveryEnglishIsPascalCaseOrEmpty()
    {
        var bad = TermLexicon.Words.Where(w => w.English.Length > 0 && !Pascal.IsMatch(w.English)).Select(w => w.Term + " → " + w.English).ToList();
        Assert.That(bad, Is.Empty);
    }

    [Test]
    public void NoTermRepeatsAGlossaryTermWhichWouldWinAnyway()
    {
        var glossary = new HashSet<string>(TermGlossary.Words.Select(w => w.Term).Concat(Glossary.Terms.Select(t => t.Term)));
        Assert.That(TermLexicon.Words.Where(w => glossary.Contains(w.Term)).Select(w => w.Term).ToList(), Is.Empty);
    }

    [Test]
    public void NoTermIsAFillerOrAThresholdWhichTheComposerReadsOtherwise()
    {
        // 全市, 当年 say nothing (TermGlossary.Fillers); 亿元以上 is a threshold KeyPhrases spells (Over100Million).
        Assert.That(TermLexicon.Words.Where(w => TermGlossary.Fillers.Contains(w.Term) || w.Term.EndsWith("以上", System.StringComparison.Ordinal) && w.Term.Contains('元')).Select(w => w.Term).ToList(), Is.Empty);
    }

    [Test]
    public void NoTermIsASingleCharacterButCarbon()
    {
        // One common character as a word would cut labels anywhere; 碳 stands alone only for carbon.
        Assert.That(TermLexicon.Words.Where(w => w.Term.Length == 1 && w.Term != "碳").Select(w => w.Term).ToList(), Is.Empty);
    }

    [Test]
    public void NoTermIsAWordAndAPlainVerbAfterIt()
    {
        // 项目建设 would swallow the 建设 a label uses as a verb (重点项目建设完成投资 is KeyProjectInvestment); where the verb is the
        // noun (研发投入, R&D input; 企业开办, the start-up of a business) the compound stays.
        var plain = GeneralWords.PlainVerbs;
        var swallowing = TermLexicon.Words
            .Where(w => w.Term is not "研发投入" and not "企业开办")
            .Where(w => plain.Any(v => w.Term.Length > v.Length && w.Term.EndsWith(v, System.StringComparison.Ordinal) && GeneralWords.Contains(w.Term.Substring(0, w.Term.Length - v.Length))))
            .Select(w => w.Term).ToList();
        Assert.That(swallowing, Is.Empty);
    }

    [Test]
    public void LexiconVerbsAreNewAndListedOnce()
    {
        var glossaryVerbs = TermGlossary.AddingVerbs.Concat(TermGlossary.ActingVerbs.Select(v => v.Verb)).Concat(TermGlossary.PlainVerbs).ToHashSet();
        var verbs = TermLexicon.AddingVerbs.Concat(TermLexicon.ActingVerbs.Select(v => v.Verb)).Concat(TermLexicon.PlainVerbs).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(verbs.GroupBy(v => v).Where(g => g.Count() > 1).Select(g => g.Key).ToList(), Is.Empty, "listed twice");
            Assert.That(verbs.Where(glossaryVerbs.Contains).ToList(), Is.Empty, "already a glossary verb");
            Assert.That(verbs.Where(GeneralWords.Contains).ToList(), Is.Empty, "also a word: the word would shadow the verb inside a label");
            Assert.That(TermLexicon.ActingVerbs.Where(v => !Pascal.IsMatch(v.Participle)).ToList(), Is.Empty, "participle not PascalCase");
        });
    }

    [Test]
    public void AGlossaryTermWinsOverTheLexiconAndALearnedTermOverBoth()
    {
        Assert.That(KeyWords.General.Longest("研发经费", 0)?.English, Is.EqualTo("RdIntensity"));
        var learned = new LearnedTerms(new[] { ("高标准农田", "GoodFarmland") }, new Dictionary<string, string>());
        Assert.Multiple(() =>
        {
            Assert.That(KeyWords.General.Longest("高标准农田", 0)?.English, Is.EqualTo("HighStandardFarmland"));
            Assert.That(learned.Words.Longest("高标准农田", 0)?.English, Is.EqualTo("GoodFarmland"));
        });
    }

    [Test]
    public void ALexiconTermGivesWayToALearnedTermItWouldCutInTwo()
    {
        // 老旧小区 (lexicon) would take 小区 from the folder's 小区停车位 phrase; 老旧 alone is then no word, so no key rather than a wrong cut.
        var learned = new LearnedTerms(new[] { ("旧小区停车位", "OldCommunityParking") }, new Dictionary<string, string>());
        Assert.Multiple(() =>
        {
            Assert.That(KeyWords.General.Longest("老旧小区停车位", 0)?.Term, Is.EqualTo("老旧小区"));
            Assert.That(learned.Words.Longest("老旧小区停车位", 0), Is.Null);
            Assert.That(learned.Words.Longest("老旧小区停车位", 1)?.English, Is.EqualTo("OldCommunityParking"));
        });
    }

    [TestCase("新增高标准农田", false, false, "NewHighStandardFarmland")]
    [TestCase("老旧小区改造", false, true, "OldResidentialCommunitiesRenovated")]
    [TestCase("建成海绵城市", false, false, "SpongeCity")]
    [TestCase("新获批省级众创空间", false, true, "NewProvincialMakerSpaces")]
    [TestCase("整改安全隐患", false, true, "SafetyHazardsRectified")]
    [TestCase("家庭医生签约率", false, false, "FamilyDoctorContractRate")]
    [TestCase("普惠小微贷款余额增长", true, false, "InclusiveSmallMicroLoanBalanceGrowth")]
    [TestCase("加装电梯", false, true, "ElevatorsInstalled")]
    [TestCase("新建村级养老服务中心", false, true, "NewVillageLevelElderlyCareCenters")]
    [TestCase("重点项目建设完成投资", false, false, "KeyProjectInvestment")]
    [TestCase("救助困境儿童", false, true, "VulnerableChildrenAssisted")]
    public void LabelsOutsideTheGlossaryCompose(string label, bool isGrowth, bool isCount, string key)
    {
        Assert.That(KeyComposer.Compose(label, isGrowth, isCount), Is.EqualTo(key));
    }

    [Test]
    public void WithoutTheLexiconThoseLabelsComposeAsBefore()
    {
        Assert.Multiple(() =>
        {
            Assert.That(KeyComposer.Compose("新增高标准农田", false, false, lexicon: false), Is.Null);
            Assert.That(KeyComposer.Compose("新增省级众创空间", false, true, lexicon: false), Is.EqualTo("NewProvincialMakerSpaces"));
        });
    }

    [Test]
    public void ADraftOfAnUnseenReportGetsLexiconKeysAndSaysWhereTheyComeFrom()
    {
        var text = "一、2025年工作回顾\n新建高标准农田3.2万亩，培育家庭农场120家，新建颐乐苑9个。\n";
        var draft = Drafter.Draft(text, new DraftOptions("Sample", "示例", null, "sample.txt"), KeyVocabulary.Empty);
        var byValue = draft.Figures.ToDictionary(f => f.Value);
        Assert.Multiple(() =>
        {
            Assert.That(byValue["3.2"].Key, Is.EqualTo("NewHighStandardFarmland"));
            Assert.That(byValue["3.2"].Review, Does.Contain("(TermGlossary, TermLexicon)"));
            Assert.That(byValue["120"].Key, Is.EqualTo("FamilyFarms"));
            Assert.That(byValue["120"].Review, Does.Contain("(TermGlossary)"), "no lexicon word was needed");
            Assert.That(byValue["9"].Key, Does.StartWith("Todo"), "颐乐苑 is in no dictionary");
        });
    }

    [TestCase("Child", "Children")]
    [TestCase("VulnerableChild", "VulnerableChildren")]
    [TestCase("Women", "Women")]
    [TestCase("Personnel", "Personnel")]
    [TestCase("Enterprise", "Enterprises")]
    public void CountsOfPeoplePluraliseIrregularNouns(string singular, string plural)
    {
        Assert.That(KeyWords.Plural(singular), Is.EqualTo(plural));
    }
}
