using System;
using NUnit.Framework;

namespace ReportData.Tests.Api;

/// <summary>
/// Real targets of the dataset checked against made-up actuals. The targets as printed:
/// 004 "地区生产总值增长7%左右", 002 "空气质量优良率达到78%以上", "城镇登记失业率控制在3.5%以内",
/// "二氧化碳强度降低4.6%以上", "污染地块安全利用率超过91%", 004 "PM2.5平均浓度低于25微克/立方米",
/// 001 "三公”经费预算支出削减 30%", 000 "新增主板上市企业 1-2 家".
/// </summary>
public class TargetCheckTests
{
    private static Figure Target(string id) => ReportDataset.Get(id);

    private const string GdpGrowth2024 = "Quzhou.Y2024.Targets.GdpGrowthPercent";

    [TestCase(7.0, true, true)]
    [TestCase(6.65, true, true, Description = "7 − 5% of 7: the band is inclusive, and binary rounding does not fail it")]
    [TestCase(7.35, true, true)]
    [TestCase(6.6, false, false)]
    [TestCase(7.4, true, false, Description = "above the band: growth beyond its target meets it; on the symmetric band it is not 'about' either")]
    public void AboutIsWithinFivePercentOfTheValueByDefaultAndBeyondInTheGoodDirection(double actual, bool met, bool metSymmetric)
    {
        Assert.That(Target(GdpGrowth2024).Bound, Is.EqualTo(TargetBound.About));
        Assert.That(Target(GdpGrowth2024).IsMetBy(actual), Is.EqualTo(met));
        Assert.That(Target(GdpGrowth2024).IsMetBy(actual, AboutTolerance.Default), Is.EqualTo(met));
        Assert.That(Target(GdpGrowth2024).IsMetBy(actual, AboutTolerance.Default.Symmetric()), Is.EqualTo(metSymmetric));
    }

    [TestCase(6.5, true)]
    [TestCase(7.5, true)]
    [TestCase(6.4, false)]
    public void AboutWithAnAbsoluteToleranceIsABandInTheTargetsUnit(double actual, bool met) =>
        Assert.That(Target(GdpGrowth2024).IsMetBy(actual, AboutTolerance.Absolute(0.5)), Is.EqualTo(met));

    [Test]
    public void AboutWithTheExactToleranceIsTheValueItself()
    {
        Assert.That(Target(GdpGrowth2024).IsMetBy(7, AboutTolerance.Exact), Is.True);
        Assert.That(Target(GdpGrowth2024).IsMetBy(6.99, AboutTolerance.Exact), Is.False);
    }

    [TestCase("Jinhua.Y2018.Targets.AirQualityGoodRatePercent", TargetBound.AtLeast, 78, true)]
    [TestCase("Jinhua.Y2018.Targets.AirQualityGoodRatePercent", TargetBound.AtLeast, 77.9, false)]
    [TestCase("Jinhua.Y2018.Targets.ContaminatedLandSafeUseRatePercent", TargetBound.Exceeds, 91, false)]
    [TestCase("Jinhua.Y2018.Targets.ContaminatedLandSafeUseRatePercent", TargetBound.Exceeds, 91.1, true)]
    [TestCase("Jinhua.Y2018.Targets.RegisteredUnemploymentRatePercent", TargetBound.AtMost, 3.5, true)]
    [TestCase("Jinhua.Y2018.Targets.RegisteredUnemploymentRatePercent", TargetBound.AtMost, 3.6, false)]
    [TestCase("Quzhou.Y2024.Targets.Pm25ConcentrationMicrogramsPerCubicMetre", TargetBound.Below, 25, false)]
    [TestCase("Quzhou.Y2024.Targets.Pm25ConcentrationMicrogramsPerCubicMetre", TargetBound.Below, 24.9, true)]
    public void TheBoundDecidesWhetherTheActualMeetsTheTarget(string id, TargetBound bound, double actual, bool met)
    {
        Assert.That(Target(id).Bound, Is.EqualTo(bound));
        Assert.That(Target(id).IsMetBy(actual), Is.EqualTo(met));
    }

