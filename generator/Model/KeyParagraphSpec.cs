namespace ReportData.Generator.Model;

/// <summary>A snippet identifying a paragraph whose every number must be a figure or skipped.</summary>
internal sealed record KeyParagraphSpec(string Snippet, LocationInfo Location);
