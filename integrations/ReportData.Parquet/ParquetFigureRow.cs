using System.Text.Json.Serialization;
using Parquet.Serialization.Attributes;

namespace ReportData;

/// <summary>
/// One row of the Parquet file: a <see cref="Figure"/> and its <see cref="ReportSource"/> flattened into
/// columns named as <see cref="FigureCsv.Columns"/> (the report's fields prefixed <c>source</c>), in that order.
/// Enums are stored by name so that SQL and data-frame code reads <c>'BillionYuan'</c>, not a number.
/// Non-null text is a required column; what a figure may lack is an optional (nullable) column.
/// </summary>
/// <remarks>Reading goes through <see cref="FigureFieldReader"/>, which accepts files other tools rewrote.</remarks>
internal sealed class ParquetFigureRow
{
    [JsonPropertyName("id"), ParquetRequired] public string Id { get; set; } = "";
    [JsonPropertyName("city"), ParquetRequired] public string City { get; set; } = "";
    [JsonPropertyName("year")] public int? Year { get; set; }
    [JsonPropertyName("horizon")] public string? Horizon { get; set; }
    [JsonPropertyName("key"), ParquetRequired] public string Key { get; set; } = "";
    [JsonPropertyName("kind"), ParquetRequired] public string Kind { get; set; } = "";
    [JsonPropertyName("value")] public double Value { get; set; }
    [JsonPropertyName("valueHigh")] public double? ValueHigh { get; set; }
    [JsonPropertyName("unit"), ParquetRequired] public string Unit { get; set; } = "";
    [JsonPropertyName("printedValue"), ParquetRequired] public string PrintedValue { get; set; } = "";
    [JsonPropertyName("printedUnit"), ParquetRequired] public string PrintedUnit { get; set; } = "";
    [JsonPropertyName("correctedUnit")] public string? CorrectedUnit { get; set; }
    [JsonPropertyName("label"), ParquetRequired] public string Label { get; set; } = "";
    [JsonPropertyName("quote"), ParquetRequired] public string Quote { get; set; } = "";
    [JsonPropertyName("isEstimate")] public bool IsEstimate { get; set; }
    [JsonPropertyName("bound"), ParquetRequired] public string Bound { get; set; } = "";
    [JsonPropertyName("isDecline")] public bool IsDecline { get; set; }
    [JsonPropertyName("note")] public string? Note { get; set; }
    [JsonPropertyName("sourceCity"), ParquetRequired] public string SourceCity { get; set; } = "";
    [JsonPropertyName("sourceCityName"), ParquetRequired] public string SourceCityName { get; set; } = "";
    [JsonPropertyName("sourceYear")] public int SourceYear { get; set; }
    [JsonPropertyName("sourceTitle")] public string? SourceTitle { get; set; }
    [JsonPropertyName("sourceTextFile"), ParquetRequired] public string SourceTextFile { get; set; } = "";
    [JsonPropertyName("sourceYamlFile"), ParquetRequired] public string SourceYamlFile { get; set; } = "";
    [JsonPropertyName("sourceReviewsYear")] public int? SourceReviewsYear { get; set; }
    [JsonPropertyName("sourceTargetsYear")] public int? SourceTargetsYear { get; set; }
    [JsonPropertyName("sourceDate")] public string? SourceDate { get; set; }
    [JsonPropertyName("sourceSession")] public string? SourceSession { get; set; }
    [JsonPropertyName("sourceSpeaker")] public string? SourceSpeaker { get; set; }

    public static ParquetFigureRow From(Figure figure)
    {
        var source = figure.Source;
        return new ParquetFigureRow
        {
            Id = figure.Id,
            City = figure.City,
            Year = figure.Year,
            Horizon = figure.Horizon,
            Key = figure.Key,
            Kind = figure.Kind.ToString(),
            Value = figure.Value,
            ValueHigh = figure.ValueHigh,
            Unit = figure.Unit.ToString(),
            PrintedValue = figure.PrintedValue,
            PrintedUnit = figure.PrintedUnit,
            CorrectedUnit = figure.CorrectedUnit,
            Label = figure.Label,
            Quote = figure.Quote,
            IsEstimate = figure.IsEstimate,
            Bound = figure.Bound.ToString(),
            IsDecline = figure.IsDecline,
            Note = figure.Note,
            SourceCity = source.City,
            SourceCityName = source.CityName,
            SourceYear = source.Year,
            SourceTitle = source.Title,
            SourceTextFile = source.TextFile,
            SourceYamlFile = source.YamlFile,
            SourceReviewsYear = source.ReviewsYear,
            SourceTargetsYear = source.TargetsYear,
            SourceDate = source.Date,
            SourceSession = source.Session,
            SourceSpeaker = source.Speaker,
        };
    }
}
