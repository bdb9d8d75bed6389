using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using ReportData.Authoring.Coverage;
using ReportData.Authoring.Model;
using ReportData.Authoring.Parsing;
using ReportData.Authoring.Provenance;
using ReportData.Authoring.Validation;

namespace ReportData.Docs;

/// <summary>Reads seeds/ with the generator's own parser and provenance check, as the build does.</summary>
internal static class SeedReports
{
    public static IReadOnlyList<SeedReport> Load(string seedsDirectory)
    {
        var texts = Directory.GetFiles(seedsDirectory, "*" + ReportFileNames.ReportTextSuffix)
            .Select(path => ReportValidator.TextOf(path, File.ReadAllText(path)))
            .ToImmutableArray();
        var reports = new List<SeedReport>();
        foreach (var path in Directory.GetFiles(seedsDirectory, "*" + ReportFileNames.ReportFileSuffix).OrderBy(p => p, StringComparer.Ordinal))
        {
            var parsed = ProvenanceChecker.Check(ReportParser.Parse(path, File.ReadAllText(path)), texts);
            if (parsed.HasErrors || parsed.Report is null)
            {
                var errors = string.Join(Environment.NewLine, parsed.Diagnostics.Select(d => d.ToDiagnostic().ToString()));
                throw new InvalidDataException($"{Path.GetFileName(path)} has errors; the build reports them too:{Environment.NewLine}{errors}");
            }

            var text = File.ReadAllText(Path.Combine(seedsDirectory, parsed.Report.Info.TextFile));
            reports.Add(new SeedReport(Path.GetFileName(path), parsed, text));
        }

        return reports;
    }
}
