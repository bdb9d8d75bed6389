using System;
using System.Collections.Generic;

namespace ReportData.Authoring.Parsing;

/// <summary>
/// The words a report file writes for an enum's members: each member's name in camelCase (<c>AtLeast</c> → <c>atLeast</c>,
/// <c>Province</c> → <c>province</c>), in the order of their values; a <c>None</c> member has no word. One rule for every
/// enum a field takes (bound, level), so the YAML and the runtime's names cannot drift apart.
/// </summary>
internal static class YamlWords
{
    public static Dictionary<string, T> Of<T>()
        where T : struct, Enum
    {
        var words = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (T member in Enum.GetValues(typeof(T)))
        {
            var name = member.ToString();
            if (name != "None")
            {
                words.Add(char.ToLowerInvariant(name[0]) + name.Substring(1), member);
            }
        }

        return words;
    }
}
