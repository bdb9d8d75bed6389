using System.Linq;
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

    // 引进落地5个百亿元以上重大制造业项目 … 新认定国家高新技术企业500家: totals over the five years, where the
    // same keys' yearly figures are counts of one year (新增国家高新技术企业 15 家 in 2013, 57 in 2017).
    [TestCase("Quzhou.Y2022.FiveYearGoals.NewMajorManufacturingProjectsOver10BillionCount", 5)]
    [TestCase("Quzhou.Y2022.FiveYearGoals.NewHighTechEnterprisesCount", 500)]
    public void FiveYearTotalsSaySoAndAreNoYearOfAYearlySeries(string id, double expected)
    {
        var total = ReportDataset.Get(id);
        var yearly = new[] { FigureKind.Actual, FigureKind.Target }
            .SelectMany(kind => FigureIndex.Dataset.Series("Quzhou", total.Key, kind))
            .ToList();
        Assert.Multiple(() =>
        {
            Assert.That(total.Value, Is.EqualTo(expected));
            Assert.That(total.Note, Does.Contain("five-year total"));
            Assert.That(total.Year, Is.Null);
            Assert.That(total.Horizon, Is.EqualTo("今后五年"));
            Assert.That(yearly, Is.Not.Empty, "the key has yearly figures");
            Assert.That(yearly, Does.Not.Contain(total));
            Assert.That(yearly.Select(figure => figure.Year), Has.None.Null);
        });
    }

    [Test]
    public void NoFigureOfAYearIsAMultiYearTotal()
    {
        var totals = ReportDataset.Figures.Where(figure => (figure.Note ?? string.Empty).Contains("five-year total")).ToList();
        Assert.That(totals, Has.Count.GreaterThanOrEqualTo(2));
        Assert.That(totals.Where(figure => figure.Year is not null).Select(figure => figure.Id), Is.Empty);
    }

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
    public void ForeignTradeGoalPrintedInWordsIsAFigure()
    {
        // 外贸进出口总额突破千亿大关: 千 (1000) of 亿, the yuan not printed; a goal of over 100 billion yuan.
        var trade = ReportDataset.Get("Quzhou.Y2022.FiveYearGoals.ForeignTradeBillion");
        Assert.Multiple(() =>
        {
            Assert.That(trade.Value, Is.EqualTo(100));
            Assert.That(trade.Bound, Is.EqualTo(TargetBound.Exceeds));
            Assert.That(trade.PrintedValue, Is.EqualTo("千"));
            Assert.That(trade.PrintedUnit, Is.EqualTo("亿"));
            Assert.That(trade.CorrectedUnit, Is.EqualTo("亿元"));
            Assert.That(trade.Horizon, Is.EqualTo("今后五年"));
        });
    }
}
