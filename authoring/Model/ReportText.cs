namespace ReportData.Authoring.Model;

/// <summary>
/// A report's source text as the provenance check compares against it, keyed by its full path: white space runs
/// folded to one space and traditional characters in their simplified forms (one for one, so positions hold).
/// </summary>
/// <param name="Unreadable">Why the build cannot use the text as the compiler decoded it (not UTF-8), or null.</param>
public sealed record ReportText(string FilePath, string FoldedContent, string? Unreadable = null);
