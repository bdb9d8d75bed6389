namespace ReportData;

/// <summary>A government work report that figures were drafted from. Fields the text does not give are null.</summary>
/// <param name="Place">The place's English name, the class its figures live in (<c>Quzhou</c>, <c>China</c>).</param>
/// <param name="PlaceName">The place's name as printed (<c>衢州</c>, <c>中国</c>).</param>
/// <param name="Level">The level of government the report is of: national, province, city, district or county.</param>
/// <param name="Year">The year the report was delivered.</param>
/// <param name="Title">The report's title, where known.</param>
/// <param name="TextFile">The file name of the report text the quotes were checked against.</param>
/// <param name="YamlFile">The file name of the annotated YAML the figures were drafted into.</param>
/// <param name="ReviewsYear">The year its review (工作回顾) covers.</param>
/// <param name="TargetsYear">The year its main targets are for.</param>
/// <param name="Date">The date of delivery as the text gives it.</param>
/// <param name="Session">The congress session as the text gives it.</param>
/// <param name="Speaker">The speaker as the text gives it.</param>
/// <param name="Authority">
/// The government that delivered the report where its YAML names one; null means the usual one of its level (国务院 for the
/// national report, 衢州市人民政府 for Quzhou's), which citations use (<c>FigureCitation.Authority</c>).
/// </param>
public sealed record ReportSource(
    string Place,
    string PlaceName,
    PlaceLevel Level,
    int Year,
    string? Title,
    string TextFile,
    string YamlFile,
    int? ReviewsYear,
    int? TargetsYear,
    string? Date,
    string? Session,
    string? Speaker,
    string? Authority = null)
{
    /// <summary>The same as <see cref="Place"/>: the name code written when every report was a city's reads.</summary>
    public string City => Place;

    /// <summary>The same as <see cref="PlaceName"/>: the name code written when every report was a city's reads.</summary>
    public string CityName => PlaceName;
}
