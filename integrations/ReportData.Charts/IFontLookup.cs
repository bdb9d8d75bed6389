namespace ReportData.Charts;

/// <summary>
/// Finds a font that can draw a text. Charts ask it for their Chinese labels: with no such font they fall back
/// to English keys rather than drawing empty boxes. <see cref="SystemFontLookup"/> asks the fonts installed on the machine.
/// </summary>
public interface IFontLookup
{
    /// <summary>The family name of a font that has a glyph for every character of <paramref name="text"/>, or null if none does.</summary>
    string? FindFontFor(string text);
}
