using System.Linq;
using NUnit.Framework;

namespace ReportData.Tests.Data;

/// <summary>
/// The State Council's targets against the results the next year's report gives, read off the texts: each report
/// reviews the year before and sets this year's targets (the 2020 report is not in the dataset; the 2021 report
/// reviews 2020, for which no target is in the dataset). Verdicts are the reports' own: a 左右 target is met inside its
/// band and beyond it in the direction the indicator is good in (docs: lib/Targets/key-directions.tsv).
/// </summary>
public class NationalTargetsTests
{
    private static readonly FigureIndex Index = FigureIndex.Dataset;

    // (target year, target as printed, actual as printed in the next report, met)
    [TestCase(2017, "6.5%左右", 6.9, true)]      // 2018 report: 国内生产总值增长6.9%, above the band: growth is good news
    [TestCase(2018, "6.5%左右", 6.6, true)]      // 2019 report: 增长6.6%, inside 6.175 to 6.825
    [TestCase(2021, "6%以上", 8.1, true)]        // 2022 report: 增长8.1%
    [TestCase(2022, "5.5%左右", 3.0, false)]     // 2023 report: 全年国内生产总值增长3%, below the band
    [TestCase(2023, "5%左右", 5.2, true)]        // 2024 report: 增长5.2%
    [TestCase(2024, "5%左右", 5.0, true)]        // 2025 report: 增长5%
    public void GdpGrowthTargetsAreJudgedAsTheReportsJudgeThem(int year, string printed, double actual, bool met)
    {
        var pair = PairOf("GdpGrowth", year);
        Assert.That(pair.Target.Quote, Does.Contain(printed));
        Assert.That(pair.Actual.Value, Is.EqualTo(actual));
        Assert.That(pair.IsMet, Is.EqualTo(met));
    }

    [Test]
    public void SixYearsOfGdpGrowthHaveBothATargetAndAnActual()
    {
        var years = Index.CompareTargetsWithActuals()
            .Where(pair => pair.Target.Place == "China" && pair.Target.Key == "GdpGrowth")
            .Select(pair => pair.Target.Year)
            .ToArray();
        // 2019's target (6%－6.5%) has no actual here: the 2020 report that reviews 2019 is not in the dataset.
        Assert.That(years, Is.EqualTo(new int?[] { 2017, 2018, 2021, 2022, 2023, 2024 }));
    }

    // Consumer prices: 居民消费价格涨幅3%左右 is a ceiling; every year came in under it.
    [TestCase(2018, 2.1)]
    [TestCase(2021, 0.9)]
    [TestCase(2022, 2.0)]
    [TestCase(2023, 0.2)]
    [TestCase(2024, 0.2)]
    public void ConsumerPriceTargetsOfAboutThreePercentAreMetByLowerRises(int year, double actual)
    {
        var pair = PairOf("ConsumerPriceIndexGrowth", year);
        Assert.That(pair.Target.Value, Is.EqualTo(3));
        Assert.That(pair.Target.Bound, Is.EqualTo(TargetBound.About));
        Assert.That(pair.Actual.Value, Is.EqualTo(actual));
        Assert.That(pair.IsMet, Is.True, "a lower rise than about 3% meets a ceiling");
    }

    // Urban jobs: 1100万人以上 (2017 to 2022), 1200万人左右 (2023), 1200万人以上 (2024); all exceeded.
    [TestCase(2017, 1100, 1351)]
    [TestCase(2018, 1100, 1361)]
    [TestCase(2021, 1100, 1269)]
    [TestCase(2022, 1100, 1206)]
    [TestCase(2023, 1200, 1244)]
    [TestCase(2024, 1200, 1256)]
    public void UrbanJobsTargetsWereExceeded(int year, double target, double actual)
    {
        var pair = PairOf("NewUrbanJobs", year);
        Assert.That((pair.Target.Value, pair.Actual.Value), Is.EqualTo((target * 1e4, actual * 1e4)), "printed in 万人, stored in persons");
        Assert.That(pair.IsMet, Is.True);
    }

    // Surveyed unemployment: 5.5%以内 (2018, 2022) or 5.5%左右 (2021, 2023, 2024), a ceiling.
    [TestCase(2018, 5.0)]   // 2019 report: 调查失业率稳定在5%左右
    [TestCase(2021, 5.1)]   // 2022 report: 城镇调查失业率平均为5.1%
    [TestCase(2022, 5.5)]   // 2023 report: 年末城镇调查失业率降到5.5%, at the ceiling of 以内
    [TestCase(2023, 5.2)]
    [TestCase(2024, 5.1)]
    public void SurveyedUnemploymentStayedUnderItsCeiling(int year, double actual)
    {
        var pair = PairOf("SurveyedUnemploymentRate", year);
        Assert.That(pair.Target.Value, Is.EqualTo(5.5));
        Assert.That(pair.Actual.Value, Is.EqualTo(actual));
        Assert.That(pair.IsMet, Is.True);
    }

    [Test]
    public void TheSymmetricBandStillSaysAnAboveBandResultIsNotAbout()
    {
        // 6.9% against 6.5%左右 is beyond ±5% of the target: met as the report judges growth, not "about" it read symmetrically.
        var target = ReportDataset.Get("China.Y2017.Targets.GdpGrowthPercent");
        Assert.That(target.IsMetBy(6.9, AboutTolerance.Default.Symmetric()), Is.False);
        Assert.That(target.IsMetBy(6.9), Is.True);
        Assert.That(PairOf("GdpGrowth", 2017).IsMet, Is.True);
    }

    private static TargetComparison PairOf(string key, int year) =>
        Index.CompareTargetsWithActuals().Single(pair => pair.Target.Place == "China" && pair.Target.Key == key && pair.Target.Year == year);
}
