using ReportData.Generator.Shared;

namespace ReportData.Generator.Model;

/// <summary>A year class of a city and the nested classes it holds.</summary>
internal sealed record PeriodIndexSpec(string PeriodClass, bool HasActuals, EquatableArray<GroupIndexSpec> Groups);
