using System.Linq;
using NUnit.Framework;
using ReportData.Tests.Infrastructure;

namespace ReportData.Tests.Api;

/// <summary>
/// Targets worded 左右 judged as the reports judge them: met inside the band and beyond it in the direction the
/// indicator is good in (lib/Targets/key-directions.tsv). Targets and actuals as the national reports print them
/// (corpus national-YYYY.txt): 2017 "国内生产总值增长6.5%左右", 2018's review "国内生产总值增长6.9%"; 2018 "居民消费价格涨幅3%左右",
/// 2019's review "居民消费价格上涨2.1%"; 2023 "城镇调查失业率5.5%左右", 2024's review "城镇调查失业率平均为5.2%"; 2024
/// "单位国内生产总值能耗降低2.5%左右", 2025's review "单位国内生产总值能耗降幅超过3%".
/// </summary>
public class DirectionalTargetTests
{
    [TestCase("GdpGrowth", 6.5, 6.9, false, true, false, Description = "growth above its band: the reports call it met (超额完成)")]
    [TestCase("ConsumerPriceIndexGrowth", 3.0, 2.1, false, true, false, Description = "a price rise under its ceiling")]
    [TestCase("SurveyedUnemploymentRate", 5.5, 5.2, false, true, false, Description = "unemployment under its ceiling")]
    [TestCase("EnergyIntensityGrowth", 2.5, 3.0, true, true, false, Description = "a larger fall of energy use than the 2.5% targeted")]
    [TestCase("GdpGrowth", 6.5, 6.0, false, false, false, Description = "growth below its band is missed either way")]
    [TestCase("ConsumerPriceIndexGrowth", 3.0, 3.5, false, false, false, Description = "prices above their ceiling's band")]
    [TestCase("EnergyIntensityGrowth", 2.5, 2.0, true, false, false, Description = "a smaller fall than the band allows")]
    [TestCase("GdpGrowth", 6.5, 6.4, false, true, true, Description = "inside the band: met on either reading")]
    public void AboutTargetIsMetInItsBandAndBeyondItInTheGoodDirection(string key, double target, double actual, bool decline, bool met, bool metSymmetric)
    {
        var sign = decline ? -1 : 1;
        var figure = PlaceFigures.National(key, 2024, FigureKind.Target, sign * target, TargetBound.About, decline);
        Assert.That(figure.IsMetBy(sign * actual), Is.EqualTo(met), "the default reading, as the reports judge");
        Assert.That(figure.IsMetBy(sign * actual, AboutTolerance.Default.Symmetric()), Is.EqualTo(metSymmetric), "the symmetric band");
    }

    [TestCase(2.9, true)]
    [TestCase(3.1, true)]
    [TestCase(3.2, false)]
    [TestCase(2.8, false)]
    public void KeyWithNoGoodDirectionKeepsTheBandOnBothSides(double actual, bool met)
    {
        // 赤字率拟按3%左右安排: a plan figure, neither side better.
        var deficitRatio = PlaceFigures.National("DeficitRatio", 2024, FigureKind.Target, 3, TargetBound.About);
        Assert.That(KeyDirections.Of("DeficitRatio"), Is.EqualTo(KeyDirection.None));
        Assert.That(deficitRatio.IsMetBy(actual), Is.EqualTo(met));
    }

    [Test]
    public void CompareTargetsWithActualsJudgesAsTheReportsDo()
    {
        var index = new[]
        {
            PlaceFigures.National("GdpGrowth", 2017, FigureKind.Target, 6.5, TargetBound.About),
            PlaceFigures.National("GdpGrowth", 2017, FigureKind.Actual, 6.9),
            PlaceFigures.National("ConsumerPriceIndexGrowth", 2018, FigureKind.Target, 3, TargetBound.About),
            PlaceFigures.National("ConsumerPriceIndexGrowth", 2018, FigureKind.Actual, 2.1),
        }.ToFigureIndex();
        var pairs = index.CompareTargetsWithActuals();
        Assert.That(pairs.Select(pair => (pair.Target.Key, pair.Target.Year, pair.IsMet)), Is.EquivalentTo(new[] { ("GdpGrowth", (int?)2017, true), ("ConsumerPriceIndexGrowth", (int?)2018, true) }));
        Assert.That(pairs.Single(pair => pair.Target.Key == "GdpGrowth").Difference, Is.EqualTo(0.4).Within(1e-9));
        Assert.That(index.CompareTargetsWithActuals(AboutTolerance.Default.Symmetric()).Select(pair => pair.IsMet), Is.All.False, "both lie outside the symmetric ±5 % band");
    }

    [Test]
    public void EveryHeadlineKeyHasADirectionAndAReason()
    {
        string[] headline =
        {
            "Gdp", "GdpGrowth", "GeneralBudgetRevenue", "GeneralBudgetRevenueGrowth", "FixedAssetInvestment", "FixedAssetInvestmentGrowth",
            "RetailSales", "RetailSalesGrowth", "ConsumerPriceIndexGrowth", "NewUrbanJobs", "SurveyedUnemploymentRate", "RegisteredUnemploymentRate",
            "PerCapitaDisposableIncome", "PerCapitaDisposableIncomeGrowth", "UrbanDisposableIncome", "UrbanDisposableIncomeGrowth",
            "RuralDisposableIncome", "RuralDisposableIncomeGrowth", "GrainOutput", "ForeignTrade", "ForeignTradeGrowth", "Exports", "Imports",
            "ActualForeignInvestment", "EnergyIntensityGrowth", "DeficitRatio", "Deficit", "LocalGovernmentSpecialBonds", "UltraLongSpecialTreasuryBonds",
        };
        Assert.That(KeyDirections.All.Keys, Is.SupersetOf(headline));
        Assert.That(headline.Select(KeyDirections.ReasonFor), Has.All.Not.Null.And.Not.Empty);
        Assert.Multiple(() =>
        {
            Assert.That(KeyDirections.Of("GdpGrowth"), Is.EqualTo(KeyDirection.HigherIsBetter));
            Assert.That(KeyDirections.Of("NewUrbanJobs"), Is.EqualTo(KeyDirection.HigherIsBetter));
            Assert.That(KeyDirections.Of("ConsumerPriceIndexGrowth"), Is.EqualTo(KeyDirection.LowerIsBetter));
            Assert.That(KeyDirections.Of("SurveyedUnemploymentRate"), Is.EqualTo(KeyDirection.LowerIsBetter));
            Assert.That(KeyDirections.Of("EnergyIntensityGrowth"), Is.EqualTo(KeyDirection.LowerIsBetter));
            Assert.That(KeyDirections.Of("NoSuchKey"), Is.EqualTo(KeyDirection.None));
            Assert.That(KeyDirections.ReasonFor("NoSuchKey"), Is.Null);
        });
    }

    [Test]
    public void EveryListedKeyIsAKeyOfTheVocabularyOrAHeadlineKey()
    {
        // A misspelt key in the data file would silently read its targets symmetrically.
        Assert.That(KeyDirections.All.Keys, Has.All.Match("^[A-Z][A-Za-z0-9]*$"));
    }
}
