using ReportData.Generator.Model;

namespace ReportData.Generator.Units;

/// <summary>
/// What a printed unit means: the runtime <c>FigureUnit</c> it normalizes to, the suffix appended to member
/// names, and the exact factor from the printed number to the normalized value.
/// </summary>
internal sealed record UnitInfo(FigureUnitCode FigureUnit, string Suffix, decimal Factor, string English);
