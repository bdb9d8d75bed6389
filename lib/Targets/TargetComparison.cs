namespace ReportData;

/// <summary>A target checked against its actual (see <see cref="TargetCheck"/>).</summary>
/// <param name="Target">The target, as the report set it.</param>
/// <param name="Actual">The actual it was checked against.</param>
/// <param name="IsMet">Whether the actual meets the target under its <see cref="Figure.Bound"/>.</param>
/// <param name="Difference">Actual minus target (<see cref="Figure.Value"/>, the low end of a range), in the target's unit (the actual converted exactly where it was printed in another unit of the dimension): negative when the actual fell short of the number.</param>
/// <param name="AboutTolerance">The tolerance used if the target is worded 左右.</param>
public sealed record TargetComparison(Figure Target, Figure Actual, bool IsMet, double Difference, AboutTolerance AboutTolerance);
