using ReportData.Generator.Shared;

namespace ReportData.Generator.Model;

/// <summary>A city class and its year classes.</summary>
internal sealed record CityIndexSpec(string City, string CityName, EquatableArray<PeriodIndexSpec> Periods);
