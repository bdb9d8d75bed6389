using System;
using ReportData.Authoring.Model;

namespace ReportData.Authoring.Coverage;

/// <summary>One report file as the generator sees it, with the raw text it quotes.</summary>
/// <param name="YamlFile">The YAML file's name (<c>quzhou-2024.report.yaml</c>).</param>
/// <param name="Parsed">The generator's parse, provenance-checked against the text.</param>
/// <param name="Text">The report text as stored (not folded).</param>
public sealed record SeedReport(string YamlFile, ReportFile Parsed, string Text)
{
    public ReportSpec Spec => Parsed.Report ?? throw new InvalidOperationException(YamlFile + " did not parse.");
}
