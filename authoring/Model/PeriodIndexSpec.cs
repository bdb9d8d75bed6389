using ReportData.Authoring.Shared;

namespace ReportData.Authoring.Model;

/// <summary>A year class of a city and the nested classes it holds.</summary>
public sealed record PeriodIndexSpec(string PeriodClass, bool HasActuals, EquatableArray<GroupIndexSpec> Groups);
