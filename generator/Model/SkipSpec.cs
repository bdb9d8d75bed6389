namespace ReportData.Generator.Model;

/// <summary>A number in the report text that is deliberately not a figure, with why.</summary>
internal sealed record SkipSpec(string Quote, string Reason, LocationInfo Location);
