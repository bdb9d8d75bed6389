namespace ReportData;

/// <summary>A government work report that figures were drafted from. Fields the text does not give are null.</summary>
/// <param name="City">The city's English name, as used in member names (<c>Quzhou</c>).</param>
/// <param name="CityName">The city's name as printed (<c>衢州</c>).</param>
/// <param name="Year">The year the report was delivered.</param>
/// <param name="Title">The report's title, where known.</param>
/// <param name="TextFile">The file name of the report text the quotes were checked against.</param>
/// <param name="YamlFile">The file name of the annotated YAML the figures were drafted into.</param>
/// <param name="ReviewsYear">The year its review (工作回顾) covers.</param>
/// <param name="TargetsYear">The year its main targets are for.</param>
/// <param name="Date">The date of delivery as the text gives it.</param>
/// <param name="Session">The congress session as the text gives it.</param>
/// <param name="Speaker">The speaker as the text gives it.</param>
public sealed record ReportSource(
    string City,
    string CityName,
    int Year,
    string? Title,
    string TextFile,
    string YamlFile,
    int? ReviewsYear,
    int? TargetsYear,
    string? Date,
    string? Session,
    string? Speaker);
