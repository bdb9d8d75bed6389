using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using ReportData.Authoring.Model;

namespace ReportData.Authoring.Provenance;

/// <summary>The report text a YAML file names, found among the compilation's texts by its resolved path.</summary>
/// <param name="Text">The text, or null when none is found or the name is ambiguous.</param>
/// <param name="Ambiguous">The file names of two or more texts that differ from the name only by case, when none has it exactly.</param>
internal readonly record struct TextLookup(ReportText? Text, IReadOnlyList<string> Ambiguous)
{
    /// <summary>
    /// The text at exactly <paramref name="key"/> (<see cref="ReportPaths.Comparer"/>, ordinal); else the one text whose
    /// path differs only by case, as a file system that ignores case opens it; else, for two or more such, none: a quote
    /// must not be proven against another report's text.
    /// </summary>
    public static TextLookup Find(ImmutableArray<ReportText> texts, string key)
    {
        var byCase = new List<ReportText>();
        foreach (var text in texts)
        {
            if (ReportPaths.Comparer.Equals(text.FilePath, key))
            {
                return new TextLookup(text, Array.Empty<string>());
            }

            if (StringComparer.OrdinalIgnoreCase.Equals(text.FilePath, key) && !byCase.Exists(found => found.FilePath == text.FilePath))
            {
                byCase.Add(text);
            }
        }

        if (byCase.Count <= 1)
        {
            return new TextLookup(byCase.Count == 1 ? byCase[0] : null, Array.Empty<string>());
        }

        var names = byCase.ConvertAll(text => Path.GetFileName(text.FilePath));
        names.Sort(StringComparer.Ordinal);
        return new TextLookup(null, names);
    }
}
