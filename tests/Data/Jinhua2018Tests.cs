using NUnit.Framework;

namespace ReportData.Tests.Data;

/// <summary>The Jinhua 2018 report (002_fd91e26d86c32efc.txt), reviewing 2017 and setting targets for 2018. Values read off the text.</summary>
public class Jinhua2018Tests
{
    // 全市实现地区生产总值3870亿元，增长6.5%；一般公共预算收入357.7亿元，增长8.3%；城乡居民人均可支配收入分别达到50653元和23922元，增长8.8%和9.3%
    // 完成固定资产投资 2200 亿元、增长 11.2%；外贸出口总额 3311 亿元；实际利用外资 4.3 亿美元、增长 22.4%；网络零售额 2346 亿元、增长 28%
    [TestCase("Jinhua.Y2017.GdpBillion", 387)]
    [TestCase("Jinhua.Y2017.GdpGrowthPercent", 6.5)]
    [TestCase("Jinhua.Y2017.GeneralBudgetRevenueBillion", 35.77)]
    [TestCase("Jinhua.Y2017.GeneralBudgetRevenueGrowthPercent", 8.3)]
    [TestCase("Jinhua.Y2017.UrbanDisposableIncomeYuanPerCapita", 50653)]
    [TestCase("Jinhua.Y2017.RuralDisposableIncomeYuanPerCapita", 23922)]
    [TestCase("Jinhua.Y2017.UrbanDisposableIncomeGrowthPercent", 8.8)]
    [TestCase("Jinhua.Y2017.RuralDisposableIncomeGrowthPercent", 9.3)]
    [TestCase("Jinhua.Y2017.FixedAssetInvestmentBillion", 220)]
    [TestCase("Jinhua.Y2017.FixedAssetInvestmentGrowthPercent", 11.2)]
    [TestCase("Jinhua.Y2017.ExportsBillion", 331.1)]
    [TestCase("Jinhua.Y2017.ActualForeignInvestmentUsdBillion", 0.43)]
    [TestCase("Jinhua.Y2017.ActualForeignInvestmentGrowthPercent", 22.4)]
    [TestCase("Jinhua.Y2017.OnlineRetailSalesBillion", 234.6)]
    [TestCase("Jinhua.Y2017.OnlineRetailSalesGrowthPercent", 28)]
    [TestCase("Jinhua.Y2017.UrbanizationRatePercent", 66.7)]
    [TestCase("Jinhua.Y2017.NewUrbanJobsPersons", 104000)]
    [TestCase("Jinhua.Y2017.YiwuXinjiangEuropeTrainTripsCount", 168)]
    // Printed in words, each with its qualifier (a bound of the actual): 旅游收入突破千亿元 … 实现“千人计划”专家超百人、“双龙计划”项目超百个、人才资源总量超百万、人才企业产值超百亿
    [TestCase("Jinhua.Y2017.TourismRevenueBillion", 100, TargetBound.Exceeds)]
    [TestCase("Jinhua.Y2017.ThousandTalentsExpertsPersons", 100, TargetBound.Exceeds)]
    [TestCase("Jinhua.Y2017.ShuanglongProgrammeProjectsCount", 100, TargetBound.Exceeds)]
    [TestCase("Jinhua.Y2017.TalentPoolPersons", 1_000_000, TargetBound.Exceeds)]
    [TestCase("Jinhua.Y2017.TalentEnterprisesOutputBillion", 10, TargetBound.Exceeds)]
    public void ReviewOf2017(string id, double expected, TargetBound bound = TargetBound.None) => Headlines.Check(id, expected, bound);

    // 地区生产总值增长 7%左右 … 城镇新增就业8万人以上，城镇登记失业率控制在3.5%以内 … 二氧化碳强度降低4.6%以上 … 力争往返 400 列
    [TestCase("Jinhua.Y2018.Targets.GdpGrowthPercent", 7, TargetBound.About)]
    [TestCase("Jinhua.Y2018.Targets.NewUrbanJobsPersons", 80000, TargetBound.AtLeast)]
    [TestCase("Jinhua.Y2018.Targets.RegisteredUnemploymentRatePercent", 3.5, TargetBound.AtMost)]
    [TestCase("Jinhua.Y2018.Targets.CarbonIntensityGrowthPercent", -4.6, TargetBound.AtLeast)]
    [TestCase("Jinhua.Y2018.Targets.RdIntensityPercent", 2.15, TargetBound.About)]
    [TestCase("Jinhua.Y2018.Targets.YiwuXinjiangEuropeTrainTripsCount", 400, TargetBound.Reach)]
    [TestCase("Jinhua.Y2018.Targets.CentralAsiaTrainTripsCount", 100, TargetBound.Reach)]
    public void TargetsFor2018(string id, double expected, TargetBound bound) => Headlines.Check(id, expected, bound);

    [Test]
    public void ExportsPrintedInYuanAndInDollarsAreTwoKeys()
    {
        // Jinhua prints exports in 亿元, Quzhou 2014 in 亿美元: two dimensions (no exact exchange rate), so two keys,
        // and a series of Exports never puts yuan beside dollars (RD1014 fails the build otherwise).
        var jinhua = ReportDataset.Get("Jinhua.Y2017.ExportsBillion");
        var quzhou = ReportDataset.Get("Quzhou.Y2013.ExportsUsdBillion");
        Assert.That(jinhua.Key, Is.EqualTo("Exports"));
        Assert.That(quzhou.Key, Is.EqualTo("ExportsInDollars"));
        Assert.That(jinhua.Dimension, Is.EqualTo(UnitDimension.MoneyCny));
        Assert.That(quzhou.Dimension, Is.EqualTo(UnitDimension.MoneyUsd));
    }

    [Test]
    public void LevelPrintedInWordsKeepsItsWordsAsThePrintedValue()
    {
        // 旅游收入突破千亿元: the text prints 千, not digits; value 1000 亿元 = 100 billion yuan.
        var tourism = ReportDataset.Get("Jinhua.Y2017.TourismRevenueBillion");
        Assert.Multiple(() =>
        {
            Assert.That(tourism.PrintedValue, Is.EqualTo("千"));
            Assert.That(tourism.PrintedUnit, Is.EqualTo("亿元"));
            Assert.That(tourism.Unit, Is.EqualTo(FigureUnit.BillionYuan));
            Assert.That(tourism.Note, Does.Contain("突破"));
        });
    }
}
