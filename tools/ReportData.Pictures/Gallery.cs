using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ReportData.Charts;

namespace ReportData.Pictures;

/// <summary>One picture of docs/charts/: its file name (without extension) and how it is drawn from the dataset.</summary>
public sealed record Picture(string Name, string Description, Func<ChartOptions, FigureChart> Draw);

/// <summary>The pictures of the seed data in docs/charts/, each showing one kind of chart and one kind of target bound.</summary>
public static class Gallery
{
    /// <summary>The pictures: the city reports' always, the national series' once the dataset holds the national reports.</summary>
    public static IReadOnlyList<Picture> Pictures { get; } = FigureIndex.Dataset.PlacesAt(PlaceLevel.National).Count == 0
        ? CityPictures
        : CityPictures.Concat(NationalPictures).ToArray();

    /// <summary>The national GDP growth targets against the results, and one year's targets at each level.</summary>
    public static IReadOnlyList<Picture> NationalPictures => new[]
    {
        new Picture(
            "national-gdp-growth-targets",
            "China's GDP growth targets year by year (左右: the ±5 % band) against the results, green where met as the reports judge it",
            options => FigureCharts.TargetsOverYears(FigureIndex.Dataset, "China", "GdpGrowth", options)),
        new Picture(
            "gdp-growth-targets-2018-by-level",
            "The GDP growth targets for 2018 at each level: the nation's 6.5 %左右 beside Jinhua's and Quzhou's 7 %",
            options => FigureCharts.TargetsAcrossPlaces(FigureIndex.Dataset, 2018, "GdpGrowth", options)),
    };

    private static IReadOnlyList<Picture> CityPictures => new[]
    {
        new Picture(
            "quzhou-gdp-growth",
            "Quzhou's GDP growth, actual by year, with the targets set for 2014, 2018 and 2024 (左右: the ±5 % band)",
            options => FigureCharts.SeriesWithTargets(FigureIndex.Dataset, "Quzhou", "GdpGrowth", options)),
        new Picture(
            "quzhou-fixed-asset-investment-growth",
            "Quzhou's growth of fixed-asset investment, with the targets for 2014 and 2024 (以上: a floor)",
            options => FigureCharts.SeriesWithTargets(FigureIndex.Dataset, "Quzhou", "FixedAssetInvestmentGrowth", options)),
        new Picture(
            "gdp-growth-2017-by-city",
            "GDP growth in 2017, Jinhua and Quzhou",
            options => FigureCharts.AcrossCities(FigureIndex.Dataset, 2017, "GdpGrowth", options)),
        new Picture(
            "quzhou-2024-targets-against-2023-actuals",
            "Quzhou's 2024 targets in percent against its 2023 results (no report here reviews 2024 yet)",
            options => FigureCharts.TargetsAgainstActuals(FigureIndex.Dataset, "Quzhou", 2024, 2023, FigureUnit.Percent, options)),
    };

    /// <summary>How the pictures are drawn: 800 × 480 pixels.</summary>
    public static ChartOptions Options(ChartLanguage language = ChartLanguage.Auto) => new() { Width = 800, Height = 480, Language = language };

    /// <summary>The folder holding ReportData.sln, at or above <paramref name="start"/>.</summary>
    public static string RepositoryRoot(string start)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ReportData.sln")))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No ReportData.sln in {start} or any folder above it.");
    }
}
