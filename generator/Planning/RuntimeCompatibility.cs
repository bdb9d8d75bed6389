using ReportData.Generator.CompilationFacts;
using ReportData.Generator.Diagnostics;
using ReportData.Generator.Model;
using ReportData.Generator.Shared;

namespace ReportData.Generator.Planning;

/// <summary>Whether the ReportData the compilation references can read the figure data this generator writes.</summary>
internal static class RuntimeCompatibility
{
    public static EquatableArray<DiagnosticInfo> Check(RuntimeSupport runtime, DatasetPlan plan)
    {
        if (runtime.LayoutVersion is not { } version || version == FigureTableLayout.LayoutVersion || plan.Reports.Count == 0)
        {
            return EquatableArray<DiagnosticInfo>.Empty;
        }

        var first = plan.Reports[0].FilePath;
        return new[]
        {
            DiagnosticInfo.Create(DiagnosticDescriptors.RuntimeLayoutMismatch, LocationInfo.FileStart(first), System.IO.Path.GetFileName(first), version, FigureTableLayout.LayoutVersion),
        }.ToEquatableArray();
    }
}
