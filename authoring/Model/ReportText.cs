namespace ReportData.Authoring.Model;

/// <summary>A report's source text with white space runs folded to one space, keyed by its full path.</summary>
public sealed record ReportText(string FilePath, string FoldedContent);
