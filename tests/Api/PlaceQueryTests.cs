using System.Linq;
using NUnit.Framework;
using ReportData.Tests.Infrastructure;

namespace ReportData.Tests.Api;

/// <summary>
/// Places at every level in one index: the national figures beside the cities'. Values as the reports print them:
/// 2018 national "国内生产总值增长6.5%左右" (national-2018.txt), Quzhou and Jinhua "增长7%" for 2018 (their seed reports);
/// 2017 actuals: national 6.9% (national-2018.txt), Quzhou 7.3%, Jinhua 6.5% (the seed reports).
/// </summary>
public class PlaceQueryTests
{
    private static readonly FigureIndex Index = new[]
    {
        PlaceFigures.Of("Quzhou", "衢州", PlaceLevel.City, "GdpGrowth", 2017, FigureKind.Actual, 7.3),
        PlaceFigures.Of("Jinhua", "金华", PlaceLevel.City, "GdpGrowth", 2017, FigureKind.Actual, 6.5),
        PlaceFigures.National("GdpGrowth", 2017, FigureKind.Actual, 6.9),
        PlaceFigures.National("GdpGrowth", 2018, FigureKind.Target, 6.5, TargetBound.About),
        PlaceFigures.Of("Quzhou", "衢州", PlaceLevel.City, "GdpGrowth", 2018, FigureKind.Target, 7, TargetBound.About),
        PlaceFigures.Of("Jinhua", "金华", PlaceLevel.City, "GdpGrowth", 2018, FigureKind.Target, 7, TargetBound.About),
        PlaceFigures.Of("Kecheng", "柯城", PlaceLevel.District, "GdpGrowth", 2018, FigureKind.Target, 7.5, TargetBound.About),
    }.ToFigureIndex();

    [Test]
    public void PlacesAreListedFromTheNationDownAndByLevel()
    {
        Assert.That(Index.Places, Is.EqualTo(new[] { "China", "Jinhua", "Quzhou", "Kecheng" }));
        Assert.That(Index.PlacesAt(PlaceLevel.National), Is.EqualTo(new[] { "China" }));
        Assert.That(Index.PlacesAt(PlaceLevel.City), Is.EqualTo(new[] { "Jinhua", "Quzhou" }));
        Assert.That(Index.PlacesAt(PlaceLevel.Province), Is.Empty);
        Assert.That(Index.Cities, Is.EqualTo(Index.PlacesAt(PlaceLevel.City)), "Cities is the city level");
        Assert.That(Index.Reports.First().Level, Is.EqualTo(PlaceLevel.National));
    }

    [Test]
    public void OneKeyIsOneSeriesAcrossPlacesOfEveryLevel()
    {
        var targets = Index.AcrossPlaces(2018, FigureKeys.GdpGrowth, kind: FigureKind.Target);
        Assert.That(targets.Select(f => (f.Place, f.Level, f.Value)), Is.EqualTo(new[]
        {
            ("China", PlaceLevel.National, 6.5), ("Jinhua", PlaceLevel.City, 7.0), ("Quzhou", PlaceLevel.City, 7.0), ("Kecheng", PlaceLevel.District, 7.5),
        }));
        var actuals = Index.AcrossPlaces(2017, "GdpGrowth");
        Assert.That(actuals.Select(f => (f.Place, f.Value)), Is.EqualTo(new[] { ("China", 6.9), ("Jinhua", 6.5), ("Quzhou", 7.3) }));
    }

    [Test]
    public void ALevelKeepsOnePlaceLevelAndAcrossCitiesIsTheCityLevel()
    {
        Assert.That(Index.AcrossPlaces(2017, "GdpGrowth", PlaceLevel.National).Select(f => f.Place), Is.EqualTo(new[] { "China" }));
        Assert.That(Index.AcrossCities(2017, "GdpGrowth").Select(f => f.Place), Is.EqualTo(new[] { "Jinhua", "Quzhou" }));
        Assert.That(Index.AcrossCities(2018, "GdpGrowth", FigureKind.Target).Select(f => f.Place), Is.EqualTo(new[] { "Jinhua", "Quzhou" }));
        Assert.That(Index.Query(level: PlaceLevel.District).Select(f => f.Id), Is.EqualTo(new[] { "Kecheng.Y2018.Targets.GdpGrowthPercent" }));
        Assert.That(Index.Query(place: "China", kind: FigureKind.Target).Single().Value, Is.EqualTo(6.5));
    }

    [Test]
    public void UnitsStayUnmixedAcrossLevels()
    {
        var inPoints = PlaceFigures.National("GdpGrowth", 2016, FigureKind.Actual, 6.7) with { Id = "China.Y2016.GdpGrowthPercentagePoints", Unit = FigureUnit.PercentagePoints };
        var index = new[] { inPoints, PlaceFigures.Of("Quzhou", "衢州", PlaceLevel.City, "GdpGrowth", 2016, FigureKind.Actual, 7.1) }.ToFigureIndex();
        Assert.Throws<MixedUnitsException>(() => index.AcrossPlaces(2016, "GdpGrowth"));
        Assert.That(index.AcrossPlaces(2016, "GdpGrowth", PlaceLevel.City).Single().Place, Is.EqualTo("Quzhou"));
    }

    [Test]
    public void ATargetsActualIsOfItsOwnPlace()
    {
        var national = Index.Get("China.Y2018.Targets.GdpGrowthPercent");
        Assert.That(Index.FindActualFor(national), Is.Null, "no national actual for 2018 in this index; Quzhou's is not China's");
        var withActual = Index.Figures.Append(PlaceFigures.National("GdpGrowth", 2018, FigureKind.Actual, 6.6)).ToFigureIndex();
        Assert.That(withActual.FindActualFor(national)!.Place, Is.EqualTo("China"));
        Assert.That(withActual.CompareTargetsWithActuals().Single().IsMet, Is.True, "6.6 is inside 6.5%左右's band");
    }
}
