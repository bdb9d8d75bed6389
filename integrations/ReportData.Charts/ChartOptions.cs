namespace ReportData.Charts;

/// <summary>How a chart is drawn. Every property has a default; <c>new ChartOptions()</c> is a good start.</summary>
public sealed class ChartOptions
{
    /// <summary>The options a chart uses when given none: a new instance each time, so that changing one changes no other chart.</summary>
    public static ChartOptions Default => new();

    /// <summary>Chinese or English labels; <see cref="ChartLanguage.Auto"/> (the default) picks Chinese when a font can draw them.</summary>
    public ChartLanguage Language { get; set; } = ChartLanguage.Auto;

    /// <summary>Finds the font for the Chinese labels; <see cref="SystemFontLookup.Default"/> unless set.</summary>
    public IFontLookup FontLookup { get; set; } = SystemFontLookup.Default;

    /// <summary>How wide a band a target worded 左右 gets (and how it is judged in a comparison); ±5 % of its value by default.</summary>
    public AboutTolerance AboutTolerance { get; set; } = AboutTolerance.Default;

    /// <summary>Width of a saved picture in pixels; 800 by default.</summary>
    public int Width { get; set; } = 800;

    /// <summary>Height of a saved picture in pixels; 500 by default.</summary>
    public int Height { get; set; } = 500;
}
