using System;
using System.Globalization;

namespace ReportData;

/// <summary>
/// How far an actual may be from a target worded 左右 ("about", <see cref="TargetBound.About"/>) and still meet it.
/// Reports do not define "about"; this makes the reading explicit, so that every result says which it used.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="Default"/> is a band of 5 % of the target's value either side, read as the reports judge their results: met
/// inside the band, and beyond it in the direction the indicator is good in (<see cref="KeyDirections"/>). A growth target
/// of 7%左右 is met by 6.65 % and anything above; a CPI target of 3%左右 (a ceiling) by 3.15 % and anything below; a key
/// with no direction (<see cref="KeyDirection.None"/>) inside the band only.
/// </para>
/// <para>
/// <see cref="Symmetric"/> reads the band on both sides for every key: above it is not "about" either
/// (<c>AboutTolerance.Default.Symmetric()</c>: 7%左右 met by 6.65 % to 7.35 % only). Use <see cref="Absolute"/> for a fixed
/// band (±0.5 percentage points: <c>AboutTolerance.Absolute(0.5)</c>), or <see cref="Exact"/> for no band. Bands are inclusive;
/// <see cref="TargetComparison.Difference"/> tells which side an actual fell on.
/// <c>default(AboutTolerance)</c> is <see cref="Exact"/>, directional; methods that take a nullable tolerance use <see cref="Default"/> for null.
/// </para>
/// </remarks>
public readonly struct AboutTolerance : IEquatable<AboutTolerance>
{
    private AboutTolerance(double amount, bool isRelative, bool isSymmetric = false)
    {
        if (double.IsNaN(amount) || double.IsInfinity(amount) || amount < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(amount), amount, "A tolerance is a finite number, zero or more.");
        }

        Amount = amount;
        IsRelative = isRelative;
        IsSymmetric = isSymmetric;
    }

    /// <summary>5 % of the target's value either side (<c>Relative(0.05)</c>).</summary>
    public static AboutTolerance Default => Relative(0.05);

    /// <summary>No tolerance: 左右 is read as the value itself.</summary>
    public static AboutTolerance Exact => Absolute(0);

    /// <summary>The tolerance: a fraction of the target's value when <see cref="IsRelative"/>, else in the target's unit.</summary>
    public double Amount { get; }

    /// <summary>True when <see cref="Amount"/> is a fraction of the target's value.</summary>
    public bool IsRelative { get; }

    /// <summary>
    /// True when the band is read on both sides whatever the key (see <see cref="Symmetric"/>); false when an actual beyond the band
    /// in the indicator's good direction (<see cref="KeyDirections"/>) meets the target too.
    /// </summary>
    public bool IsSymmetric { get; }

    /// <summary>This band, read on both sides for every key: an actual above a growth target's band does not meet it either.</summary>
    public AboutTolerance Symmetric() => new(Amount, IsRelative, isSymmetric: true);

    /// <summary>A band of <paramref name="fraction"/> × |target value| either side: 0.05 for ±5 %.</summary>
    public static AboutTolerance Relative(double fraction) => new(fraction, isRelative: true);

    /// <summary>A band of <paramref name="amount"/> either side, in the target's unit: 0.5 for ±0.5 percentage points on a percent target.</summary>
    public static AboutTolerance Absolute(double amount) => new(amount, isRelative: false);

    /// <summary>The half-width of the band around <paramref name="targetValue"/>.</summary>
    public double HalfWidth(double targetValue) => IsRelative ? Amount * Math.Abs(targetValue) : Amount;

    /// <inheritdoc/>
    public bool Equals(AboutTolerance other) => Amount.Equals(other.Amount) && IsRelative == other.IsRelative && IsSymmetric == other.IsSymmetric;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is AboutTolerance other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => Amount.GetHashCode() ^ (IsRelative ? 1 : 0) ^ (IsSymmetric ? 2 : 0);

    /// <summary><c>±5%</c> (relative) or <c>±0.5</c> (absolute), then <c> symmetric</c> where it is, culture-invariant.</summary>
    public override string ToString() => (IsRelative
        ? "±" + (Amount * 100).ToString("R", CultureInfo.InvariantCulture) + "%"
        : "±" + Amount.ToString("R", CultureInfo.InvariantCulture)) + (IsSymmetric ? " symmetric" : string.Empty);

    /// <summary>True when both are the same tolerance.</summary>
    public static bool operator ==(AboutTolerance left, AboutTolerance right) => left.Equals(right);

    /// <summary>True when they differ.</summary>
    public static bool operator !=(AboutTolerance left, AboutTolerance right) => !left.Equals(right);
}
