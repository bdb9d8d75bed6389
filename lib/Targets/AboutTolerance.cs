using System;
using System.Globalization;

namespace ReportData;

/// <summary>
/// How far an actual may be from a target worded 左右 ("about", <see cref="TargetBound.About"/>) and still meet it.
/// Reports do not define "about"; this makes the reading explicit, so that every result says which it used.
/// </summary>
/// <remarks>
/// <see cref="Default"/> is 5 % of the target's value either side: a growth target of 7%左右 is met by
/// 6.65 % to 7.35 %, a target of 20,000 new jobs 左右 by 19,000 to 21,000. Use <see cref="Absolute"/> for a fixed
/// band (±0.5 percentage points: <c>AboutTolerance.Absolute(0.5)</c>), or <see cref="Exact"/> to read 左右 as the value itself.
/// The band is symmetric and inclusive: above it is not "about" either, though for growth it may be good news;
/// <see cref="TargetComparison.Difference"/> tells which side an actual fell on.
/// <c>default(AboutTolerance)</c> is <see cref="Exact"/>; methods that take a nullable tolerance use <see cref="Default"/> for null.
/// </remarks>
public readonly struct AboutTolerance : IEquatable<AboutTolerance>
{
    private AboutTolerance(double amount, bool isRelative)
    {
        if (double.IsNaN(amount) || double.IsInfinity(amount) || amount < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(amount), amount, "A tolerance is a finite number, zero or more.");
        }

        Amount = amount;
        IsRelative = isRelative;
    }

    /// <summary>5 % of the target's value either side (<c>Relative(0.05)</c>).</summary>
    public static AboutTolerance Default => Relative(0.05);

    /// <summary>No tolerance: 左右 is read as the value itself.</summary>
    public static AboutTolerance Exact => Absolute(0);

    /// <summary>The tolerance: a fraction of the target's value when <see cref="IsRelative"/>, else in the target's unit.</summary>
    public double Amount { get; }

    /// <summary>True when <see cref="Amount"/> is a fraction of the target's value.</summary>
    public bool IsRelative { get; }

    /// <summary>A band of <paramref name="fraction"/> × |target value| either side: 0.05 for ±5 %.</summary>
    public static AboutTolerance Relative(double fraction) => new(fraction, isRelative: true);

    /// <summary>A band of <paramref name="amount"/> either side, in the target's unit: 0.5 for ±0.5 percentage points on a percent target.</summary>
    public static AboutTolerance Absolute(double amount) => new(amount, isRelative: false);

    /// <summary>The half-width of the band around <paramref name="targetValue"/>.</summary>
    public double HalfWidth(double targetValue) => IsRelative ? Amount * Math.Abs(targetValue) : Amount;

    /// <inheritdoc/>
    public bool Equals(AboutTolerance other) => Amount.Equals(other.Amount) && IsRelative == other.IsRelative;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is AboutTolerance other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => Amount.GetHashCode() ^ (IsRelative ? 1 : 0);

    /// <summary><c>±5%</c> (relative) or <c>±0.5</c> (absolute), culture-invariant.</summary>
    public override string ToString() => IsRelative
        ? "±" + (Amount * 100).ToString("R", CultureInfo.InvariantCulture) + "%"
        : "±" + Amount.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>True when both are the same tolerance.</summary>
    public static bool operator ==(AboutTolerance left, AboutTolerance right) => left.Equals(right);

    /// <summary>True when they differ.</summary>
    public static bool operator !=(AboutTolerance left, AboutTolerance right) => !left.Equals(right);
}
