using System.Linq;
using NUnit.Framework;

namespace ReportData.Tests.Data;

/// <summary>The Quzhou 2014 report (001_1ea55c675015e980.txt), reviewing 2013 and setting targets for 2014. Values read off the text.</summary>
public class Quzhou2014Tests
{
    // 全市实现生产总值 1056.6 亿元，增长 9.1%；财政总收入 118.2 亿元，其中地方财政收入 72.8 亿元，分别增长 11.1%和 14.7%；
    // 固定资产投资 670.7 亿元，增长 18.5%；社会消费品零售总额 443.7 亿元，增长 13.8%；外贸出口总额 23.9 亿美元，增长 28.6%；
    // 城镇居民人均可支配收入 28883 元，农村居民人均纯收入 11924 元，分别增长 10.1%和 11.3%；人口自然增长率 3.38%。
    [TestCase("Quzhou.Y2013.GdpBillion", 105.66)]
    [TestCase("Quzhou.Y2013.GdpGrowthPercent", 9.1)]
    [TestCase("Quzhou.Y2013.FiscalRevenueTotalBillion", 11.82)]
    [TestCase("Quzhou.Y2013.GeneralBudgetRevenueBillion", 7.28)]
    [TestCase("Quzhou.Y2013.FiscalRevenueTotalGrowthPercent", 11.1)]
    [TestCase("Quzhou.Y2013.GeneralBudgetRevenueGrowthPercent", 14.7)]
    [TestCase("Quzhou.Y2013.FixedAssetInvestmentBillion", 67.07)]
    [TestCase("Quzhou.Y2013.FixedAssetInvestmentGrowthPercent", 18.5)]
    [TestCase("Quzhou.Y2013.RetailSalesBillion", 44.37)]
    [TestCase("Quzhou.Y2013.RetailSalesGrowthPercent", 13.8)]
    [TestCase("Quzhou.Y2013.ExportsUsdBillion", 2.39)]
    [TestCase("Quzhou.Y2013.ExportsGrowthPercent", 28.6)]
    [TestCase("Quzhou.Y2013.ForeignTradeGrowthPercent", 25)]
    [TestCase("Quzhou.Y2013.UrbanDisposableIncomeYuanPerCapita", 28883)]
    [TestCase("Quzhou.Y2013.RuralNetIncomeYuanPerCapita", 11924)]
    [TestCase("Quzhou.Y2013.UrbanDisposableIncomeGrowthPercent", 10.1)]
    [TestCase("Quzhou.Y2013.RuralNetIncomeGrowthPercent", 11.3)]
    [TestCase("Quzhou.Y2013.PopulationNaturalGrowthRatePerMille", 3.38)]
    [TestCase("Quzhou.Y2013.NewUrbanJobsPersons", 33000)]
    [TestCase("Quzhou.Y2013.EcommerceTransactionsGrowthPercent", 230)]
    [TestCase("Quzhou.Y2013.PigHerdReducedCount", 757000)]
    [TestCase("Quzhou.Y2013.WorkSafetyDirectLossesGrowthPercent", -11.7)]
    public void ReviewOf2013(string id, double expected) => Headlines.Check(id, expected);

    // 地区生产总值增长 8.5%左右，地方财政收入增长 8.5%，固定资产投资增长 15%以上，社会消费品零售总额增长 12%，
    // 外贸出口总额增长 7.5%；城镇居民人均可支配收入增长 10%，农村居民人均纯收入增长 11%，城镇登记失业率控制在 4%以内；
    // 人口自然增长率控制在 4.96%。以内
    [TestCase("Quzhou.Y2014.Targets.GdpGrowthPercent", 8.5, TargetBound.About)]
    [TestCase("Quzhou.Y2014.Targets.GeneralBudgetRevenueGrowthPercent", 8.5, TargetBound.Reach)]
    [TestCase("Quzhou.Y2014.Targets.FixedAssetInvestmentGrowthPercent", 15, TargetBound.AtLeast)]
    [TestCase("Quzhou.Y2014.Targets.RetailSalesGrowthPercent", 12, TargetBound.Reach)]
    [TestCase("Quzhou.Y2014.Targets.ExportsGrowthPercent", 7.5, TargetBound.Reach)]
    [TestCase("Quzhou.Y2014.Targets.UrbanDisposableIncomeGrowthPercent", 10, TargetBound.Reach)]
    [TestCase("Quzhou.Y2014.Targets.RuralNetIncomeGrowthPercent", 11, TargetBound.Reach)]
    [TestCase("Quzhou.Y2014.Targets.RegisteredUnemploymentRatePercent", 4, TargetBound.AtMost)]
    [TestCase("Quzhou.Y2014.Targets.PopulationNaturalGrowthRatePerMille", 4.96, TargetBound.AtMost)]
    public void TargetsFor2014(string id, double expected, TargetBound bound) => Headlines.Check(id, expected, bound);

