namespace ReportData.Authoring.Model;

/// <summary>Where a figure's parts stand in its YAML file, for located diagnostics.</summary>
/// <param name="Bound">Where its <c>bound</c> stands (the figure's mapping when it has none).</param>
public sealed record FigureSites(LocationInfo Figure, LocationInfo Key, LocationInfo Value, LocationInfo Unit, LocationInfo Quote, LocationInfo Decline, LocationInfo? Bound = null);
