using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using ReportData.Generator;
using ReportData.Generator.Model;
using ReportData.Generator.Parsing;
using ReportData.Generator.Provenance;
using ReportData.Generator.Shared;

namespace ReportData.Docs;

/// <summary>One report file as the generator sees it, with the raw text it quotes.</summary>
/// <param name="YamlFile">The YAML file's name (<c>quzhou-2024.report.yaml</c>).</param>
/// <param name="Parsed">The generator's parse, provenance-checked against the text.</param>
/// <param name="Text">The report text as stored (not folded).</param>
internal sealed record SeedReport(string YamlFile, ReportFile Parsed, string Text)
{
    public ReportSpec Spec => Parsed.Report ?? throw new InvalidOperationException(YamlFile + " did not parse.");
}

/// <summary>Reads seeds/ with the generator's own parser and provenance check, as the build does.</summary>
internal static class SeedReports
{
    public static IReadOnlyList<SeedReport> Load(string seedsDirectory)
    {
        var texts = Directory.GetFiles(seedsDirectory, "*" + ReportGenerator.ReportTextSuffix)
            .Select(path => ReportValidator.TextOf(path, File.ReadAllText(path)))
            .ToImmutableArray();
        var reports = new List<SeedReport>();
        foreach (var path in Directory.GetFiles(seedsDirectory, "*" + ReportGenerator.ReportFileSuffix).OrderBy(p => p, StringComparer.Ordinal))
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