    [Test]
    public void LocalFiscalRevenueIsTheEarlierNameOfGeneralBudgetRevenue()
    {
        // 地方财政收入 (2013) was renamed 一般公共预算收入 by the 2014 budget law: one key, one series.
        var revenue = ReportDataset.Get("Quzhou.Y2013.GeneralBudgetRevenueBillion");
        var growth = FigureIndex.Dataset.Series("Quzhou", "GeneralBudgetRevenueGrowth");
        var targets = FigureIndex.Dataset.Series("Quzhou", "GeneralBudgetRevenueGrowth", FigureKind.Target);
        Assert.Multiple(() =>
        {
            Assert.That(revenue.Label, Is.EqualTo("地方财政收入"), "the label stays as printed");
            Assert.That(revenue.Note, Does.Contain("一般公共预算收入"));
            Assert.That(growth.Select(figure => (figure.Year, figure.Value)), Is.SupersetOf(new (int?, double)[] { (2013, 14.7), (2023, 18) }));
            Assert.That(targets.Select(figure => (figure.Year, figure.Value)), Is.SupersetOf(new (int?, double)[] { (2014, 8.5), (2018, 7) }));
            Assert.That(FigureIndex.Dataset.Keys, Has.No.Member("LocalFiscalRevenue").And.No.Member("LocalFiscalRevenueGrowth"));
        });
    }

    [Test]
    public void PerMilleRateMisprintedAsPercentKeepsThePrintedUnitAndTheCorrection()
    {
        var rate = ReportDataset.Get("Quzhou.Y2013.PopulationNaturalGrowthRatePerMille");
        Assert.Multiple(() =>
        {
            Assert.That(rate.PrintedUnit, Is.EqualTo("%"));
            Assert.That(rate.CorrectedUnit, Is.EqualTo("‰"));
            Assert.That(rate.Unit, Is.EqualTo(FigureUnit.PerMille));
            Assert.That(rate.Note, Is.Not.Empty);
        });
    }

    [Test]
    public void ExportsArePrintedInUsDollars()
    {
        var exports = ReportDataset.Get("Quzhou.Y2013.ExportsUsdBillion");
        Assert.That(exports.Unit, Is.EqualTo(FigureUnit.BillionUsd));
        Assert.That(exports.Key, Is.EqualTo("ExportsInDollars"), "dollars are another dimension than the yuan of the key Exports");
        Assert.That(exports.PrintedUnit, Is.EqualTo("亿美元"));
    }

    [Test]
    public void MetadataIsAsTheTextGivesIt()
    {
        var source = ReportDataset.Get("Quzhou.Y2013.GdpBillion").Source;
        Assert.Multiple(() =>
        {
            Assert.That(source.Date, Is.EqualTo("2014-02-26"), "—2014 年 2 月 26 日在衢州市第六届人民代表大会第五次会议上");
            Assert.That(source.Session, Is.EqualTo("衢州市第六届人民代表大会第五次会议"));
            Assert.That(source.Speaker, Is.EqualTo("衢州市市长 沈仁康"));
            Assert.That(source.ReviewsYear, Is.EqualTo(2013));
            Assert.That(source.TargetsYear, Is.EqualTo(2014));
        });
    }
}
