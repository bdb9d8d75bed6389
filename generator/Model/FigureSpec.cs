namespace ReportData.Generator.Model;

/// <summary>
/// One figure, validated and normalized, ready to emit. Holds no locations so that moving a figure
/// within its file does not regenerate source. Immutable and structurally equatable.
/// </summary>
/// <param name="Key">The indicator key as written, without unit suffix (<c>Gdp</c>).</param>
/// <param name="MemberName">The emitted member: key plus the unit's suffix (<c>GdpBillion</c>).</param>
/// <param name="PeriodClass">The year class the member lives in (<c>Y2023</c>).</param>
/// <param name="GroupClass">The nested class for targets and goals (<c>Targets</c>), or null for actual figures.</param>
/// <param name="Year">The year the figure is about, or null for a multi-year goal.</param>
/// <param name="Horizon">The horizon of a multi-year goal as printed (<c>今后五年</c>), or null.</param>
/// <param name="Kind">The runtime <c>FigureKind</c> member name.</param>
/// <param name="Unit">The runtime <c>FigureUnit</c> member name.</param>
/// <param name="Value">The normalized value as the shortest exact invariant decimal literal.</param>
/// <param name="ValueHigh">The normalized high end of a printed range, or null.</param>
/// <param name="Bound">The runtime <c>TargetBound</c> member name.</param>
internal sealed record FigureSpec(
    string Key,
    string MemberName,
    string PeriodClass,
    string? GroupClass,
    int? Year,
    string? Horizon,
    string Kind,
    string Label,
    string PrintedValue,
    string PrintedUnit,
    string? CorrectedUnit,
    string Unit,
    string Value,
    string? ValueHigh,
    string Quote,
    bool IsEstimate,
    string Bound,
    bool IsDecline,
    string? Note)
{
    /// <summary>The path below the city class: <c>Y2023.GdpBillion</c>, <c>Y2024.Targets.GdpGrowthPercent</c>.</summary>
    public string RelativeId => GroupClass is null
        ? PeriodClass + "." + MemberName
        : PeriodClass + "." + GroupClass + "." + MemberName;
}
