namespace ReportData.Authoring.Model;

/// <summary>Where a figure's parts stand in its YAML file, for located diagnostics.</summary>
public sealed record FigureSites(LocationInfo Figure, LocationInfo Key, LocationInfo Value, LocationInfo Unit, LocationInfo Quote, LocationInfo Decline);
