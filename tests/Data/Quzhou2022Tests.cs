using NUnit.Framework;

namespace ReportData.Tests.Data;

/// <summary>The Quzhou 2022 excerpt (003_efe28e4ce7a86f87.txt): the goals of 今后五年. Values read off the text.</summary>
public class Quzhou2022Tests
{
    // 全市生产总值超过2800亿元,财政总收入和一般公共预算收入分别达到400亿元、240亿元,规上工业总产值突破5000亿元,研发投入强度达到3%以上
    // 社会消费品零售总额达到1200亿元 … 市区PM2.5年平均浓度低于23微克/立方米 … 人均预期寿命达到83岁以上 … 亿元GDP生产安全事故死亡率下降45%以上
    // 常住人口城镇化率达到68%以上 … 城乡居民收入倍差缩小至1.75以内
    [TestCase("Quzhou.Y2022.FiveYearGoals.GdpBillion", 280, TargetBound.Exceeds)]
    [TestCase("Quzhou.Y2022.FiveYearGoals.FiscalRevenueTotalBillion", 40, TargetBound.Reach)]
    [TestCase("Quzhou.Y2022.FiveYearGoals.GeneralBudgetRevenueBillion", 24, TargetBound.Reach)]
    [TestCase("Quzhou.Y2022.FiveYearGoals.IndustrialOutputBillion", 500, TargetBound.Exceeds)]
    [TestCase("Quzhou.Y2022.FiveYearGoals.RdIntensityPercent", 3, TargetBound.AtLeast)]
    [TestCase("Quzhou.Y2022.FiveYearGoals.RetailSalesBillion", 120, TargetBound.Reach)]
    [TestCase("Quzhou.Y2022.FiveYearGoals.Pm25ConcentrationMicrogramsPerCubicMetre", 23, TargetBound.Below)]
    [TestCase("Quzhou.Y2022.FiveYearGoals.LifeExpectancyYears", 83, TargetBound.AtLeast)]
    [TestCase("Quzhou.Y2022.FiveYearGoals.WorkSafetyFatalityRatePerGdpGrowthPercent", -45, TargetBound.AtLeast)]
    [TestCase("Quzhou.Y2022.FiveYearGoals.UrbanizationRatePercent", 68, TargetBound.AtLeast)]
    [TestCase("Quzhou.Y2022.FiveYearGoals.UrbanRuralIncomeRatio", 1.75, TargetBound.AtMost)]
    public void FiveYearGoals(string id, double expected, TargetBound bound) => Headlines.Check(id, expected, bound);

    [Test]
    public void GoalsCarryTheirHorizonAsPrintedAndNoInventedYear()
    {
        var gdp = ReportDataset.Get("Quzhou.Y2022.FiveYearGoals.GdpBillion");
        Assert.Multiple(() =>
        {
            Assert.That(gdp.Horizon, Is.EqualTo("今后五年"));
            Assert.That(gdp.Year, Is.Null);
            Assert.That(gdp.Source.Date, Is.Null, "the excerpt says only 4月下旬");
        });
    }

    [Test]
    public void ForeignTradeGoalPrintedInWordsIsNotAFigure()
    {
        // 外贸进出口总额突破千亿大关: no digits to quote, so no figure.
        Assert.That(ReportDataset.TryFind("Quzhou.Y2022.FiveYearGoals.ForeignTradeBillion", out _), Is.False);
    }
}
