using NUnit.Framework;

namespace ReportData.Tests.Data;

/// <summary>
/// The Quzhou 2024 report (004_759fef2eaf5c0f7f.txt), beyond the headline figures in DatasetTests. Values read off the text.
/// </summary>
public class Quzhou2024Tests
{
    // 外贸进出口总额增长16.7% … 实际使用外资突破1亿美元 … 城镇新增就业3.08万人 … 外贸进出口总额增长15%以上、突破800亿元 … 实际使用外资1.5亿美元以上
    [TestCase("Quzhou.Y2023.ActualForeignInvestmentUsdBillion", 0.1, TargetBound.Exceeds)]
    [TestCase("Quzhou.Y2023.NewBasicPensionInsuredPersons", 23500, TargetBound.None)]
    [TestCase("Quzhou.Y2024.Targets.ForeignTradeBillion", 80, TargetBound.Exceeds)]
    [TestCase("Quzhou.Y2024.Targets.ForeignTradeGrowthPercent", 15, TargetBound.AtLeast)]
    [TestCase("Quzhou.Y2024.Targets.ActualForeignInvestmentUsdBillion", 0.15, TargetBound.AtLeast)]
    [TestCase("Quzhou.Y2024.Targets.NewUrbanJobsPersons", 25000, TargetBound.AtLeast)]
    [TestCase("Quzhou.Y2024.Targets.GrainOutputJin", 1_112_000_000, TargetBound.AtLeast)]
    // 新增A股上市公司数量“保4争5拼6”: secure 4 (the floor), strive for 5, push for 6
    [TestCase("Quzhou.Y2024.Targets.NewAShareListedCompaniesCount", 4, TargetBound.AtLeast)]
    public void FiguresOfTheReport(string id, double expected, TargetBound bound) => Headlines.Check(id, expected, bound);

    [Test]
    public void BareTenThousandKeepsThePrintedUnitAndNamesTheCountedNoun()
    {
        // 新增基本养老保险参保人数2.35万: printed 万, the persons are in the label.
        var insured = ReportDataset.Get("Quzhou.Y2023.NewBasicPensionInsuredPersons");
        Assert.Multiple(() =>
        {
            Assert.That(insured.PrintedValue + insured.PrintedUnit, Is.EqualTo("2.35万"));
            Assert.That(insured.CorrectedUnit, Is.EqualTo("万人"));
            Assert.That(insured.Unit, Is.EqualTo(FigureUnit.Persons));
        });
    }
}
