using ReportData.Authoring.Shared;

namespace ReportData.Authoring.Model;

/// <summary>A city class and its year classes.</summary>
public sealed record CityIndexSpec(string City, string CityName, EquatableArray<PeriodIndexSpec> Periods);
