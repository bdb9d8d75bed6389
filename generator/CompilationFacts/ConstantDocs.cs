namespace ReportData.Generator.CompilationFacts;

/// <summary>
/// How much XML documentation each figure's constant gets (MSBuild property <c>ReportDataConstantDocs</c>).
/// With <c>GenerateDocumentationFile</c> on, the compiler parses every doc comment into a tree and writes it to
/// the XML file: at a million figures the full docs alone need more memory than a build machine has
/// (docs/benchmarks.md, "The compiler's memory in a documented build"), so large datasets can ask for less.
/// </summary>
internal enum ConstantDocs
{
    /// <summary>Label, value as printed and normalized, quote, source, and the target, estimate, unit and note remarks (the default).</summary>
    Full,

    /// <summary>One line: label, year, value as printed and normalized, unit.</summary>
    Summary,

    /// <summary>No doc comment on constants (CS1591, missing XML comment, is turned off for them).</summary>
    None,
}
