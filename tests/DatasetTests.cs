using System.Linq;
using NUnit.Framework;

namespace ReportData.Tests;

/// <summary>The typed dataset the library ships, checked against what the Quzhou 2024 report prints.</summary>
public class DatasetTests
{
    [Test]
    public void GdpOf2023IsPrinted2125Point2HundredMillionYuanAsBillions()
    {
        Assert.That(Quzhou.Y2023.GdpBillion, Is.EqualTo(212.52));
        var figure = ReportDataset.Get("Quzhou.Y2023.GdpBillion");
        Assert.Multiple(() =>
        {
            Assert.That(figure.Value, Is.EqualTo(212.52));
            Assert.That(figure.Unit, Is.EqualTo(FigureUnit.BillionYuan));
            Assert.That(figure.PrintedValue, Is.EqualTo("2125.2"));
            Assert.That(figure.PrintedUnit, Is.EqualTo("亿元"));
            Assert.That(figure.Kind, Is.EqualTo(FigureKind.Actual));
            Assert.That(figure.Year, Is.EqualTo(2023));
            Assert.That(figure.Quote, Does.Contain("2125.2亿元"));
            Assert.That(figure.Source.TextFile, Is.EqualTo("004_759fef2eaf5c0f7f.txt"));
            Assert.That(figure.Source.Date, Is.Null, "the 2024 text gives no date");
        });
    }

    [Test]
    public void GdpGrowthTargetFor2024IsAboutSevenPercent()
    {
        Assert.That(Quzhou.Y2024.Targets.GdpGrowthPercent, Is.EqualTo(7));
        var figure = ReportDataset.Get("Quzhou.Y2024.Targets.GdpGrowthPercent");
        Assert.Multiple(() =>
        {
            Assert.That(figure.Kind, Is.EqualTo(FigureKind.Target));
            Assert.That(figure.Bound, Is.EqualTo(TargetBound.About));
            Assert.That(figure.Quote, Does.Contain("地区生产总值增长7%左右"));
        });
    }

    // Values as printed in 004_759fef2eaf5c0f7f.txt, read off the text by hand.
    [TestCase("Quzhou.Y2023.GdpGrowthPercent", 6.8)]
    [TestCase("Quzhou.Y2023.FixedAssetInvestmentGrowthPercent", 11.4)]
    [TestCase("Quzhou.Y2023.GeneralBudgetRevenueGrowthPercent", 18)]
    [TestCase("Quzhou.Y2023.UrbanDisposableIncomeGrowthPercent", 5.4)]
    [TestCase("Quzhou.Y2023.RuralDisposableIncomeGrowthPercent", 8)]
    [TestCase("Quzhou.Y2023.RetailSalesGrowthPercent", 10.6)]
    [TestCase("Quzhou.Y2023.ForeignTradeGrowthPercent", 16.7)]
    [TestCase("Quzhou.Y2023.IndustrialValueAddedGrowthPercent", 7.8)]
    [TestCase("Quzhou.Y2023.ManufacturingInvestmentGrowthPercent", 30.4)]
    [TestCase("Quzhou.Y2023.HighTechIndustryInvestmentGrowthPercent", 28.2)]
    [TestCase("Quzhou.Y2023.PrivateInvestmentGrowthPercent", 8.9)]
    [TestCase("Quzhou.Y2023.UrbanizationRatePercent", 60.6)]
    [TestCase("Quzhou.Y2023.NewUrbanJobsPersons", 30800)]
    [TestCase("Quzhou.Y2024.Targets.IndustrialValueAddedGrowthPercent", 8)]
    [TestCase("Quzhou.Y2024.Targets.FixedAssetInvestmentGrowthPercent", 10)]
    [TestCase("Quzhou.Y2024.Targets.RetailSalesGrowthPercent", 6)]
    [TestCase("Quzhou.Y2024.Targets.SurveyedUnemploymentRatePercent", 5)]
    [TestCase("Quzhou.Y2024.Targets.RdIntensityPercent", 2.6)]
    public void HeadlineFiguresOfQuzhou2024MatchTheText(string id, double expected)
    {
        var figure = ReportDataset.Get(id);
        Assert.That(figure.Value, Is.EqualTo(expected));
        Assert.That(figure.Quote, Does.Contain(figure.PrintedValue), "the printed value stands in its quote");
    }

    [Test]
    public void TargetsCarryTheBoundTheirWordingGives()
    {
        Assert.Multiple(() =>
        {
            Assert.That(ReportDataset.Get("Quzhou.Y2024.Targets.IndustrialValueAddedGrowthPercent").Bound, Is.EqualTo(TargetBound.AtLeast), "8%以上");
            Assert.That(ReportDataset.Get("Quzhou.Y2024.Targets.SurveyedUnemploymentRatePercent").Bound, Is.EqualTo(TargetBound.AtMost), "5%以内");
        });
    }

    [Test]
    public void EstimatesAreFlagged()
    {
        var rd = ReportDataset.Get("Quzhou.Y2023.RdIntensityPercent");
        Assert.That(rd.IsEstimate, Is.True, "全社会研发投入强度预计达到2.4%");
        Assert.That(rd.Value, Is.EqualTo(2.4));
    }

    [Test]
    public void FallsAreNegativeGrowth()
    {
        var accidents = ReportDataset.Get("Quzhou.Y2023.WorkSafetyAccidentsGrowthPercent");
        Assert.That(accidents.IsDecline, Is.True);
        Assert.That(accidents.Value, Is.EqualTo(-2), "生产安全事故起数…下降2%");
    }

    [Test]
    public void EveryFigureIdResolvesToItself()
    {
        Assert.That(ReportDataset.Figures, Is.Not.Empty);
        foreach (var figure in ReportDataset.Figures)
        {
            Assert.That(ReportDataset.Get(figure.Id), Is.SameAs(figure));
        }
    }

    [Test]
    public void IdsAreUnique()
    {
        var ids = ReportDataset.Figures.Select(f => f.Id).ToList();
        Assert.That(ids, Is.Unique);
    }

    [Test]
    public void UnknownIdIsNotFound()
    {
        Assert.That(ReportDataset.TryFind("Quzhou.Y2023.NoSuchFigure", out var figure), Is.False);
        Assert.That(figure, Is.Null);
        Assert.Throws<System.Collections.Generic.KeyNotFoundException>(() => ReportDataset.Get("Quzhou.Y2023.NoSuchFigure"));
    }

    [Test]
    public void ReportsListTheCityAndNationalReports()
    {
        Assert.That(ReportDataset.Reports.Select(r => r.TextFile), Is.EquivalentTo(new[]
        {
            "000_2187eca4b0a24810.txt", "001_1ea55c675015e980.txt", "002_fd91e26d86c32efc.txt", "003_efe28e4ce7a86f87.txt", "004_759fef2eaf5c0f7f.txt",
            "national-2017.txt", "national-2018.txt", "national-2019.txt", "national-2021.txt",
            "national-2022.txt", "national-2023.txt", "national-2024.txt", "national-2025.txt",
        }));
    }
}
