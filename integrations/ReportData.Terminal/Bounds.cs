namespace ReportData.Terminal;

/// <summary>A target bound as the reports word it.</summary>
internal static class Bounds
{
    public static string Word(TargetBound bound) => bound switch
    {
        TargetBound.About => "左右",
        TargetBound.AtLeast => "以上",
        TargetBound.Exceeds => "超过",
        TargetBound.AtMost => "以内",
        TargetBound.Below => "低于",
        TargetBound.Reach => "达到",
        _ => string.Empty,
    };
}
