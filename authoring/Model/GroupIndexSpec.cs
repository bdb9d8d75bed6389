namespace ReportData.Authoring.Model;

/// <summary>A nested class of figures (Targets, FiveYearGoals, PastFiveYears) in a year class, with its horizon as printed.</summary>
public sealed record GroupIndexSpec(string ClassName, string? Horizon);
