namespace ReportData.Authoring.Model;

/// <summary>
/// The metadata block of one report file. Immutable and structurally equatable (cached by the pipeline).
/// Optional fields are null where the report text does not give them.
/// </summary>
/// <param name="City">The place's class name (<c>Quzhou</c>, <c>China</c>): YAML <c>place</c>, or its synonym <c>city</c>.</param>
/// <param name="CityName">The place's name as printed (<c>衢州</c>, <c>中国</c>): YAML <c>placeName</c> or <c>cityName</c>.</param>
/// <param name="Level">The level of government the report is of; <see cref="PlaceLevel.City"/> unless the YAML says otherwise.</param>
/// <param name="Authority">The government that delivered the report where the YAML names it, else null (the level's usual one).</param>
public sealed record ReportInfoSpec(
    string City,
    string CityName,
    string? Title,
    int Year,
    int? ReviewsYear,
    int? TargetsYear,
    string TextFile,
    string? Date,
    string? Session,
    string? Speaker,
    PlaceLevel Level = PlaceLevel.City,
    string? Authority = null);
