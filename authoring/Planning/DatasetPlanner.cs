using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using ReportData.Authoring.Diagnostics;
using ReportData.Authoring.Model;
using ReportData.Authoring.Shared;

namespace ReportData.Authoring.Planning;

/// <summary>
/// Looks across all report files: assigns unique hint names and decoder names, finds figures
/// defined in two files (the first file by path keeps them) and two reports of one place and year, and lists the place and year classes.
/// Files are ordered by path so that the result does not depend on the order of AdditionalFiles.
/// </summary>
public static class DatasetPlanner
{
    public static DatasetPlanResult Plan(ImmutableArray<ReportFile> files)
    {
        // The same path twice is one file given twice (two globs of AdditionalFiles), not two reports.
        var ordered = files.Where(file => file.Report is not null)
            .GroupBy(file => file.FilePath, StringComparer.Ordinal)
            .Select(samePath => samePath.First())
            .OrderBy(file => file.FilePath, StringComparer.Ordinal)
            .ToList();
        var diagnostics = new List<DiagnosticInfo>();
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        var usedHints = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var usedDecoders = new HashSet<string>(StringComparer.Ordinal);
        var assignments = new List<ReportAssignment>();
        var placeYears = new Dictionary<(string Place, int Year), string>();

        foreach (var file in ordered)
        {
            var report = file.Report!;
            if (placeYears.TryGetValue((report.Info.City, report.Info.Year), out var earlier))
            {
                diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticDescriptors.PlaceYearInTwoFiles,
                    file.YearSite ?? LocationInfo.FileStart(file.FilePath),
                    report.FileName,
                    report.Info.City,
                    report.Info.Year,
                    Path.GetFileName(earlier)));
            }
            else
            {
                placeYears.Add((report.Info.City, report.Info.Year), file.FilePath);
            }

            var excluded = new List<string>();
            for (var i = 0; i < report.Figures.Count; i++)
            {
                var id = report.Info.City + "." + report.Figures[i].RelativeId;
                if (owners.TryGetValue(id, out var owner))
                {
                    excluded.Add(id);
                    diagnostics.Add(DiagnosticInfo.Create(
                        DiagnosticDescriptors.FigureInTwoFiles, file.FigureSites[i].Key, report.FileName, id, Path.GetFileName(owner)));
                }
                else
                {
                    owners.Add(id, file.FilePath);
                }
            }

            var baseName = report.Info.City + "_" + report.Info.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var hint = Unique(AsciiSafe(report.Info.City + "." + StripSuffix(report.FileName)), usedHints);
            var decoder = Unique(baseName, usedDecoders);
            // The id prefixes route ReportDataset.Find to this report, so that a lookup decodes this report only.
            var excludedIds = new HashSet<string>(excluded, StringComparer.Ordinal);
            var prefixes = report.Figures.Where(figure => !excludedIds.Contains(report.Info.City + "." + figure.RelativeId))
                .Select(figure => report.Info.City + "." + figure.PeriodClass)
                .Distinct(StringComparer.Ordinal)
                .OrderBy(prefix => prefix, StringComparer.Ordinal);
            assignments.Add(new ReportAssignment(file.FilePath, hint + ReportHintSuffix, decoder, excluded.ToEquatableArray(), report.Info, report.FileName, prefixes.ToEquatableArray()));
        }

        diagnostics.AddRange(KeyDimensionCheck.Check(ordered, owners));
        diagnostics.AddRange(CaseCollisions.Check(ordered));
        var keys = ordered.SelectMany(file => file.Report!.Figures.Select(figure => figure.Key)).Distinct(StringComparer.Ordinal).OrderBy(key => key, StringComparer.Ordinal);
        var plan = new DatasetPlan(assignments.ToEquatableArray(), IndexCities(ordered, owners), keys.ToEquatableArray());
        return new DatasetPlanResult(plan, diagnostics.ToEquatableArray());
    }

    /// <summary>
    /// How every report's hint name ends, and no other generated file's (<c>ReportDataset.g.cs</c>,
    /// <c>ReportData.Runtime.Figure.g.cs</c>): a report file named like another output cannot take its hint name,
    /// which would make the generator throw and drop all its output (CS8785).
    /// </summary>
    public const string ReportHintSuffix = ".report.g.cs";

    private static EquatableArray<CityIndexSpec> IndexCities(List<ReportFile> ordered, Dictionary<string, string> owners)
    {
        var cities = new SortedDictionary<string, (string CityName, SortedDictionary<string, (bool HasActuals, SortedDictionary<string, string?> Groups)> Periods)>(StringComparer.Ordinal);
        foreach (var file in ordered)
        {
            var info = file.Report!.Info;
            if (!cities.TryGetValue(info.City, out var city))
            {
                city = (info.CityName, new SortedDictionary<string, (bool, SortedDictionary<string, string?>)>(StringComparer.Ordinal));
                cities.Add(info.City, city);
            }

            foreach (var figure in file.Report.Figures)
            {
                if (!owners.TryGetValue(info.City + "." + figure.RelativeId, out var owner) || owner != file.FilePath)
                {
                    continue;
                }

                city.Periods.TryGetValue(figure.PeriodClass, out var period);
                period.Groups ??= new SortedDictionary<string, string?>(StringComparer.Ordinal);
                period.HasActuals |= figure.GroupClass is null;
                if (figure.GroupClass is not null && !period.Groups.ContainsKey(figure.GroupClass))
                {
                    period.Groups.Add(figure.GroupClass, figure.Horizon);
                }

                city.Periods[figure.PeriodClass] = period;
            }
        }

        return cities.Select(city => new CityIndexSpec(
                city.Key,
                city.Value.CityName,
                city.Value.Periods.Select(period => new PeriodIndexSpec(
                    period.Key,
                    period.Value.HasActuals,
                    period.Value.Groups.Select(group => new GroupIndexSpec(group.Key, group.Value)).ToEquatableArray())).ToEquatableArray()))
            .ToEquatableArray();
    }

    private static string StripSuffix(string fileName) =>
        fileName.EndsWith(ReportFileNames.ReportFileSuffix, StringComparison.OrdinalIgnoreCase)
            ? fileName.Substring(0, fileName.Length - ReportFileNames.ReportFileSuffix.Length)
            : fileName;

    private static string Unique(string name, HashSet<string> used)
    {
        var candidate = name;
        for (var n = 2; !used.Add(candidate); n++)
        {
            candidate = name + "_" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return candidate;
    }

    /// <summary>Hint names must be valid file names everywhere: ASCII letters, digits, '.', '_' and '-' only.</summary>
    private static string AsciiSafe(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var character in name)
        {
            builder.Append(character is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' or '.' or '-' or '_' ? character : '_');
        }

        return builder.ToString();
    }
}
