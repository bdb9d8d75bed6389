using System.Collections.Generic;
using System.Linq;
using NUnit.Framework;
using ReportData.Tool.Drafting;
using ReportData.Tool.Generator;

namespace ReportData.Tests.Tool;

/// <summary>
/// A draft keeps every key to one dimension, the vocabulary's where it knows the key (RD1014 holds across
/// reports): keys of another dimension follow the build's convention or become placeholders, marked. Expected
/// keys written by hand from docs/tool.md's rules.
/// </summary>
public class DraftKeyDimensionTests
{
    private const string Review = "一、2023年工作回顾\n";

    private static Draft Draft(string text, params (string Label, string Key, string Suffix, string Dimension)[] vocabulary) =>
        Drafter.Draft(text, new DraftOptions("Sample", "示例", null, "sample.txt"), new KeyVocabulary(vocabulary));

    private static DraftFigure Only(Draft draft, string value) => draft.Figures.Single(figure => figure.Value == value);

    [Test]
    public void DollarsOfAYuanKeyGetTheirOwnKeyMarkedForReview()
    {
        var draft = Draft(Review + "机电产品出口额23.9亿美元。\n", ("机电产品出口额", "MachineryExports", "Billion", "MoneyCny"));
        var dollars = Only(draft, "23.9");
        Assert.That(dollars.Key, Is.EqualTo("MachineryExportsInDollars"));
        Assert.That(dollars.Review, Does.Contain("the key MachineryExports is MoneyCny in the vocabulary, this figure is MoneyUsd: MachineryExportsInDollars composed"));
    }

    [Test]
    public void DollarsOfAHeadlineSeriesGetTheirKeySettled()
    {
        // A headline series is kept in yuan in every report, so its dollars' key is the convention's, not a guess.
        var draft = Draft(Review + "外贸出口总额23.9亿美元。\n", ("外贸出口总额", "Exports", "Billion", "MoneyCny"));
        Assert.That((Only(draft, "23.9").Key, Only(draft, "23.9").Review), Is.EqualTo(("ExportsInDollars", (string?)null)));
    }

    [Test]
    public void AKeyTheVocabularyKnowsInTheFiguresDimensionIsTaken()
    {
        var draft = Draft(Review + "全市生产总值增长6.8%。\n", ("全市生产总值", "Gdp", "Billion", "MoneyCny"), ("地区生产总值增长", "GdpGrowth", "Percent", "Ratio"));
        var growth = Only(draft, "6.8");
        Assert.That((growth.Key, growth.Review), Is.EqualTo(("GdpGrowth", (string?)null)));
    }

    [Test]
    public void TheSurerFigureKeepsTheKeyAndAShareOfItIsComposed()
    {
        // The share comes first in the text, but 全市出口 is the glossary's 出口 exactly: the money figure keeps Exports.
        var draft = Draft(Review + "跨境网络零售出口占全省55.1%，全市出口达到3311亿元。\n");
        Assert.That((Only(draft, "3311").Key, Only(draft, "3311").Review), Is.EqualTo(("Exports", (string?)null)));
        var share = Only(draft, "55.1");
        Assert.That(share.Key, Is.EqualTo("ExportsShare"));
        Assert.That(share.Review, Does.Contain("the key Exports is MoneyCny in this draft, this figure is Ratio: ExportsShare composed"));
    }

    [Test]
    public void ACountUnderAMoneyKeyGetsAPlaceholder()
    {
        var draft = Draft(Review + "新增国家级出口产业示范区3个。\n", ("外贸出口总额", "Exports", "Billion", "MoneyCny"));
        var count = Only(draft, "3");
        Assert.That(count.Key, Does.StartWith("Todo"));
        Assert.That(count.Review, Does.Contain("the key Exports is MoneyCny in the vocabulary, this figure is Count: choose a key of its own"));
    }

    [Test]
    public void PercentagePointsOfALevelAreAChangeOfItsGrowth()
    {
        var draft = Draft(Review + "城镇居民人均可支配收入达到52000元，城镇居民收入增幅比预期目标低0.9个百分点。\n");
        Assert.That(Only(draft, "52000").Key, Is.EqualTo("UrbanDisposableIncome"));
        Assert.That(Only(draft, "0.9").Key, Is.EqualTo("UrbanDisposableIncomeGrowthChange"));
        Assert.That(Only(draft, "0.9").Review, Does.Contain("composed"));
    }

    [Test]
    public void ALabelThatPrintsItsDenominatorIsARate()
    {
        var draft = Draft(Review + "城镇居民人均可支配收入达到52000元，万人发明专利拥有量达到9件，引进人才3000人。\n", ("城镇居民人均可支配收入", "UrbanDisposableIncome", "YuanPerCapita", "MoneyCnyPerCapita"));
        var income = Only(draft, "52000");
        Assert.That((income.Key, income.Per, income.Review), Is.EqualTo(("UrbanDisposableIncome", "人", (string?)null)), "the vocabulary's label with its rate unit: settled");
        Assert.That(Only(draft, "9").Per, Is.EqualTo("万人"));
        Assert.That(Only(draft, "3000").Per, Is.Null);
    }

    [Test]
    public void NoSeedDraftHasAKeyInTwoDimensions()
    {
        var folder = ReportFolder.Load(ReportData.Tests.Infrastructure.GeneratorHarness.SeedsDirectory);
        foreach (var report in folder.Reports())
        {
            var vocabulary = new KeyVocabulary(Vocabulary.Entries(folder, exceptYamlFile: report.YamlFile));
            var draft = Drafter.Draft(folder.Texts[report.TextFile], new DraftOptions(report.City, report.CityName, null, report.TextFile), vocabulary);
            var dimensions = new Dictionary<string, string>();
            foreach (var figure in draft.Figures)
            {
                var unit = figure.CorrectedUnit ?? figure.Unit;
                var dimension = figure.Per is { } per && PrintedUnits.TryGetRate(unit, per, out _, out var rate) ? rate : PrintedUnits.DimensionOf(unit)!;
                var expected = vocabulary.DimensionOf(figure.Key) ?? dimensions.GetValueOrDefault(figure.Key, dimension);
                Assert.That(dimension, Is.EqualTo(expected), $"{report.YamlFile}: {figure.Key} ({figure.Label} {figure.Value}{figure.Unit})");
                dimensions.TryAdd(figure.Key, dimension);
            }
        }
    }

    [Test]
    public void AnIndicatorPrintedThousandsOfTimesIsNumberedInTurn()
    {
        // Numbering each duplicate from 2 again made such a text quadratic: 8,000 repeats took 13 s to draft.
        var text = Review + string.Concat(Enumerable.Repeat("地区生产总值增长5%。\n", 3000));

        var keys = Draft(text).Figures.Select(figure => figure.Key).ToList();

        Assert.That(keys, Is.EqualTo(new[] { "GdpGrowth" }.Concat(Enumerable.Range(2, 2999).Select(n => "GdpGrowthDuplicate" + n))));
    }
}
