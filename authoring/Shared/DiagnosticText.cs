namespace ReportData.Authoring.Shared;

/// <summary>How untrusted text is quoted in diagnostic messages.</summary>
internal static class DiagnosticText
{
    /// <summary>At most 60 characters, so that a pasted paragraph does not flood the build log.</summary>
    public static string Shorten(string text) => text.Length <= 60 ? text : text.Substring(0, 57) + "...";
}
