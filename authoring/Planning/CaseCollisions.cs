using System;
using System.Collections.Generic;
using ReportData.Authoring.Diagnostics;
using ReportData.Authoring.Model;

namespace ReportData.Authoring.Planning;

/// <summary>
/// Cities and keys that differ from one another only by case (<c>Quzhou</c> and <c>QuZhou</c>, <c>GdpGrowth</c> and
/// <c>GDPGrowth</c>): C# keeps them apart, but a reader cannot, and their generated files share a name on file systems
/// that ignore case. A warning (RD1017) at the later spelling, naming the file of the first; files in path order.
/// </summary>
internal static class CaseCollisions
{
    public static IEnumerable<DiagnosticInfo> Check(List<ReportFile> ordered)
    {
        var cities = new Dictionary<string, (string Spelling, string FileName)>(StringComparer.OrdinalIgnoreCase);
        var keys = new Dictionary<string, (string Spelling, string FileName)>(StringComparer.OrdinalIgnoreCase);
        foreach (var file in ordered)
        {
            var report = file.Report!;
            var city = report.Info.City;
            if (Differs(cities, city, report.FileName) is { } firstCity)
            {
                yield return DiagnosticInfo.Create(
                    DiagnosticDescriptors.NamesDifferOnlyByCase, file.CitySite ?? LocationInfo.FileStart(file.FilePath), report.FileName, "city", city, firstCity.Spelling, firstCity.FileName);
            }

            var reported = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < report.Figures.Count; i++)
            {
                var key = report.Figures[i].Key;
                if (Differs(keys, key, report.FileName) is { } firstKey && reported.Add(key))
                {
                    yield return DiagnosticInfo.Create(
                        DiagnosticDescriptors.NamesDifferOnlyByCase, file.FigureSites[i].Key, report.FileName, "key", key, firstKey.Spelling, firstKey.FileName);
                }
            }
        }
    }

    /// <summary>The first spelling of <paramref name="name"/> when it is another one; records the first spelling otherwise.</summary>
    private static (string Spelling, string FileName)? Differs(Dictionary<string, (string Spelling, string FileName)> seen, string name, string fileName)
    {
        if (!seen.TryGetValue(name, out var first))
        {
            seen.Add(name, (name, fileName));
            return null;
        }

        return string.Equals(first.Spelling, name, StringComparison.Ordinal) ? null : first;
    }
}
