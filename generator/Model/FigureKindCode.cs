namespace ReportData.Generator.Model;

/// <summary>The generator's copy of the runtime <c>ReportData.FigureKind</c>: the same names and numbers (a test compares them).</summary>
internal enum FigureKindCode : byte
{
    Actual = 0,
    Target = 1,
}
