using System;
using System.Collections.Generic;
using System.IO;
using ReportData.Authoring.Diagnostics;
using ReportData.Authoring.Model;
using ReportData.Authoring.Units;

namespace ReportData.Authoring.Planning;

/// <summary>
/// A key means one dimension in every report of the compilation (RD1014): exports in 亿元 in one report and in
/// 亿美元 in another would put yuan and dollars side by side in one series. Units of one dimension may differ
/// (亿元 here, 万元 there): queries convert those. The first figure of a key, by file path and then file order,
/// sets its dimension; each figure that differs is reported at its unit.
/// </summary>
internal static class KeyDimensionCheck
{
    public static IEnumerable<DiagnosticInfo> Check(List<ReportFile> orderedFiles, Dictionary<string, string> owners)
    {
        var first = new Dictionary<string, (string Dimension, FigureUnit Unit, string FileName)>(StringComparer.Ordinal);
        foreach (var file in orderedFiles)
        {
            var report = file.Report!;
            for (var i = 0; i < report.Figures.Count; i++)
            {
                var figure = report.Figures[i];
                // A figure another file owns (RD1008) is not emitted: it cannot make a series inconsistent.
                if (!owners.TryGetValue(report.Info.City + "." + figure.RelativeId, out var owner) || owner != file.FilePath)
                {
                    continue;
                }

                var dimension = UnitTable.DimensionOf(figure.Unit);
                if (!first.TryGetValue(figure.Key, out var established))
                {
                    first.Add(figure.Key, (dimension, figure.Unit, report.FileName));
                    continue;
                }

                if (!string.Equals(established.Dimension, dimension, StringComparison.Ordinal))
                {
                    yield return DiagnosticInfo.Create(
                        DiagnosticDescriptors.KeyDimensionDiffers,
                        file.FigureSites[i].Unit,
                        report.FileName,
                        figure.Key,
                        figure.Unit,
                        dimension,
                        established.Unit,
                        established.Dimension,
                        Path.GetFileName(established.FileName),
                        DimensionKeys.Hint(figure.Key, dimension, established.Dimension));
                }
            }
        }
    }
}
