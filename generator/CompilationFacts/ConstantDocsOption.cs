using System;
using Microsoft.CodeAnalysis.Diagnostics;
using ReportData.Authoring.Diagnostics;
using ReportData.Authoring.Model;
using ReportData.Authoring.Shared;

namespace ReportData.Generator.CompilationFacts;

/// <summary>
/// Reads <c>ReportDataConstantDocs</c> (<c>full</c>, <c>summary</c> or <c>none</c>, any case; unset or empty is
/// <c>full</c>). Any other value keeps the full docs and is reported (RD0011) rather than guessed at.
/// </summary>
internal static class ConstantDocsOption
{
    public const string Property = "ReportDataConstantDocs";

    public const string AllowedValues = "full, summary or none";

    /// <summary>The setting, and the value as given when it is not one of the allowed ones.</summary>
    public static (ConstantDocs Docs, string? Unknown) Read(AnalyzerConfigOptions global)
    {
        if (!global.TryGetValue("build_property." + Property, out var raw) || raw.Trim().Length == 0)
        {
            return (ConstantDocs.Full, null);
        }

        var value = raw.Trim();
        foreach (ConstantDocs docs in Enum.GetValues(typeof(ConstantDocs)))
        {
            if (string.Equals(value, docs.ToString(), StringComparison.OrdinalIgnoreCase))
            {
                return (docs, null);
            }
        }

        return (ConstantDocs.Full, value);
    }

    /// <summary>RD0011 at the start of the first report file (an MSBuild property has no place of its own in the sources), when the value is unknown.</summary>
    public static EquatableArray<DiagnosticInfo> Check(EmitOptions options, DatasetPlan plan)
    {
        if (options.UnknownConstantDocs is not { } unknown || plan.Reports.Count == 0)
        {
            return EquatableArray<DiagnosticInfo>.Empty;
        }

        var first = plan.Reports[0].FilePath;
        return new[]
        {
            DiagnosticInfo.Create(DiagnosticDescriptors.UnknownConstantDocs, LocationInfo.FileStart(first), System.IO.Path.GetFileName(first), Property, unknown, AllowedValues),
        }.ToEquatableArray();
    }
}
