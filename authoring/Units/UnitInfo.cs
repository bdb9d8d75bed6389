
namespace ReportData.Authoring.Units;

/// <summary>
/// What a printed unit means: the runtime <c>FigureUnit</c> it normalizes to, the suffix appended to member
/// names, and the exact factor from the printed number to the normalized value.
/// </summary>
public sealed record UnitInfo(FigureUnit FigureUnit, string Suffix, decimal Factor, string English);
