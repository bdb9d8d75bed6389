using System;
using System.Collections.Generic;
using System.Linq;
using NUnit.Framework;

namespace ReportData.Tests.Api;

/// <summary>
/// Queries over the shipped dataset. Expected values are read off the report texts in seeds/:
/// 001 (Quzhou 2014, reviews 2013), 000 (Quzhou 2018, reviews 2017), 004 (Quzhou 2024, reviews 2023),
/// 002 (Jinhua 2018, reviews 2017), 003 (Quzhou 2022, five-year goals).
/// </summary>
public class FigureIndexTests
{
    private static FigureIndex Index => FigureIndex.Dataset;

    [Test]
    public void SeriesOfQuzhouGdpGrowthIsInYearOrderWithThePrintedRates()
    {
        // 001: "生产总值 1056.6 亿元，增长 9.1%"; 000: "生产总值增长7.3%"; 004: "全市生产总值达到2125.2亿元、增长6.8%".
        var series = Index.Series("Quzhou", "GdpGrowth");
        Assert.That(series.Select(figure => figure.Year), Is.EqualTo(new int?[] { 2013, 2017, 2023 }));
        Assert.That(series.Select(figure => figure.Value), Is.EqualTo(new[] { 9.1, 7.3, 6.8 }));
        Assert.That(series.All(figure => figure.Kind == FigureKind.Actual && figure.Unit == FigureUnit.Percent));
    }

    [Test]
    public void SeriesOfTargetsLeavesOutGoalsThatHaveNoYear()
    {
        // 001 "生产总值增长 8.5%左右" (2014), 000 "生产总值增长7%左右" (2018), 004 "地区生产总值增长7%左右" (2024).
        var series = Index.Series("Quzhou", "GdpGrowth", FigureKind.Target);
        Assert.That(series.Select(figure => figure.Year), Is.EqualTo(new int?[] { 2014, 2018, 2024 }));
        Assert.That(series.Select(figure => figure.Value), Is.EqualTo(new[] { 8.5, 7, 7 }));
        Assert.That(Index.Series("Quzhou", "RdIntensity", FigureKind.Target).Select(figure => figure.Year), Has.None.Null);
    }

    [Test]
    public void AcrossCitiesGivesEachCitysFigureForTheYearInCityOrder()
    {
        // 002: Jinhua 2017 "生产总值3870亿元，增长6.5%"; 000: Quzhou 2017 "生产总值增长7.3%".
        var growth = Index.AcrossCities(2017, "GdpGrowth");
        Assert.That(growth.Select(figure => (figure.City, figure.Value)), Is.EqualTo(new[] { ("Jinhua", 6.5), ("Quzhou", 7.3) }));
    }

    [Test]
    public void QueryByEveryFilterFindsTheOneFigure()
    {
        var figures = Index.Query(place: "Quzhou", year: 2023, key: "Gdp", kind: FigureKind.Actual);
        Assert.That(figures, Has.Count.EqualTo(1));
        Assert.That(figures[0].Value, Is.EqualTo(212.52));
        Assert.That(figures[0], Is.SameAs(ReportDataset.Get("Quzhou.Y2023.GdpBillion")));
    }

    [Test]
    public void QueryAgreesWithAPlainFilterForEveryCombinationOfFilters()
    {
        var all = ReportDataset.Figures;
        var cities = new string?[] { null, "Quzhou", "Jinhua", "Nowhere" };
        var years = new int?[] { null, 2013, 2017, 2018, 2024, 1999 };
        var keys = new string?[] { null, "GdpGrowth", "Gdp", "RdIntensity", "NoSuchKey" };
        var kinds = new FigureKind?[] { null, FigureKind.Actual, FigureKind.Target };
        var checkedCombinations = 0;
        foreach (var city in cities)
        {
            foreach (var year in years)
            {
                foreach (var key in keys)
                {
                    foreach (var kind in kinds)
                    {
                        var expected = all.Where(figure => (city is null || figure.City == city) && (year is null || figure.Year == year)
                            && (key is null || figure.Key == key) && (kind is null || figure.Kind == kind));
                        var actual = Index.Query(city, year, key, kind);
                        Assert.That(actual.Select(figure => figure.Id), Is.EquivalentTo(expected.Select(figure => figure.Id)), $"{city} {year} {key} {kind}");
                        checkedCombinations++;
                    }
                }
            }
        }

        Assert.That(checkedCombinations, Is.EqualTo(4 * 6 * 5 * 3));
    }

