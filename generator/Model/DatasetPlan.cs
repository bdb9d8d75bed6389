namespace ReportData.Generator.Model;

/// <summary>Generation options read from MSBuild properties. Immutable and structurally equatable.</summary>
/// <param name="Namespace">The namespace generated types go into.</param>
internal sealed record EmitOptions(string Namespace)
{
    /// <summary>
    /// True when the compilation can hold figure data as UTF-8 literals (C# 11 and <c>System.ReadOnlySpan&lt;T&gt;</c>):
    /// they stay out of the assembly's 16 MB user-string heap. Otherwise the data is kept in string literals.
    /// </summary>
    public bool Utf8Data { get; init; }
}

/// <summary>
/// Names the whole dataset decides for one report file: its unique hint name and holder class,
/// and the members it must not emit because another file defines them first.
/// </summary>
internal sealed record ReportAssignment(string FilePath, string HintName, string HolderClass, EquatableArray<string> ExcludedIds);

/// <summary>A nested class of figures (Targets, FiveYearGoals) in a year class, with its horizon as printed.</summary>
internal sealed record GroupIndexSpec(string ClassName, string? Horizon);

/// <summary>A year class of a city and the nested classes it holds.</summary>
internal sealed record PeriodIndexSpec(string PeriodClass, bool HasActuals, EquatableArray<GroupIndexSpec> Groups);

/// <summary>A city class and its year classes.</summary>
internal sealed record CityIndexSpec(string City, string CityName, EquatableArray<PeriodIndexSpec> Periods);

/// <summary>
/// The cross-file view of the dataset, without figure values, so that editing a figure in one file
/// leaves it equal and the other files' outputs cached. Immutable and structurally equatable.
/// </summary>
internal sealed record DatasetPlan(EquatableArray<ReportAssignment> Reports, EquatableArray<CityIndexSpec> Cities);

/// <summary>The plan and the cross-file diagnostics, which are reported on their own output.</summary>
internal sealed record DatasetPlanResult(DatasetPlan Plan, EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>Everything the emitter needs for one report file.</summary>
internal sealed record ReportEmitModel(ReportSpec Report, ReportAssignment Assignment, EmitOptions Options);

/// <summary>Everything the emitter needs for the dataset index (city docs, ReportDataset).</summary>
internal sealed record IndexEmitModel(DatasetPlan Plan, EmitOptions Options, RuntimeSupport Runtime);
