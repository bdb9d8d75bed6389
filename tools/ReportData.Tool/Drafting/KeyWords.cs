using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace ReportData.Tool.Drafting;

/// <summary>
/// The words a key is made of and the Chinese words they stand for: splitting a key into its CamelCase tokens,
/// singular and plural of an English noun, and a dictionary of Chinese terms (the general glossaries and what
/// <see cref="KeyAlignment"/> learned from the folder) looked up longest first.
/// </summary>
internal sealed class KeyWords
{
    private static readonly Regex Token = new("[A-Z]+(?![a-z])|[A-Z][a-z]*|[0-9]+[a-z]*|[a-z]+", RegexOptions.CultureInvariant);

    private static readonly string[] Punctuation = { "“", "”", "\"", "‘", "’", "《", "》", "「", "」", "(", ")", "（", "）", " " };

    private readonly Dictionary<char, (string Term, string English, bool Learned)[]> _byFirst;

    /// <summary>The general glossaries only (nothing learned).</summary>
    public static KeyWords General { get; } = new(Array.Empty<(string, string)>());

    /// <param name="learned">Terms learned from a folder's keys; on the same term they win over the general glossaries.</param>
    public KeyWords(IEnumerable<(string Term, string English)> learned)
    {
        var general = TermGlossary.Words.Concat(Glossary.Terms.Select(t => (t.Term, t.Key))).Select(t => (t.Item1, t.Item2, false));
        _byFirst = learned.Select(t => (t.Term, t.English, true)).Concat(general)
            .Where(t => t.Item1.Length > 0)
            .GroupBy(t => t.Item1[0])
            .ToDictionary(
                group => group.Key,
                group => group.GroupBy(t => t.Item1, StringComparer.Ordinal).Select(same => same.First())
                    .OrderByDescending(t => t.Item1.Length).ThenBy(t => t.Item1, StringComparer.Ordinal).ToArray());
    }

    /// <summary>The longest known term starting at <paramref name="at"/>, or null.</summary>
    public (string Term, string English, bool Learned)? Longest(string text, int at)
    {
        if (at >= text.Length || !_byFirst.TryGetValue(text[at], out var candidates))
        {
            return null;
        }

        foreach (var candidate in candidates)
        {
            if (string.CompareOrdinal(text, at, candidate.Term, 0, candidate.Term.Length) == 0)
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>Whether <paramref name="term"/> is a word of the general glossaries (not only learned).</summary>
    public static bool IsGeneral(string term) =>
        TermGlossary.Words.Any(t => t.Term == term) || Glossary.Terms.Any(t => t.Term == term);

    /// <summary>A label without the marks a key never spells (quotation marks, brackets, spaces).</summary>
    public static string Clean(string label)
    {
        var text = KeyVocabulary.Normalize(label);
        foreach (var mark in Punctuation)
        {
            text = text.Replace(mark, string.Empty);
        }

        return text;
    }

    /// <summary>A key's CamelCase tokens: NewProvincialSmeTechEnterprises → New, Provincial, Sme, Tech, Enterprises; Over100Million → Over, 100, Million.</summary>
    public static List<string> Split(string key) => Token.Matches(key).Cast<Match>().Select(m => m.Value).ToList();

    /// <summary>Whether two tokens are the same word, singular or plural (Village, Villages).</summary>
    public static bool SameWord(string a, string b) => a == b || Singular(a) == Singular(b);

    /// <summary>The singular of an English noun token (Facilities → Facility, Parks → Park); others unchanged.</summary>
    public static string Singular(string word)
    {
        if (word.Length > 4 && word.EndsWith("ies", StringComparison.Ordinal))
        {
            return word.Substring(0, word.Length - 3) + "y";
        }

        if (word.Length > 4 && (word.EndsWith("ches", StringComparison.Ordinal) || word.EndsWith("xes", StringComparison.Ordinal) || word.EndsWith("sses", StringComparison.Ordinal)))
        {
            return word.Substring(0, word.Length - 2);
        }

        return word.Length > 3 && word.EndsWith("s", StringComparison.Ordinal) && !word.EndsWith("ss", StringComparison.Ordinal) && !word.EndsWith("us", StringComparison.Ordinal)
            ? word.Substring(0, word.Length - 1)
            : word;
    }

    /// <summary>Whether a composed word reads as a participle (Demolished, Started), which a count's plural skips.</summary>
    public static bool IsParticiple(string word) => word.Length >= 5 && word.EndsWith("ed", StringComparison.Ordinal);

    /// <summary>The plural of a PascalCase compound's last word (Enterprise → Enterprises, Facility → Facilities).</summary>
    public static string Plural(string word)
    {
        if (word.EndsWith("s", StringComparison.Ordinal) || word.EndsWith("Output", StringComparison.Ordinal) || word.EndsWith("Land", StringComparison.Ordinal)
            || word.EndsWith("GreenSpace", StringComparison.Ordinal) || word.EndsWith("Housing", StringComparison.Ordinal) || IsParticiple(word)
            || word.EndsWith("Area", StringComparison.Ordinal) && !word.EndsWith("ScenicArea", StringComparison.Ordinal) || word.EndsWith("Capacity", StringComparison.Ordinal))
        {
            return word;
        }

        if (word.EndsWith("y", StringComparison.Ordinal) && word.Length > 1 && "aeiou".IndexOf(word[word.Length - 2]) < 0)
        {
            return word.Substring(0, word.Length - 1) + "ies";
        }

        return word.EndsWith("ch", StringComparison.Ordinal) || word.EndsWith("x", StringComparison.Ordinal) ? word + "es" : word + "s";
    }
}