    [Test]
    public void ResultsAreOrderedByCityYearKindKeyWithGoalsLast()
    {
        var quzhou = Index.Query(place: "Quzhou");
        var expected = quzhou.OrderBy(figure => figure.Year ?? int.MaxValue).ThenBy(figure => figure.Kind)
            .ThenBy(figure => figure.Key, StringComparer.Ordinal).ThenBy(figure => figure.Id, StringComparer.Ordinal);
        Assert.That(quzhou, Is.EqualTo(expected));
        Assert.That(quzhou.Last().Horizon, Is.EqualTo("今后五年"), "003: the five-year goals have no year");
    }

    [Test]
    public void ListsThePlacesYearsAndReportsOfTheDataset()
    {
        Assert.That(Index.Cities, Is.EqualTo(new[] { "Jinhua", "Quzhou" }));
        Assert.That(Index.PlacesAt(PlaceLevel.National), Is.EqualTo(new[] { "China" }));
        Assert.That(Index.Places, Is.EqualTo(new[] { "China", "Jinhua", "Quzhou" }));
        // The years the reports review and set targets for: the State Council's 2016 to 2025 (its 2020 report is not in
        // the dataset, but the 2021 report reviews 2020) and 2015, a level the 2017 report gives for the end of the
        // 12th five-year plan; Quzhou 2013/2014, 2017/2018, 2023/2024; Jinhua 2017/2018.
        Assert.That(Index.Years, Is.EqualTo(new[] { 2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025 }));
        Assert.That(Index.Reports.Select(report => (report.City, report.Year)), Is.EqualTo(new[]
        {
            ("China", 2017), ("China", 2018), ("China", 2019), ("China", 2021), ("China", 2022), ("China", 2023), ("China", 2024), ("China", 2025),
            ("Jinhua", 2018), ("Quzhou", 2014), ("Quzhou", 2018), ("Quzhou", 2022), ("Quzhou", 2024),
        }));
        Assert.That(Index.Keys, Does.Contain("GdpGrowth").And.Contain("Gdp"));
        Assert.That(Index.Keys, Is.Ordered.Using((IComparer<string>)StringComparer.Ordinal));
    }

    [Test]
    public void UnknownNamesGiveEmptyResultsNotErrors()
    {
        Assert.That(Index.Query(place: "Hangzhou"), Is.Empty);
        Assert.That(Index.Query(place: "quzhou"), Is.Empty, "names compare ordinally, as in member names");
        Assert.That(Index.Series("Quzhou", "NoSuchKey"), Is.Empty);
        Assert.That(Index.AcrossCities(1990, "Gdp"), Is.Empty);
        Assert.That(Index.Find("Quzhou.Y2023.NoSuchMember"), Is.Null);
    }

    [Test]
    public void RepeatedLookupsReturnTheListBuiltInAdvance()
    {
        // A lookup is a dictionary access returning a prepared list, not a filter run per call.
        Assert.That(Index.Query(place: "Quzhou", key: "GdpGrowth"), Is.SameAs(Index.Query(place: "Quzhou", key: "GdpGrowth")));
        Assert.That(Index.Series("Quzhou", "Gdp"), Is.SameAs(Index.Series("Quzhou", "Gdp")));
        Assert.That(FigureIndex.Dataset, Is.SameAs(FigureIndex.Dataset));
    }

    [Test]
    public void LooksUpByIdWithTheDatasetsContract()
    {
        const string Missing = "Quzhou.Y2023.NoSuchMember";
        const string Present = "Quzhou.Y2023.GdpBillion";
        Assert.Multiple(() =>
        {
            Assert.That(Index.Find(Missing), Is.Null.And.EqualTo(ReportDataset.Find(Missing)));
            Assert.That(() => Index.Get(Missing), Throws.TypeOf<KeyNotFoundException>());
            Assert.That(() => ReportDataset.Get(Missing), Throws.TypeOf<KeyNotFoundException>());
            Assert.That(Index.TryFind(Missing, out var none) || ReportDataset.TryFind(Missing, out none), Is.False);
            Assert.That(none, Is.Null);
            Assert.That(Index.Get(Present), Is.SameAs(ReportDataset.Get(Present)).And.SameAs(Index.Find(Present)));
            Assert.That(Index.TryFind(Present, out var found) && ReportDataset.TryFind(Present, out var same) && ReferenceEquals(found, same), Is.True);
            Assert.That(() => Index.Find(null!), Throws.ArgumentNullException);
            Assert.That(() => ReportDataset.Find(null!), Throws.ArgumentNullException);
        });
    }

