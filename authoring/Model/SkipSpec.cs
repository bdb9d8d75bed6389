namespace ReportData.Authoring.Model;

/// <summary>A number in the report text that is deliberately not a figure, with why.</summary>
public sealed record SkipSpec(string Quote, string Reason, LocationInfo Location);
