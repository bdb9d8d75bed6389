using ReportData.Authoring.Diagnostics;
using ReportData.Authoring.Model;
using ReportData.Authoring.Shared;
using ReportData.Generator.CompilationFacts;

namespace ReportData.Generator.Planning;

/// <summary>Whether the ReportData the compilation references can read the figure data this generator writes.</summary>
internal static class RuntimeCompatibility
{
    public static EquatableArray<DiagnosticInfo> Check(RuntimeSupport runtime, DatasetPlan plan)
    {
        if (runtime.LayoutVersion is not { } version || version == FigureTable.LayoutVersion || plan.Reports.Count == 0)
        {
            return EquatableArray<DiagnosticInfo>.Empty;
        }

        var first = plan.Reports[0].FilePath;
        return new[]
        {
            DiagnosticInfo.Create(DiagnosticDescriptors.RuntimeLayoutMismatch, LocationInfo.FileStart(first), System.IO.Path.GetFileName(first), version, FigureTable.LayoutVersion),
        }.ToEquatableArray();
    }
}
