using System;

namespace ReportData;

/// <summary>
/// Decides whether an actual meets a target, by the target's <see cref="Figure.Bound"/>:
/// <list type="table">
/// <listheader><term>bound</term><description>met when the actual is</description></listheader>
/// <item><term><see cref="TargetBound.AtLeast"/> 以上, 不低于</term><description>≥ the value</description></item>
/// <item><term><see cref="TargetBound.Exceeds"/> 超过, 突破</term><description>&gt; the value</description></item>
/// <item><term><see cref="TargetBound.AtMost"/> 以内, 不超过</term><description>≤ the value</description></item>
/// <item><term><see cref="TargetBound.Below"/> 低于</term><description>&lt; the value</description></item>
/// <item><term><see cref="TargetBound.About"/> 左右</term><description>within the <see cref="AboutTolerance"/> of the value (default ±5 %), or beyond it in the direction the key is good in (<see cref="KeyDirections"/>: 6.9 meets a growth target of 6.5%左右, 1.6 a CPI target of 3%左右); on both sides only with <see cref="AboutTolerance.Symmetric"/> or for a key with no direction</description></item>
/// <item><term><see cref="TargetBound.Reach"/> 达到, and <see cref="TargetBound.None"/></term><description>≥ the value: reached, or beyond</description></item>
/// </list>
/// </summary>
/// <remarks>
/// <para>
/// A range target (<see cref="Figure.IsRange"/>, 增长6%-7%) uses its low end for ≥ and &gt;, its high end for ≤ and &lt;;
/// 左右 and no bound mean within the range (widened by the tolerance for 左右); 达到 means at least the low end.
/// </para>
/// <para>
/// A target stated as a fall (<see cref="Figure.IsDecline"/>, 下降3%以上, value −3) bounds the size of the fall:
/// 以上 means a fall of 3 % or more, so an actual of −3.5 meets it and −2 does not.
/// </para>
/// <para>
/// Values that differ by less than 1e-9 (relative to the target) count as equal, so that a value
/// computed in floating point is not failed by rounding alone.
/// </para>
/// </remarks>
public static class TargetCheck
{
    private const double RoundingSlack = 1e-9;

    /// <summary>
    /// Whether <paramref name="actual"/> meets <paramref name="target"/>. <paramref name="aboutTolerance"/> decides
    /// targets worded 左右; null means <see cref="AboutTolerance.Default"/> (±5 % of the value).
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="target"/> is not a <see cref="FigureKind.Target"/>.</exception>
    public static bool IsMetBy(this Figure target, double actual, AboutTolerance? aboutTolerance = null)
    {
        if (target is null)
        {
            throw new ArgumentNullException(nameof(target));
        }

        if (target.Kind != FigureKind.Target)
        {
            throw new ArgumentException("'" + target.Id + "' is an actual, not a target.", nameof(target));
        }

        if (double.IsNaN(actual))
        {
            return false;
        }

        // A fall bounds its size: compare the falls, so that "at least" means "at least this much of a fall".
        var sign = target.IsDecline ? -1.0 : 1.0;
        var first = sign * target.Value;
        var second = sign * (target.ValueHigh ?? target.Value);
        var low = Math.Min(first, second);
        var high = Math.Max(first, second);
        var value = sign * actual;
        var slack = RoundingSlack * Math.Max(1, Math.Max(Math.Abs(low), Math.Abs(high)));

        switch (target.Bound)
        {
            case TargetBound.AtLeast:
                return value >= low - slack;
            case TargetBound.Exceeds:
                return value > low + slack;
            case TargetBound.AtMost:
                return value <= high + slack;
            case TargetBound.Below:
                return value < high - slack;
            case TargetBound.About:
                var tolerance = aboutTolerance ?? AboutTolerance.Default;
                var aboveLow = value >= low - tolerance.HalfWidth(low) - slack;
                var belowHigh = value <= high + tolerance.HalfWidth(high) + slack;
                return GoodDirection(target, tolerance) switch
                {
                    KeyDirection.HigherIsBetter => aboveLow,
                    KeyDirection.LowerIsBetter => belowHigh,
                    _ => aboveLow && belowHigh,
                };
            case TargetBound.None when target.IsRange:
                return value >= low - slack && value <= high + slack;
            default:
                return value >= low - slack;
        }
    }

    /// <summary>
    /// The direction beyond a 左右 band that meets the target too, in the compared values: a fall's size grows as its value
    /// falls, so for a target stated as a fall (能耗降低2.5%左右, lower is better) a larger size is the good direction.
    /// </summary>
    private static KeyDirection GoodDirection(Figure target, AboutTolerance tolerance)
    {
        var direction = tolerance.IsSymmetric ? KeyDirection.None : KeyDirections.Of(target.Key);
        if (!target.IsDecline || direction == KeyDirection.None)
        {
            return direction;
        }

        return direction == KeyDirection.HigherIsBetter ? KeyDirection.LowerIsBetter : KeyDirection.HigherIsBetter;
    }

    /// <summary>
    /// Whether <paramref name="actual"/>, a value in <paramref name="unit"/>, meets <paramref name="target"/>: the value is
    /// converted exactly into the target's unit first (an actual of 2125.2 亿元 against a target in 万元).
    /// </summary>
    /// <exception cref="UnitConversionException"><paramref name="unit"/> measures another dimension than the target.</exception>
    public static bool IsMetBy(this Figure target, double actual, FigureUnit unit, AboutTolerance? aboutTolerance = null)
    {
        if (target is null)
        {
            throw new ArgumentNullException(nameof(target));
        }

        return target.IsMetBy(FigureUnits.Convert(actual, unit, target.Unit), aboutTolerance);
    }

    /// <summary>
    /// Whether the actual figure meets the target, with the difference, both in the target's unit; see <see cref="IsMetBy(Figure, double, AboutTolerance?)"/>.
    /// An actual printed in another unit of the same dimension is converted exactly into the target's unit.
    /// </summary>
    /// <exception cref="ArgumentException">
    /// <paramref name="target"/> is not a target, <paramref name="actual"/> not an actual, or their units measure different
    /// dimensions (a comparison across dimensions would be meaningless; the inner exception is the <see cref="UnitConversionException"/>).
    /// </exception>
    public static TargetComparison Compare(Figure target, Figure actual, AboutTolerance? aboutTolerance = null)
    {
        if (actual is null)
        {
            throw new ArgumentNullException(nameof(actual));
        }

        if (actual.Kind != FigureKind.Actual)
        {
            throw new ArgumentException("'" + actual.Id + "' is a target, not an actual.", nameof(actual));
        }

        if (target is not null && !target.Unit.CanConvert(actual.Unit))
        {
            throw new ArgumentException(
                "'" + target.Id + "' is in " + target.Unit + " (" + target.Dimension + ") but '" + actual.Id + "' in " + actual.Unit + " (" + actual.Dimension + ").",
                nameof(actual),
                new UnitConversionException(actual.Unit, target.Unit));
        }

        var tolerance = aboutTolerance ?? AboutTolerance.Default;
        var value = actual.ValueIn(target!.Unit);
        var isMet = IsMetBy(target, value, tolerance);
        return new TargetComparison(target, actual, isMet, value - target.Value, tolerance);
    }
}
