using System;
using System.Collections.Generic;

namespace ReportData.Authoring.Provenance;

/// <summary>
/// Resolves the report text a YAML file names, relative to the YAML file, as a normalized key
/// ('/' separators, no '.' or '..' segments) comparable with AdditionalFiles' paths.
/// Pure string work: the generator never touches the file system.
/// </summary>
public static class ReportPaths
{
    /// <summary>
    /// Paths compare as the file system of the build does on Linux: ordinally, so <c>r.txt</c> and <c>R.txt</c> are two
    /// texts. Where no text has the exact name, one that differs only by case is the text (Windows and macOS open it);
    /// two such are ambiguous (<see cref="TextLookup"/>).
    /// </summary>
    public static StringComparer Comparer => StringComparer.Ordinal;

    public static string Normalize(string path)
    {
        var segments = new List<string>();
        var unified = path.Replace('\\', '/');
        var rooted = unified.StartsWith("/", StringComparison.Ordinal);
        foreach (var segment in unified.Split('/'))
        {
            if (segment.Length == 0 || segment == ".")
            {
                continue;
            }

            if (segment == ".." && segments.Count > 0 && segments[segments.Count - 1] != "..")
            {
                segments.RemoveAt(segments.Count - 1);
                continue;
            }

            segments.Add(segment);
        }

        return (rooted ? "/" : string.Empty) + string.Join("/", segments);
    }

    /// <summary>The key of the text named <paramref name="textFile"/> by the YAML file at <paramref name="yamlPath"/>.</summary>
    public static string ResolveText(string yamlPath, string textFile)
    {
        var unified = yamlPath.Replace('\\', '/');
        var slash = unified.LastIndexOf('/');
        var directory = slash >= 0 ? unified.Substring(0, slash + 1) : string.Empty;
        var text = textFile.Replace('\\', '/');
        return Normalize(text.StartsWith("/", StringComparison.Ordinal) || (text.Length > 1 && text[1] == ':') ? text : directory + text);
    }
}
