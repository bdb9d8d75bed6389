using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using ReportData;
using ReportData.Charts;
using ReportData.Terminal;

// The main job: shows what ReportData gives statistics code, from the typed dataset built from seeds/.
Console.OutputEncoding = Encoding.UTF8;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

// Tables and bar charts through Spectre.Console: aligned for Chinese labels; no colour codes and 160 columns in a file.
var console = FigureConsole.Create();

Console.WriteLine("ReportData: figures from Chinese government work reports, national and municipal");
Console.WriteLine();

// 1. Constants, checked at compile time: a typo or a figure the report never gave does not compile.
Console.WriteLine($"Quzhou GDP 2023:             {Quzhou.Y2023.GdpBillion} billion yuan (printed 2125.2 亿元)");
Console.WriteLine($"Quzhou GDP growth 2023:      {Quzhou.Y2023.GdpGrowthPercent} %");
Console.WriteLine($"Quzhou GDP growth target 2024: {Quzhou.Y2024.Targets.GdpGrowthPercent} % (左右, about)");
Console.WriteLine();

// 2. Every figure as a record, with its source.
var gdp = ReportDataset.Get("Quzhou.Y2023.GdpBillion");
Console.WriteLine($"{gdp.Id}: {gdp.Label} = {gdp.Value} {gdp.Unit}");
Console.WriteLine($"  as printed: {gdp.PrintedValue} {gdp.PrintedUnit}");
Console.WriteLine($"  quote:      “{gdp.Quote}”");
Console.WriteLine($"  source:     {gdp.Source.Title} ({gdp.Source.TextFile})");
Console.WriteLine();

// 3. A table of the headline figures of every report: columns stay aligned though Chinese labels take two columns a character.
string[] headline = { "Gdp", "GdpGrowth", "FixedAssetInvestmentGrowth", "RetailSalesGrowth", "GeneralBudgetRevenueGrowth", "FiscalRevenueTotalGrowth" };
var headlines = ReportDataset.Figures.Where(f => headline.Contains(f.Key)).OrderBy(f => f.Level).ThenBy(f => f.Place).ThenBy(f => f.Year).ThenBy(f => f.Kind);
console.Write(FigureTables.Figures(headlines, "Headline figures of every report"));
Console.WriteLine();

// 4. A time series and a cross-section, from an index built once (every lookup is O(1)).
var index = FigureIndex.Dataset;
Console.WriteLine("Quzhou GDP growth, actual:  " + string.Join("   ", index.Series("Quzhou", "GdpGrowth").Select(f => $"{f.Year}: {f.Value} %")));
Console.WriteLine("Quzhou GDP growth, target:  " + string.Join("   ", index.Series("Quzhou", "GdpGrowth", FigureKind.Target).Select(f => $"{f.Year}: {f.Value} % {f.Bound}")));
Console.WriteLine("GDP growth 2017 by place:   " + string.Join("   ", index.AcrossPlaces(2017, "GdpGrowth").Select(f => $"{f.Place} ({f.Level}): {f.Value} %")));
Console.WriteLine($"Places: {string.Join(", ", index.Places.Select(place => place + " (" + index.Query(place: place)[0].Level + ")"))}; years: {string.Join(", ", index.Years)}");
Console.WriteLine();
var bars = FigureBarCharts.Series(index, "Quzhou", "GdpGrowth");
bars.Width = 90;
console.Write(bars);
Console.WriteLine();

// 5. A target against an actual. The bound decides; 左右 (about) needs a tolerance, and the reading is explicit.
var target = ReportDataset.Get("Quzhou.Y2024.Targets.GdpGrowthPercent");
var actual = index.FindActualFor(target);
Console.WriteLine($"Target {target.Id}: {target.Value} % {target.Bound} (“{target.Quote}”)");
Console.WriteLine($"  its actual in the dataset: {(actual is null ? "none yet: no report here reviews 2024" : actual.Value + " %")}");
var lastYear = ReportDataset.Get("Quzhou.Y2023.GdpGrowthPercent");
foreach (var tolerance in new[] { AboutTolerance.Default, AboutTolerance.Absolute(0.1), AboutTolerance.Exact })
{
    Console.WriteLine($"  2023's growth of {lastYear.Value} % would {(target.IsMetBy(lastYear.Value, tolerance) ? "meet" : "miss")} it, reading 左右 as {tolerance}");
}

