using System;

namespace ReportData.Charts;

/// <summary>How a target's bound is drawn.</summary>
public enum TargetMarkShape
{
    /// <summary>A floor: 以上, 不低于, 超过 (the actual should be at or above the line).</summary>
    Floor = 0,

    /// <summary>A ceiling: 以内, 不超过, 低于 (the actual should be at or below the line).</summary>
    Ceiling = 1,

    /// <summary>A band: 左右 with its tolerance, or a printed range (1-2家).</summary>
    Band = 2,

    /// <summary>A point: 达到, or no qualifying word.</summary>
    Point = 3,
}

/// <summary>Where a target's bound is drawn, in the target's unit: <see cref="Low"/> to <see cref="High"/> (equal unless a band).</summary>
/// <param name="Target">The target figure.</param>
/// <param name="Shape">Floor, ceiling, band or point.</param>
/// <param name="Low">The floor, the band's low edge, or the point.</param>
/// <param name="High">The ceiling, the band's high edge, or the point.</param>
public sealed record TargetMark(Figure Target, TargetMarkShape Shape, double Low, double High)
{
    /// <summary>
    /// The mark of <paramref name="target"/>: 左右 widened by <paramref name="aboutTolerance"/> either side (the band
    /// <see cref="TargetCheck.IsMetBy"/> accepts), a range from its low to its high end. A fall (下降3%以上, value −3)
    /// bounds the size of the fall, so its "at least" is drawn as a ceiling at −3.
    /// </summary>
    public static TargetMark Of(Figure target, AboutTolerance aboutTolerance)
    {
        if (target is null)
        {
            throw new ArgumentNullException(nameof(target));
        }

        var low = Math.Min(target.Value, target.ValueHigh ?? target.Value);
        var high = Math.Max(target.Value, target.ValueHigh ?? target.Value);
        switch (target.Bound)
        {
            case TargetBound.AtLeast:
            case TargetBound.Exceeds:
                return target.IsDecline
                    ? new TargetMark(target, TargetMarkShape.Ceiling, high, high)
                    : new TargetMark(target, TargetMarkShape.Floor, low, low);
            case TargetBound.AtMost:
            case TargetBound.Below:
                return target.IsDecline
                    ? new TargetMark(target, TargetMarkShape.Floor, low, low)
                    : new TargetMark(target, TargetMarkShape.Ceiling, high, high);
            case TargetBound.About:
                return new TargetMark(target, TargetMarkShape.Band, low - aboutTolerance.HalfWidth(low), high + aboutTolerance.HalfWidth(high));
            default:
                return target.IsRange
                    ? new TargetMark(target, TargetMarkShape.Band, low, high)
                    : new TargetMark(target, TargetMarkShape.Point, low, low);
        }
    }
}
