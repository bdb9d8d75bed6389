using ReportData;

namespace Consumer.Standard;

/// <summary>A netstandard2.0 library that references the ReportData package only.</summary>
public static class StandardFigures
{
    /// <summary>A constant of the shipped dataset.</summary>
    public const double QuzhouGdpBillion = Quzhou.Y2023.GdpBillion;

    /// <summary>A figure of the shipped dataset as JSON, through the netstandard2.0 build and System.Text.Json.</summary>
    public static string GdpJson() => FigureJson.Serialize(new[] { ReportDataset.Get("Quzhou.Y2023.GdpBillion") });
}
