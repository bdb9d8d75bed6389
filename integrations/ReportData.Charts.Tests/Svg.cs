using System.Linq;
using System.Xml.Linq;

namespace ReportData.Charts.Tests;

internal static class Svg
{
    private static readonly XNamespace Ns = "http://www.w3.org/2000/svg";

    /// <summary>Every text element's content, trimmed: the SVG must parse as XML.</summary>
    public static string[] Texts(string svg) =>
        XDocument.Parse(svg).Descendants(Ns + "text").Select(text => text.Value.Trim()).ToArray();
}
