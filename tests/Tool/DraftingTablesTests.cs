using System;
using System.Linq;
using System.Text.RegularExpressions;
using NUnit.Framework;
using ReportData.Tool.Drafting;

namespace ReportData.Tests.Tool;

/// <summary>
/// The drafting engine's embedded tables (glossaries, lexicon, headline keys): each has its source in a header comment and a
/// header naming its columns, every row its cells, and the keys are PascalCase; a malformed table fails loudly.
/// </summary>
public class DraftingTablesTests
{
    private static readonly Regex Pascal = new("^[A-Z][A-Za-z0-9]*$", RegexOptions.CultureInvariant);

    private static string[] TableNames() =>
        typeof(Drafter).Assembly.GetManifestResourceNames().Where(name => name.EndsWith(".tsv", StringComparison.Ordinal)).OrderBy(name => name, StringComparer.Ordinal).ToArray();

    [Test]
    public void EveryTableNamesItsSourceAndLoads()
    {
        Assert.That(TableNames(), Is.EquivalentTo(new[]
        {
            "ReportData.Tool.Drafting.Glossary.tsv", "ReportData.Tool.Drafting.HeadlineKeys.tsv", "ReportData.Tool.Drafting.TermGlossary.tsv",
            "ReportData.Tool.Drafting.TermLexicon.tsv",
        }));
        foreach (var name in TableNames())
        {
            using var stream = typeof(Drafter).Assembly.GetManifestResourceStream(name)!;
            using var reader = new System.IO.StreamReader(stream);
            var text = reader.ReadToEnd();
            Assert.That(text, Does.StartWith("# "), name + " opens with a comment saying what it is and where it comes from");
            Assert.That(text.ToLowerInvariant(), Does.Contain("source"), name + " names its source");
        }

        Assert.That(Glossary.Terms, Has.Count.GreaterThan(100));
        Assert.That(TermGlossary.Words, Has.Count.GreaterThan(300));
        Assert.That(TermLexicon.Words, Has.Count.GreaterThan(2500));
        Assert.That(HeadlineKeys.Entries, Has.Count.GreaterThan(40));
    }

    [Test]
    public void KeysArePascalCaseAndHeadlineTermsAreUnique()
    {
        Assert.That(Glossary.Terms.Where(t => !Pascal.IsMatch(t.Key)).Select(t => t.Term), Is.Empty);
        Assert.That(TermGlossary.Words.Where(w => w.English.Length > 0 && !Pascal.IsMatch(w.English)).Select(w => w.Term), Is.Empty);
        Assert.That(HeadlineKeys.Entries.Where(e => !Pascal.IsMatch(e.Key) || e.Kind is not ("level" or "growth" or "rate" or "change")).Select(e => e.Term), Is.Empty);
        Assert.That(HeadlineKeys.Entries.GroupBy(e => e.Term).Where(g => g.Count() > 1).Select(g => g.Key), Is.Empty);
    }

    [TestCase("term\tkey\n国内生产总值\tGdp\n", "the header must be")]
    [TestCase("# source\nterm\tkey\tkind\n国内生产总值\tGdp\n", "expected 3 non-empty cells")]
    [TestCase("# source\nterm\tkey\tkind\n国内生产总值\t Gdp\tlevel\n", "without surrounding blanks")]
    [TestCase("# only a comment\n", "no header")]
    public void AMalformedTableFailsLoudly(string text, string message)
    {
        Assert.That(() => DataTable.Rows(text, "term", "key", "kind"), Throws.TypeOf<FormatException>().With.Message.Contains(message));
    }

    [Test]
    public void TheHeadlineSeriesGetOneKeyWhateverTheReportsScope()
    {
        Assert.That(HeadlineKeys.Find("全省地区生产总值", null, isGrowth: false, isPercent: false), Is.EqualTo("Gdp"));
        Assert.That(HeadlineKeys.Find("国内生产总值增长", "国内生产总值", isGrowth: true, isPercent: true), Is.EqualTo("GdpGrowth"));
        Assert.That(HeadlineKeys.Find("居民消费价格涨幅", null, isGrowth: false, isPercent: true), Is.EqualTo("ConsumerPriceIndexGrowth"));
        Assert.That(HeadlineKeys.Find("单位国内生产总值能耗降低", "单位国内生产总值能耗", isGrowth: true, isPercent: true), Is.EqualTo("EnergyIntensityGrowth"));
        Assert.That(HeadlineKeys.Find("城镇调查失业率", null, isGrowth: false, isPercent: true), Is.EqualTo("SurveyedUnemploymentRate"));
        Assert.That(HeadlineKeys.Find("地区生产总值", null, isGrowth: false, isPercent: true), Is.Null, "a percent is no level of GDP");
        Assert.That(HeadlineKeys.Find("新增地区生产总值", null, isGrowth: false, isPercent: false), Is.Null, "only the term after words of scope");
        Assert.That(HeadlineKeys.Find("全省完成地区生产总值", null, isGrowth: false, isPercent: false), Is.EqualTo("Gdp"), "a year's result, its verb after the scope");
        Assert.That(HeadlineKeys.Find("全疆地区生产总值", null, isGrowth: false, isPercent: false), Is.EqualTo("Gdp"), "全 and a region's one-character name");
        Assert.That(HeadlineKeys.Find("全社会消费品零售总额", null, isGrowth: false, isPercent: false), Is.EqualTo("RetailSales"), "a term of its own that opens with 全");
    }
}
