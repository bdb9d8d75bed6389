using ReportData.Generator.Shared;

namespace ReportData.Generator.Model;

/// <summary>The plan and the cross-file diagnostics, which are reported on their own output.</summary>
internal sealed record DatasetPlanResult(DatasetPlan Plan, EquatableArray<DiagnosticInfo> Diagnostics);
