using ReportData.Authoring.Shared;

namespace ReportData.Authoring.Model;

/// <summary>
/// The cross-file view of the dataset, without figure values, so that editing a figure in one file
/// leaves it equal and the other files' outputs cached. Immutable and structurally equatable.
/// </summary>
/// <param name="Keys">Every indicator key of the dataset, ordinal order: the constants of <c>FigureKeys</c>.</param>
public sealed record DatasetPlan(EquatableArray<ReportAssignment> Reports, EquatableArray<CityIndexSpec> Cities, EquatableArray<string> Keys);