    [Test]
    public void FindsByIdLikeTheDataset()
    {
        Assert.That(Index.Find("Quzhou.Y2024.Targets.GdpGrowthPercent"), Is.SameAs(ReportDataset.Get("Quzhou.Y2024.Targets.GdpGrowthPercent")));
        Assert.That(Index.Figures, Has.Count.EqualTo(ReportDataset.Figures.Count));
    }

    [Test]
    public void IndexOfYourOwnFiguresRejectsTwoFiguresWithOneId()
    {
        var gdp = ReportDataset.Get("Quzhou.Y2023.GdpBillion");
        Assert.Throws<ArgumentException>(() => new[] { gdp, gdp with { Value = 1 } }.ToFigureIndex());
        Assert.Throws<ArgumentNullException>(() => new FigureIndex(null!));
    }

    [Test]
    public void NoCityReportReviewsAYearAnotherSetTargetsFor()
    {
        // The city reports review 2013, 2017 and 2023 and set targets for 2014, 2018 and 2024: no city target has its
        // actual yet. The national reports review each year the one before set targets for (tests/Data/NationalTargetsTests.cs).
        Assert.That(Index.FindActualFor(ReportDataset.Get("Quzhou.Y2024.Targets.GdpGrowthPercent")), Is.Null);
        Assert.That(Index.CompareTargetsWithActuals().Where(pair => pair.Target.City != "China"), Is.Empty);
    }

    [Test]
    public void PairsATargetWithTheActualOfItsCityKeyYearAndUnit()
    {
        // Your own figures: the 2024 target of 004 and a made-up 2024 actual, as a later report would give it.
        var target = ReportDataset.Get("Quzhou.Y2024.Targets.GdpGrowthPercent");
        var actual = Hypothetical.ActualFor(target, 7.1);
        var estimate = Hypothetical.ActualFor(target, 9.9) with { Id = "Quzhou.Y2024.GdpGrowthPercentEstimate", IsEstimate = true };
        var otherUnit = Hypothetical.ActualFor(target, 5) with { Id = "Quzhou.Y2024.GdpGrowthPerMille", Unit = FigureUnit.PerMille };
        var index = new[] { estimate, target, otherUnit, actual }.ToFigureIndex();

        Assert.That(index.FindActualFor(target), Is.SameAs(actual), "the final figure in the same unit, not the estimate");
        var comparison = index.CompareTargetsWithActuals().Single();
        Assert.That(comparison.Target, Is.SameAs(target));
        Assert.That(comparison.Actual, Is.SameAs(actual));
        Assert.That(comparison.IsMet, Is.True, "7.1 is within 7 ±5%");
        Assert.That(comparison.Difference, Is.EqualTo(0.1).Within(1e-12));
        Assert.That(comparison.AboutTolerance, Is.EqualTo(AboutTolerance.Default));
        Assert.That(index.CompareTargetsWithActuals(AboutTolerance.Exact).Single().IsMet, Is.True, "7.1 is beyond 7 in growth's good direction");
        Assert.That(index.CompareTargetsWithActuals(AboutTolerance.Exact.Symmetric()).Single().IsMet, Is.False, "not 7 itself");
    }
}

/// <summary>Made-up actuals for targets in the dataset, for tests of the API: not figures of any report.</summary>
internal static class Hypothetical
{
    public static Figure ActualFor(Figure target, double value) => target with
    {
        Id = target.Id.Replace(".Targets.", "."),
        Kind = FigureKind.Actual,
        Bound = TargetBound.None,
        Value = value,
        ValueHigh = null,
        IsDecline = value < 0,
        Quote = "(hypothetical)",
    };
}
