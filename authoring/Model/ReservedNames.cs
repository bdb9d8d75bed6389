using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace ReportData.Authoring.Model;

/// <summary>
/// The one list of names reserved for cities and keys (<c>ReservedNames.txt</c>, embedded): the types and namespaces of
/// the ReportData library and of the generated code, the root namespaces user code reaches (<c>System</c>), and, for
/// cities, the types of the namespaces C# code imports by default (<c>Math</c>, <c>Console</c>). A test derives the list
/// from the assemblies themselves and fails when a name is missing here.
/// </summary>
internal static class ReservedNames
{
    public const string ResourceName = "ReportData.Authoring.ReservedNames.txt";

    /// <summary>The section that holds for cities only: a key is a member, which hides no type outside its class.</summary>
    public const string CitiesOnlySection = "imported";

    private static readonly Lazy<Dictionary<string, (string Section, string Reason)>> Names = new(Read);

    /// <summary>Every reserved name and its section, for the test that checks the list against the assemblies.</summary>
    public static IReadOnlyDictionary<string, (string Section, string Reason)> All => Names.Value;

    /// <summary>Why a city may not be <paramref name="name"/>, or null.</summary>
    public static string? WhyReservedCity(string name) =>
        Names.Value.TryGetValue(name, out var entry) ? entry.Reason : null;

    /// <summary>Why a key may not be <paramref name="name"/>, or null.</summary>
    public static string? WhyReservedKey(string name) =>
        Names.Value.TryGetValue(name, out var entry) && entry.Section != CitiesOnlySection ? entry.Reason : null;

    private static Dictionary<string, (string Section, string Reason)> Read()
    {
        var names = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        using var stream = typeof(ReservedNames).Assembly.GetManifestResourceStream(ResourceName);
        if (stream is null)
        {
            // A broken build of this assembly; a test guards it. No name is reserved rather than the generator throwing.
            return names;
        }

        using var reader = new StreamReader(stream, Encoding.UTF8);
        var section = (Tag: string.Empty, Reason: string.Empty);
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            line = line.Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var close = line.IndexOf(']');
            if (line[0] == '[' && close > 0)
            {
                section = (line.Substring(1, close - 1), line.Substring(close + 1).Trim());
            }
            else if (!names.ContainsKey(line))
            {
                names.Add(line, section);
            }
        }

        return names;
    }
}
