using System;
using System.Collections.Generic;
using System.Linq;

namespace ReportData.Tool.Drafting;

/// <summary>
/// What a folder's keys teach about translating labels: Chinese terms and the English the folder writes for
/// them (城中村 → UrbanVillage, 科技型中小微企业 → SmeTechEnterprise), and how it renders a leading verb
/// (培育 → New…, 引进 → …Recruited, 完成 → nothing). Learned by <see cref="KeyAlignment"/>, used by <see cref="KeyComposer"/>.
/// </summary>
internal sealed class LearnedTerms
{
    private readonly Dictionary<string, string> _verbs;

    /// <summary>Every verb <see cref="LeadingVerb(string, bool, KeyWords?, bool)"/> knows, longest first: sorted once, as it is read for every label.</summary>
    private readonly string[] _verbsLongestFirst;

    /// <summary>Nothing learned: the general dictionary's words, the same <see cref="KeyWords"/> as <see cref="KeyWords.General"/> and <see cref="KeyWords.Glossaries"/>, not built again.</summary>
    public static LearnedTerms None { get; } = new(Array.Empty<(string, string)>(), new Dictionary<string, string>(), KeyWords.General, KeyWords.Glossaries);

    public LearnedTerms(IReadOnlyList<(string Term, string English)> terms, Dictionary<string, string> verbs)
        : this(terms, verbs, new KeyWords(terms), new KeyWords(terms, withLexicon: false))
    {
    }

    private LearnedTerms(IReadOnlyList<(string Term, string English)> terms, Dictionary<string, string> verbs, KeyWords words, KeyWords wordsWithoutLexicon)
    {
        Terms = terms;
        _verbs = verbs;
        _verbsLongestFirst = GeneralWords.AddingVerbs.Concat(GeneralWords.ActingVerbs.Select(v => v.Verb)).Concat(GeneralWords.PlainVerbs).Concat(verbs.Keys)
            .Distinct(StringComparer.Ordinal).OrderByDescending(v => v.Length).ThenBy(v => v, StringComparer.Ordinal).ToArray();
        Words = words;
        WordsWithoutLexicon = wordsWithoutLexicon;
    }

    /// <summary>The learned terms, each with the English the folder's keys most often give it.</summary>
    public IReadOnlyList<(string Term, string English)> Terms { get; }

    /// <summary>The learned terms and the general dictionary (the lexicon included), for composing keys from labels.</summary>
    public KeyWords Words { get; }

    /// <summary>The learned terms and the glossaries without the lexicon, for learning from a folder's keys (<see cref="KeyAlignment"/>).</summary>
    public KeyWords WordsWithoutLexicon { get; }

    /// <summary>
    /// How a leading verb shows in a key: <c>New</c> (a prefix), a participle after the object (<c>Demolished</c>), or
    /// empty (nothing). The folder's majority where it has one, else the general glossary's; null for no known verb.
    /// </summary>
    public string? StyleOf(string verb)
    {
        if (_verbs.TryGetValue(verb, out var learned))
        {
            return learned;
        }

        if (GeneralWords.AddingVerbs.Contains(verb))
        {
            return "New";
        }

        foreach (var (acting, participle) in GeneralWords.ActingVerbs)
        {
            if (acting == verb)
            {
                return participle;
            }
        }

        return GeneralWords.PlainVerbs.Contains(verb) ? string.Empty : null;
    }

    /// <summary>The longest known verb <paramref name="text"/> starts with, when something follows it and no longer word starts there (完成率 is a word).</summary>
    public string? LeadingVerb(string text) => LeadingVerb(text, wordsWin: true);

    /// <param name="wordsWin">Whether a longer known word at the start (新增上市企业, 完成率) means there is no verb.</param>
    /// <param name="words">The words that win; <see cref="Words"/> when null.</param>
    /// <param name="mayBeWhole">Whether the verb may be all of <paramref name="text"/> (开工建设 read verb by verb); else something must follow it.</param>
    public string? LeadingVerb(string text, bool wordsWin, KeyWords? words = null, bool mayBeWhole = false)
    {
        string? verb = null;
        foreach (var known in _verbsLongestFirst)
        {
            if ((text.Length > known.Length || mayBeWhole && text.Length == known.Length) && text.StartsWith(known, StringComparison.Ordinal))
            {
                verb = known;
                break;
            }
        }

        return verb is not null && wordsWin && (words ?? Words).Longest(text, 0) is { } word && word.Term.Length > verb.Length ? null : verb;
    }
}
