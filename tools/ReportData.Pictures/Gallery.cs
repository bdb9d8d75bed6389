using System;
using System.Collections.Generic;
using System.IO;
using ReportData.Charts;

namespace ReportData.Pictures;

/// <summary>One picture of docs/charts/: its file name (without extension) and how it is drawn from the dataset.</summary>
public sealed record Picture(string Name, string Description, Func<ChartOptions, FigureChart> Draw);

/// <summary>The pictures of the seed data in docs/charts/, each showing one kind of chart and one kind of target bound.</summary>
public static class Gallery
{
    public static IReadOnlyList<Picture> Pictures { get; } = new[]
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
