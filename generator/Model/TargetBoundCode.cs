namespace ReportData.Generator.Model;

/// <summary>The generator's copy of the runtime <c>ReportData.TargetBound</c>: the same names and numbers (a test compares them).</summary>
internal enum TargetBoundCode : byte
{
    None = 0,
    About = 1,
    AtLeast = 2,
    Exceeds = 3,
    AtMost = 4,
    Below = 5,
    Reach = 6,
}
