using System;
using System.Globalization;
using System.Linq;
using System.Text;
using ReportData;

// The main job: shows what ReportData gives statistics code, from the typed dataset built from seeds/.
Console.OutputEncoding = Encoding.UTF8;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

Console.WriteLine("ReportData: figures from Chinese municipal government work reports");
Console.WriteLine();

// 1. Constants, checked at compile time: a typo or a figure the report never gave does not compile.
Console.WriteLine($"Quzhou GDP 2023:             {Quzhou.Y2023.GdpBillion} billion yuan (printed 2125.2 亿元)");
Console.WriteLine($"Quzhou GDP growth 2023:      {Quzhou.Y2023.GdpGrowthPercent} %");
Console.WriteLine($"Quzhou GDP growth target 2024: {Quzhou.Y2024.Targets.GdpGrowthPercent} % (左右, about)");
Console.WriteLine();

// 2. Every figure as a record, with its source.
var gdp = ReportDataset.Find("Quzhou.Y2023.GdpBillion");
Console.WriteLine($"{gdp.Id}: {gdp.Label} = {gdp.Value} {gdp.Unit}");
Console.WriteLine($"  as printed: {gdp.PrintedValue} {gdp.PrintedUnit}");
Console.WriteLine($"  quote:      “{gdp.Quote}”");
Console.WriteLine($"  source:     {gdp.Source.Title} ({gdp.Source.TextFile})");
Console.WriteLine();

// 3. A table of the headline figures of every report.
string[] headline = { "Gdp", "GdpGrowth", "FixedAssetInvestmentGrowth", "RetailSalesGrowth", "GeneralBudgetRevenueGrowth", "FiscalRevenueTotalGrowth" };
Console.WriteLine($"{"id",-52} {"value",10} {"unit",-12} {"printed",-14} report");
Console.WriteLine(new string('-', 110));
foreach (var figure in ReportDataset.Figures.Where(f => headline.Contains(f.Key)).OrderBy(f => f.City).ThenBy(f => f.Year).ThenBy(f => f.Kind))
{
    var printed = figure.PrintedValue + " " + figure.PrintedUnit;
    Console.WriteLine($"{figure.Id,-52} {figure.Value,10} {figure.Unit,-12} {printed,-14} {figure.Source.YamlFile}");
}

Console.WriteLine();
Console.WriteLine($"{ReportDataset.Figures.Count} figures from {ReportDataset.Reports.Count} reports.");
