namespace ReportData.Generator.Units;

/// <summary>
/// What a printed unit means: the runtime <c>FigureUnit</c> member, the suffix appended to member
/// names, and the exact factor from the printed number to the normalized value.
/// </summary>
internal sealed record UnitInfo(string FigureUnit, string Suffix, decimal Factor, string English)
{
    /// <summary>The unit itself, for rate lookups (<see cref="FigureUnit"/> is its name).</summary>
    public Units.FigureUnit Unit { get; init; }
}
