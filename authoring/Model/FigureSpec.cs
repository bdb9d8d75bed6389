using ReportData.Authoring.Units;

namespace ReportData.Authoring.Model;

/// <summary>
/// One figure, validated and normalized, ready to emit. Holds no locations so that moving a figure
/// within its file does not regenerate source. Values are exact decimals and enums are typed: emitters
/// alone decide how they are written. Immutable and structurally equatable (equal decimals format alike).
/// </summary>
public sealed record FigureSpec
{
    /// <summary>The indicator key as written, without unit suffix (<c>Gdp</c>).</summary>
    public required string Key { get; init; }

    /// <summary>The emitted member: key plus the unit's suffix (<c>GdpBillion</c>).</summary>
    public required string MemberName { get; init; }

    /// <summary>The year class the member lives in (<c>Y2023</c>).</summary>
    public required string PeriodClass { get; init; }

    /// <summary>The nested class for targets and goals (<c>Targets</c>), or null for actual figures.</summary>
    public string? GroupClass { get; init; }

    /// <summary>The year the figure is about, or null for a multi-year goal.</summary>
    public int? Year { get; init; }

    /// <summary>The horizon of a multi-year goal as printed (<c>今后五年</c>), or null.</summary>
    public string? Horizon { get; init; }

    public required FigureKind Kind { get; init; }

    public required string Label { get; init; }

    public required string PrintedValue { get; init; }

    public required string PrintedUnit { get; init; }

    public string? CorrectedUnit { get; init; }

    public required FigureUnit Unit { get; init; }

    /// <summary>The normalized value (the low end of a range), exact: 2125.2 亿元 is 212.52.</summary>
    public required decimal Value { get; init; }

    /// <summary>The normalized high end of a printed range, or null.</summary>
    public decimal? ValueHigh { get; init; }

    public required string Quote { get; init; }

    public bool IsEstimate { get; init; }

    public TargetBound Bound { get; init; }

    public bool IsDecline { get; init; }

    public string? Note { get; init; }

    /// <summary>
    /// The path below the city class: <c>Y2023.GdpBillion</c>, <c>Y2024.Targets.GdpGrowthPercent</c>. Stored, not
    /// computed per use: parse, plan and emit each need it (see <see cref="IdBelowCity"/>).
    /// </summary>
    public required string RelativeId { get; init; }

    /// <summary>The <see cref="RelativeId"/> of a member in its period and group classes.</summary>
    public static string IdBelowCity(string periodClass, string? groupClass, string memberName) => groupClass is null
        ? periodClass + "." + memberName
        : periodClass + "." + groupClass + "." + memberName;
}
