using ReportData.Authoring.Units;

namespace ReportData.Analyzers;

/// <summary>
/// Which units may meet in +, -, comparisons, Math.Min/Max and the branches of ?:, and the unit of the result.
/// <list type="bullet">
/// <item>One unit with itself: always.</item>
/// <item>Percent and percentage points: a rate plus or minus points is a rate (6.8 % + 0.5 points = 7.3 %), and the
/// difference of two percents is points (7.3 % − 6.8 % = 0.5 points); a rate compared with points is flagged.</item>
/// <item>Two units of one dimension (亿元 and 元): RD3002, with a conversion to offer.</item>
/// <item>Two dimensions (亿元 and %): RD3001.</item>
/// </list>
/// Multiplying and dividing are never flagged: they make new quantities (shares, growth, per-capita figures), whose
/// unit the analyzer does not guess, so their results are unknown and never flagged either.
/// </summary>
internal static class UnitRules
{
    public enum Operation
    {
        Add,
        Subtract,
        Compare,
    }

    /// <summary>True when the two units may be combined by <paramref name="operation"/> without a diagnostic.</summary>
    public static bool Allows(Operation operation, FigureUnit left, FigureUnit right) =>
        left == right
        || (operation == Operation.Add && IsRateAndPoints(left, right))
        || (operation == Operation.Subtract && left == FigureUnit.Percent && right == FigureUnit.PercentagePoints);

    /// <summary>The unit of <c>left op right</c> when <see cref="Allows"/>; null when the result has no unit the analyzer knows.</summary>
    public static FigureUnit? Result(Operation operation, FigureUnit left, FigureUnit right)
    {
        if (operation == Operation.Subtract && left == FigureUnit.Percent && right == FigureUnit.Percent)
        {
            return FigureUnit.PercentagePoints;
        }

        if (left == right)
        {
            // Per mille minus per mille would be "per-mille points": no such unit, so unknown.
            return operation == Operation.Subtract && left == FigureUnit.PerMille ? null : left;
        }

        return Allows(operation, left, right) ? FigureUnit.Percent : null;
    }

    private static bool IsRateAndPoints(FigureUnit left, FigureUnit right) =>
        (left == FigureUnit.Percent && right == FigureUnit.PercentagePoints) || (left == FigureUnit.PercentagePoints && right == FigureUnit.Percent);
}
