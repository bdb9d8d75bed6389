namespace ReportData.Authoring.Model;

/// <summary>
/// The metadata block of one report file. Immutable and structurally equatable (cached by the pipeline).
/// Optional fields are null where the report text does not give them.
/// </summary>
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
    string? Speaker);
