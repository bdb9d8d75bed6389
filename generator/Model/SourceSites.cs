namespace ReportData.Generator.Model;

/// <summary>Where a figure's parts stand in its YAML file, for located diagnostics.</summary>
internal sealed record FigureSites(LocationInfo Figure, LocationInfo Key, LocationInfo Value, LocationInfo Quote, LocationInfo Unit);

/// <summary>A number in the report text that is deliberately not a figure, with why.</summary>
internal sealed record SkipSpec(string Quote, string Reason, LocationInfo Location);

/// <summary>A snippet identifying a paragraph whose every number must be a figure or skipped.</summary>
internal sealed record KeyParagraphSpec(string Snippet, LocationInfo Location);
