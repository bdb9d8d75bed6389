using System.Collections.Generic;

namespace ReportData.Tool.Drafting;

/// <summary>
/// Built-in indicator names of Chinese government work reports and the keys the dataset uses for them
/// (docs/keys.md), for reports whose folder has no YAML to learn from yet. A label
/// that contains a term gets its key; a growth rate of the indicator gets the key plus <c>Growth</c>.
/// </summary>
public static class Glossary
{
    /// <summary>Every key the glossary can give: its keys and their growth keys.</summary>
    public static IEnumerable<string> Keys
    {
        get
        {
            foreach (var (_, key) in Terms)
            {
                yield return key;
                yield return key + "Growth";
            }
        }
    }

    /// <summary>The indicator names and their keys: the embedded table <c>Glossary.tsv</c>, with its sources in its header.</summary>
    public static readonly IReadOnlyList<(string Term, string Key)> Terms = Load();

    private static (string Term, string Key)[] Load() =>
        System.Linq.Enumerable.ToArray(System.Linq.Enumerable.Select(DataTable.Embedded("Glossary.tsv", "term", "key", "origin"), row => (row[0], row[1])));
}
