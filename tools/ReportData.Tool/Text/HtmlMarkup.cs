using System.Text.RegularExpressions;

namespace ReportData.Tool.Text;

/// <summary>
/// Whether a text is a web page's markup rather than its text: a page saved as HTML keeps its paragraphs in tags, so the
/// lines a report's sections are read from are not there.
/// </summary>
internal static class HtmlMarkup
{
    private static readonly Regex Tag = new(@"<(?:p|br|div|span|td|tr|li|h[1-6])\b[^<>]*>|</(?:p|div|span|td|tr|li|h[1-6])>", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>Ten or more paragraph or layout tags: a report quoting one tag is still a text.</summary>
    public static bool IsIn(string text) => Tag.Matches(text).Count >= 10;
}
