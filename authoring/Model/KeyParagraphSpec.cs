namespace ReportData.Authoring.Model;

/// <summary>A snippet identifying a paragraph whose every number must be a figure or skipped.</summary>
public sealed record KeyParagraphSpec(string Snippet, LocationInfo Location);
