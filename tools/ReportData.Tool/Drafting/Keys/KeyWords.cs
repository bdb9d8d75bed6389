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

    private readonly Dictionary<char, Entry[]> _byFirst;

    /// <summary>The general dictionary only (nothing learned), the lexicon included: what a label is composed from.</summary>
    public static KeyWords General { get; } = new(Array.Empty<(string, string)>());

    /// <summary>The glossaries only (nothing learned, no <see cref="TermLexicon"/>): what a folder's keys are aligned against.</summary>
    public static KeyWords Glossaries { get; } = new(Array.Empty<(string, string)>(), withLexicon: false);

    /// <param name="learned">Terms learned from a folder's keys; on the same term they win over the general dictionary (<see cref="GeneralWords"/>).</param>
    /// <param name="withLexicon">
    /// Whether <see cref="TermLexicon"/> is part of the dictionary. Learning reads labels without it: a lexicon word the folder translates
    /// otherwise would be an anchor its key never spells, and the folder's own translation of it would not be learned.
    /// </param>
    public KeyWords(IEnumerable<(string Term, string English)> learned, bool withLexicon = true)
    {
        var general = (withLexicon ? GeneralWords.Terms : GeneralWords.GlossaryTerms)
            .Select(t => new Entry(t.Term, t.English, false, withLexicon && !GeneralWords.IsGlossaryTerm(t.Term)));
        _byFirst = learned.Select(t => new Entry(t.Term, t.English, true, false)).Concat(general)
            .Where(t => t.Term.Length > 0)
            .GroupBy(t => t.Term[0])
            .ToDictionary(
                group => group.Key,
                group => group.GroupBy(t => t.Term, StringComparer.Ordinal).Select(same => same.First())
                    .OrderByDescending(t => t.Term.Length).ThenBy(t => t.Term, StringComparer.Ordinal).ToArray());
    }

    /// <summary>
    /// The longest known term starting at <paramref name="at"/>, or null. A term only the lexicon knows gives way to a learned term that
    /// starts inside it and ends beyond it: the lexicon word would cut the folder's phrase in two. (At the same place the longer
    /// term wins, as between learned and glossary terms: the learned ones include short fragments of the folder's labels, and a
    /// longer word there is the more specific one.)
    /// </summary>
    public (string Term, string English, bool Learned)? Longest(string text, int at)
    {
        if (at >= text.Length || !_byFirst.TryGetValue(text[at], out var candidates))
        {
            return null;
        }

        foreach (var candidate in candidates)
        {
            if (string.CompareOrdinal(text, at, candidate.Term, 0, candidate.Term.Length) != 0)
            {
                continue;
            }

            if (!candidate.Lexicon || !CutsLearned(text, at, candidate.Term.Length))
            {
                return (candidate.Term, candidate.English, candidate.Learned);
            }
        }

        return null;
    }

    /// <summary>Whether a learned term starts inside text[at, at + length) and ends beyond it.</summary>
    private bool CutsLearned(string text, int at, int length)
    {
        for (var inside = at + 1; inside < at + length; inside++)
        {
            if (_byFirst.TryGetValue(text[inside], out var candidates)
                && candidates.Any(c => c.Learned && inside + c.Term.Length > at + length && string.CompareOrdinal(text, inside, c.Term, 0, c.Term.Length) == 0))
            {
                return true;
            }
        }

        return false;
    }

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

    /// <summary>Nouns whose plural is no added s (a count of children, of people).</summary>
    private static readonly (string Singular, string Plural)[] Irregular = { ("Child", "Children"), ("Woman", "Women"), ("Person", "People") };

    /// <summary>Nouns already plural or not counted one by one: a count keeps them as they are (Children, Personnel, Equipment).</summary>
    private static readonly string[] Uncounted = { "Children", "Women", "People", "Personnel", "Staff", "Equipment", "Machinery", "Data", "Elderly", "Disabled", "Youth" };

    /// <summary>The plural of a PascalCase compound's last word (Enterprise → Enterprises, Facility → Facilities).</summary>
    public static string Plural(string word)
    {
        foreach (var (singular, plural) in Irregular)
        {
            if (word.EndsWith(singular, StringComparison.Ordinal))
            {
                return word.Substring(0, word.Length - singular.Length) + plural;
            }
        }

        if (Uncounted.Any(noun => word.EndsWith(noun, StringComparison.Ordinal)))
        {
            return word;
        }

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

    /// <summary>A term of the dictionary: learned from the folder, or general; <c>Lexicon</c> when only <see cref="TermLexicon"/> has it.</summary>
    private readonly record struct Entry(string Term, string English, bool Learned, bool Lexicon);
}
