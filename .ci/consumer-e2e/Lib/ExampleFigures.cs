namespace Consumer.Lib;

/// <summary>
/// A netstandard2.0 library that references ReportData.Generator only: its runtime types are
/// emitted into it (internal), with IsExternalInit and NotNullWhen, which netstandard2.0 lacks.
/// </summary>
public static class ExampleFigures
{
    /// <summary>A constant generated from this library's own YAML.</summary>
    public const double GdpBillion = Example.Y2023.GdpBillion;

    /// <summary>The quote of a figure, through the internal dataset; nullable analysis relies on [NotNullWhen].</summary>
    public static string Quote(string id) => ReportDataset.TryFind(id, out var figure) ? figure.Quote : "(none)";

    /// <summary>The number of figures in this library's dataset.</summary>
    public static int Count => ReportDataset.Figures.Count;
}
