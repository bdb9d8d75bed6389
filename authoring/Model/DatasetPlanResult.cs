using ReportData.Authoring.Shared;

namespace ReportData.Authoring.Model;

/// <summary>The plan and the cross-file diagnostics, which are reported on their own output.</summary>
public sealed record DatasetPlanResult(DatasetPlan Plan, EquatableArray<DiagnosticInfo> Diagnostics);
