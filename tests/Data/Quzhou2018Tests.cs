using NUnit.Framework;

namespace ReportData.Tests.Data;

/// <summary>The Quzhou 2018 report (000_2187eca4b0a24810.txt), reviewing 2017 and setting targets for 2018. Values read off the text.</summary>
public class Quzhou2018Tests
{
    // 全市地区生产总值增长7.3%…服务业…占比达到48.6%…全市财政总收入增长13.8%…服务业投资、重大产业投资、生态环保投资分别增长12.8%、13.5%、24.2%
    // 新增城镇就业4万人。…城镇居民和农村居民人均可支配收入分别增长9.4%和9.8%…事故起数、死亡人数分别下降36.7%和25.1%
    [TestCase("Quzhou.Y2017.GdpGrowthPercent", 7.3)]
    [TestCase("Quzhou.Y2017.ServiceSectorSharePercent", 48.6)]
    [TestCase("Quzhou.Y2017.FiscalRevenueTotalGrowthPercent", 13.8)]
    [TestCase("Quzhou.Y2017.ServiceSectorInvestmentGrowthPercent", 12.8)]
    [TestCase("Quzhou.Y2017.MajorIndustrialProjectInvestmentGrowthPercent", 13.5)]
    [TestCase("Quzhou.Y2017.EcoEnvironmentalInvestmentGrowthPercent", 24.2)]
    [TestCase("Quzhou.Y2017.NewUrbanJobsPersons", 40000)]
    [TestCase("Quzhou.Y2017.UrbanDisposableIncomeGrowthPercent", 9.4)]
    [TestCase("Quzhou.Y2017.RuralDisposableIncomeGrowthPercent", 9.8)]
    [TestCase("Quzhou.Y2017.OnlineRetailSalesGrowthPercent", 62.2)]
    [TestCase("Quzhou.Y2017.Pm25ConcentrationMicrogramsPerCubicMetre", 42)]
    [TestCase("Quzhou.Y2017.WorkSafetyAccidentsGrowthPercent", -36.7)]
    [TestCase("Quzhou.Y2017.WorkSafetyDeathsGrowthPercent", -25.1)]
    public void ReviewOf2017(string id, double expected) => Headlines.Check(id, expected);

    // 地区生产总值增长7%左右；城镇新增就业2.2万人以上，城镇调查失业率控制在5%以内，城镇登记失业率控制在3.5%以内；一般公共预算收入增长7%；
    // 城镇居民和农村居民人均可支配收入分别增长8%和9%；全员劳动生产率增长8%左右
    [TestCase("Quzhou.Y2018.Targets.GdpGrowthPercent", 7, TargetBound.About)]
    [TestCase("Quzhou.Y2018.Targets.NewUrbanJobsPersons", 22000, TargetBound.AtLeast)]
    [TestCase("Quzhou.Y2018.Targets.SurveyedUnemploymentRatePercent", 5, TargetBound.AtMost)]
    [TestCase("Quzhou.Y2018.Targets.RegisteredUnemploymentRatePercent", 3.5, TargetBound.AtMost)]
    [TestCase("Quzhou.Y2018.Targets.GeneralBudgetRevenueGrowthPercent", 7, TargetBound.Reach)]
    [TestCase("Quzhou.Y2018.Targets.UrbanDisposableIncomeGrowthPercent", 8, TargetBound.Reach)]
    [TestCase("Quzhou.Y2018.Targets.RuralDisposableIncomeGrowthPercent", 9, TargetBound.Reach)]
    [TestCase("Quzhou.Y2018.Targets.LaborProductivityGrowthPercent", 8, TargetBound.About)]
    [TestCase("Quzhou.Y2018.Targets.RdIntensityPercent", 1.5, TargetBound.AtLeast)]
    public void TargetsFor2018(string id, double expected, TargetBound bound) => Headlines.Check(id, expected, bound);

    [Test]
    public void ARangeStaysARange()
    {
        var listings = ReportDataset.Get("Quzhou.Y2018.Targets.NewMainBoardListedCompaniesCount");
        Assert.Multiple(() =>
        {
            Assert.That(listings.PrintedValue, Is.EqualTo("1-2"), "新增主板上市企业 1-2 家");
            Assert.That(listings.Value, Is.EqualTo(1));
            Assert.That(listings.ValueHigh, Is.EqualTo(2));
            Assert.That(listings.IsRange, Is.True);
        });
    }

    [TestCase("Quzhou.Y2017.GdpBillion")]
    [TestCase("Quzhou.Y2017.RetailSalesBillion")]
    [TestCase("Quzhou.Y2017.RetailSalesGrowthPercent")]
    [TestCase("Quzhou.Y2017.ExportsGrowthPercent")]
    public void WhatTheReportDoesNotPrintIsAbsent(string id)
    {
        // The 2018 report gives GDP growth but no level, and ranks retail and export growth without a number.
        Assert.That(ReportDataset.TryFind(id, out _), Is.False);
    }
}
