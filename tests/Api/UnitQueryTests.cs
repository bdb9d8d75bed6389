using System;
using System.Linq;
using NUnit.Framework;

namespace ReportData.Tests.Api;

/// <summary>Queries never mix units silently: one unit per result, or the caller chooses.</summary>
public class UnitQueryTests
{
    [Test]
    public void NoSeriesOrCrossSectionOfTheDatasetHoldsTwoUnits()
    {
        var index = FigureIndex.Dataset;
        foreach (var key in index.Keys)
        {
            foreach (var kind in new[] { FigureKind.Actual, FigureKind.Target })
            {
                foreach (var city in index.Cities)
                {
                    Assert.That(index.Series(city, key, kind).Select(f => f.Unit).Distinct().Count(), Is.LessThanOrEqualTo(1), city + " " + key);
                }

                foreach (var year in index.Years)
                {
                    Assert.That(index.AcrossCities(year, key, kind).Select(f => f.Unit).Distinct().Count(), Is.LessThanOrEqualTo(1), year + " " + key);
                }
            }
        }

        // Exports: yuan (Jinhua 2017) and dollars (Quzhou 2013) are two keys, so neither query sees both.
        Assert.That(index.Query(key: "Exports").Select(f => f.Unit), Is.All.EqualTo(FigureUnit.BillionYuan));
        Assert.That(index.Query(key: "ExportsInDollars").Select(f => f.Unit), Is.All.EqualTo(FigureUnit.BillionUsd));
    }

    [Test]
    public void ExportsInYuanAndDollarsUnderOneKeyAreRefusedNotReturnedSideBySide()
    {
        // What the seeds held before this check: Quzhou's 2013 exports in 亿美元 under the key of Jinhua's 亿元.
        var yuan = ReportDataset.Get("Jinhua.Y2017.ExportsBillion");
        var dollars = ReportDataset.Get("Quzhou.Y2013.ExportsUsdBillion") with { Key = "Exports" };
        var dollars2017 = dollars with { Id = "Quzhou.Y2017.ExportsUsdBillion", Year = 2017 };
        var yuan2017 = yuan with { Id = "Quzhou.Y2017.ExportsBillion", Place = "Quzhou", Year = 2018 };
        var index = new[] { yuan, dollars, dollars2017, yuan2017 }.ToFigureIndex();

        var mixed = Assert.Throws<MixedUnitsException>(() => index.Series("Quzhou", "Exports"))!;
        Assert.That(mixed.Units, Is.EqualTo(new[] { FigureUnit.BillionYuan, FigureUnit.BillionUsd }));
        Assert.That(mixed.Message, Does.Contain("BillionUsd (MoneyUsd): Quzhou.Y2013.ExportsUsdBillion").Or.Contain("Quzhou.Y2013.ExportsUsdBillion"));
        Assert.Throws<MixedUnitsException>(() => index.AcrossCities(2017, "Exports"));
        Assert.Throws<MixedUnitsException>(() => index.Query(key: "Exports"));
        Assert.That(() => index.Series("Quzhou", "Exports", FigureUnit.Yuan), Throws.TypeOf<UnitConversionException>(), "dollars do not convert to yuan");
        Assert.That(index.Query(place: "Quzhou"), Has.Count.EqualTo(3), "without a key, figures of many indicators, each in its own unit");
    }

    [Test]
    public void UnitsOfOneDimensionAreConvertedWhenTheCallerAsks()
    {
        // A later report printing GDP in 万元 (hypothetical): same dimension, another unit.
        var gdp2023 = ReportDataset.Get("Quzhou.Y2023.GdpBillion");
        var gdp2024 = gdp2023 with { Id = "Quzhou.Y2024.GdpYuan", Year = 2024, Unit = FigureUnit.Yuan, Value = 230_000_000_000, PrintedValue = "23000000", PrintedUnit = "万元" };
        var index = new[] { gdp2023, gdp2024 }.ToFigureIndex();

        Assert.Throws<MixedUnitsException>(() => index.Series("Quzhou", "Gdp"));
        var inBillions = index.Series("Quzhou", "Gdp", FigureUnit.BillionYuan);
        Assert.That(inBillions.Select(f => f.Value), Is.EqualTo(new[] { 212.52, 230 }));
        Assert.That(inBillions.Select(f => f.Unit), Is.All.EqualTo(FigureUnit.BillionYuan));
        Assert.That(inBillions[0], Is.SameAs(gdp2023), "a figure already in the unit is returned as it is");
        Assert.That(inBillions[1].Id, Is.EqualTo("Quzhou.Y2024.GdpYuan"), "the id and the printed value still say how it was printed");
        Assert.That(index.AcrossCities(2024, "Gdp", FigureUnit.BillionYuan).Single().Value, Is.EqualTo(230));
        Assert.That(index.Query(FigureUnit.Yuan, key: "Gdp").Select(f => f.Value), Is.EqualTo(new[] { 212_520_000_000d, 230_000_000_000d }));
        Assert.That(() => index.Query(FigureUnit.Percent, place: "Quzhou"), Throws.TypeOf<UnitConversionException>());
    }

    [Test]
    public void TargetsAndActualsInUnitsOfOneDimensionAreComparedInTheTargetsUnit()
    {
        var target = ReportDataset.Get("Quzhou.Y2024.Targets.GdpGrowthPercent");
        var inPerMille = Hypothetical.ActualFor(target, 71) with { Id = "Quzhou.Y2024.GdpGrowthPerMille", Unit = FigureUnit.PerMille };
        var index = new[] { target, inPerMille }.ToFigureIndex();

        Assert.That(index.FindActualFor(target), Is.SameAs(inPerMille), "71‰ is 7.1%: the same dimension");
        var comparison = TargetCheck.Compare(target, inPerMille);
        Assert.That(comparison.IsMet, Is.True);
        Assert.That(comparison.Difference, Is.EqualTo(0.1).Within(1e-12), "in the target's unit, percent");
        Assert.That(target.IsMetBy(71, FigureUnit.PerMille), Is.True);
        Assert.That(target.IsMetBy(60, FigureUnit.PerMille), Is.False);

        var points = Hypothetical.ActualFor(target, 7) with { Unit = FigureUnit.PercentagePoints };
        var refused = Assert.Throws<ArgumentException>(() => TargetCheck.Compare(target, points))!;
        Assert.That(refused.InnerException, Is.TypeOf<UnitConversionException>());
        Assert.That(new[] { target, points }.ToFigureIndex().FindActualFor(target), Is.Null, "percentage points are not a growth rate");
    }
}