    [TestCase(-4.6, true)]
    [TestCase(-5.0, true, Description = "a larger fall")]
    [TestCase(-4.0, false, Description = "a smaller fall")]
    [TestCase(1.0, false, Description = "a rise")]
    public void AFallOfAtLeastBoundsTheSizeOfTheFall(double actual, bool met)
    {
        var target = Target("Jinhua.Y2018.Targets.CarbonIntensityGrowthPercent");
        Assert.That((target.Bound, target.IsDecline, target.Value), Is.EqualTo((TargetBound.AtLeast, true, -4.6)));
        Assert.That(target.IsMetBy(actual), Is.EqualTo(met));
    }

    [TestCase(-30.0, true)]
    [TestCase(-31.0, true)]
    [TestCase(-29.0, false)]
    public void ACutToReachIsMetByThatCutOrMore(double actual, bool met)
    {
        var target = Target("Quzhou.Y2014.Targets.ThreePublicExpensesGrowthPercent");
        Assert.That((target.Bound, target.IsDecline), Is.EqualTo((TargetBound.Reach, true)));
        Assert.That(target.IsMetBy(actual), Is.EqualTo(met));
    }

    [TestCase(1.0, true)]
    [TestCase(3.0, true)]
    [TestCase(0.0, false)]
    public void ARangeToReachIsMetFromItsLowEnd(double actual, bool met)
    {
        var target = Target("Quzhou.Y2018.Targets.NewMainBoardListedCompaniesCount");
        Assert.That((target.Bound, target.Value, target.ValueHigh), Is.EqualTo((TargetBound.Reach, 1.0, (double?)2.0)));
        Assert.That(target.IsMetBy(actual), Is.EqualTo(met));
    }

    [Test]
    public void ARangeWorded左右IsWidenedByTheToleranceAtBothEnds()
    {
        var range = Target(GdpGrowth2024) with { Value = 6.5, ValueHigh = 7 };
        Assert.That(range.IsMetBy(6.2, AboutTolerance.Absolute(0.3)), Is.True);
        Assert.That(range.IsMetBy(7.3, AboutTolerance.Absolute(0.3)), Is.True);
        Assert.That(range.IsMetBy(7.31, AboutTolerance.Absolute(0.3).Symmetric()), Is.False);
        Assert.That(range.IsMetBy(7.31, AboutTolerance.Absolute(0.3)), Is.True, "growth beyond the range meets it");
        Assert.That(range.IsMetBy(6.19, AboutTolerance.Absolute(0.3)), Is.False);
        Assert.That(range.IsMetBy(6.8, AboutTolerance.Exact), Is.True);
    }

    [Test]
    public void CompareGivesTheDifferenceAndTheToleranceUsed()
    {
        var target = Target(GdpGrowth2024);
        var comparison = TargetCheck.Compare(target, Hypothetical.ActualFor(target, 6.8), AboutTolerance.Absolute(0.5));
        Assert.That(comparison.IsMet, Is.True);
        Assert.That(comparison.Difference, Is.EqualTo(-0.2).Within(1e-12));
        Assert.That(comparison.AboutTolerance.ToString(), Is.EqualTo("±0.5"));
        Assert.That(AboutTolerance.Default.ToString(), Is.EqualTo("±5%"));
    }

    [Test]
    public void RefusesAnActualAsTargetAndFiguresInDifferentUnits()
    {
        var actual = ReportDataset.Get("Quzhou.Y2023.GdpGrowthPercent");
        var target = Target(GdpGrowth2024);
        Assert.Throws<ArgumentException>(() => actual.IsMetBy(7));
        Assert.Throws<ArgumentException>(() => TargetCheck.Compare(target, target));
        Assert.Throws<ArgumentException>(() => TargetCheck.Compare(target, ReportDataset.Get("Quzhou.Y2023.GdpBillion")));
        Assert.Throws<ArgumentOutOfRangeException>(() => AboutTolerance.Relative(-0.1));
        Assert.Throws<ArgumentOutOfRangeException>(() => AboutTolerance.Absolute(double.NaN));
        Assert.That(target.IsMetBy(double.NaN), Is.False);
    }
}