Console.WriteLine();
var againstLastYear = index.Query(place: "Quzhou", year: 2024, kind: FigureKind.Target)
    .Select(goal => (goal, last: index.Query("Quzhou", 2023, goal.Key, FigureKind.Actual).FirstOrDefault(f => f.Unit == goal.Unit)))
    .Where(pair => pair.last is not null && pair.goal.Unit == FigureUnit.Percent)
    .Select(pair => TargetCheck.Compare(pair.goal, pair.last!));
console.Write(FigureTables.Comparisons(againstLastYear, "Quzhou's 2024 targets (%) against its 2023 results"));
Console.WriteLine();

// 6. The national targets against the national results, each judged as the reports judge them: a 左右 target is met
// inside its band and beyond it in the direction its indicator is good in (KeyDirections).
var nationalPairs = index.CompareTargetsWithActuals().Where(pair => pair.Target.Level == PlaceLevel.National).ToList();
if (nationalPairs.Count == 0)
{
    Console.WriteLine(index.PlacesAt(PlaceLevel.National).Count == 0
        ? "National targets against results: the dataset holds no national report yet (seeds/national-YYYY.report.yaml)."
        : "National targets against results: no national target has its result in the dataset yet.");
}
else
{
    console.Write(FigureTables.Comparisons(nationalPairs, "National targets against the results of their year"));
    var growth = nationalPairs.Where(pair => pair.Target.Key == "GdpGrowth").ToList();
    Console.WriteLine($"National GDP growth targets met: {growth.Count(pair => pair.IsMet)} of {growth.Count} ("
        + string.Join(", ", growth.Select(pair => $"{pair.Target.Year}: {pair.Target.PrintedValue}{pair.Target.PrintedUnit} {pair.Target.Bound} → {pair.Actual.Value} {(pair.IsMet ? "met" : "missed")}")) + ")");
    var chartFolder = Path.Combine(AppContext.BaseDirectory, "export");
    Directory.CreateDirectory(chartFolder);
    var nationalChart = FigureCharts.TargetsOverYears(index, "China", "GdpGrowth");
    nationalChart.SavePng(Path.Combine(chartFolder, "national-gdp-growth-targets.png"));
    Console.WriteLine($"Chart {Path.Combine(chartFolder, "national-gdp-growth-targets.png")}: {nationalChart.TargetMarks.Count} targets");
}

Console.WriteLine();

// 7. Export: CSV (RFC 4180, UTF-8 with a byte order mark for Excel) and JSON that reads back into Figure records.
var exportFolder = Path.Combine(AppContext.BaseDirectory, "export");
Directory.CreateDirectory(exportFolder);
var csvPath = Path.Combine(exportFolder, "figures.csv");
var jsonPath = Path.Combine(exportFolder, "figures.json");
using (var csv = File.Create(csvPath))
{
    FigureCsv.Serialize(csv, ReportDataset.Figures, byteOrderMark: true);
}

using (var json = File.Create(jsonPath))
{
    FigureJson.Serialize(json, ReportDataset.Figures, indented: true);
}

using (var json = File.OpenRead(jsonPath))
{
    var readBack = FigureJson.Deserialize(json);
    Console.WriteLine($"Exported {csvPath} and {jsonPath}; the JSON reads back into {readBack.Count} equal records: {readBack.SequenceEqual(ReportDataset.Figures)}");
}

ParquetExport.Run(exportFolder);
Console.Write("CSV of one figure: " + FigureCsv.Serialize(new[] { gdp }).Split("\r\n")[1]);
Console.WriteLine();

// Further exports (Parquet, from its own file in samples/) write into exportFolder here.

// A chart as PNG (ReportData.Charts): the series with its targets, 左右 drawn as the ±5 % band. Chinese labels with a
// CJK font (Debian: fonts-noto-cjk), the English keys without one.
var chart = FigureCharts.SeriesWithTargets(index, "Quzhou", "GdpGrowth");
var chartPath = Path.Combine(exportFolder, "quzhou-gdp-growth.png");
chart.SavePng(chartPath);
Console.WriteLine($"Chart {chartPath}: {chart.Language} labels in {chart.FontName}, {chart.TargetMarks.Count} target bounds drawn");
Console.WriteLine();

// 8. A citation of the report a figure comes from, for a paper: plain text, and CSL-JSON for Zotero or pandoc.
var citation = gdp.Cite();
Console.WriteLine("Cite as: " + citation);
Console.WriteLine("CSL-JSON: " + citation.ToCslJson());
Console.WriteLine();
Console.WriteLine($"{ReportDataset.Figures.Count} figures from {ReportDataset.Reports.Count} reports.");
