namespace ReportData.Generator.Model;

/// <summary>A nested class of figures (Targets, FiveYearGoals) in a year class, with its horizon as printed.</summary>
internal sealed record GroupIndexSpec(string ClassName, string? Horizon);
