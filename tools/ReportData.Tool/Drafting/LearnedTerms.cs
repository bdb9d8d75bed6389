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

    public static LearnedTerms None { get; } = new(Array.Empty<(string, string)>(), new Dictionary<string, string>());

    public LearnedTerms(IReadOnlyList<(string Term, string English)> terms, Dictionary<string, string> verbs)
    {
        Terms = terms;
        _verbs = verbs;
        Words = new KeyWords(terms);
    }

    /// <summary>The learned terms, each with the English the folder's keys most often give it.</summary>
    public IReadOnlyList<(string Term, string English)> Terms { get; }

    /// <summary>The learned terms and the general glossaries, for looking labels up.</summary>
    public KeyWords Words { get; }

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

        if (TermGlossary.AddingVerbs.Contains(verb))
        {
            return "New";
        }

        foreach (var (acting, participle) in TermGlossary.ActingVerbs)
        {
            if (acting == verb)
            {
                return participle;
            }
        }

        return TermGlossary.PlainVerbs.Contains(verb) ? string.Empty : null;
    }

    /// <summary>The longest known verb <paramref name="text"/> starts with, when something follows it and no longer word starts there (完成率 is a word).</summary>
    public string? LeadingVerb(string text) => LeadingVerb(text, wordsWin: true);

    /// <param name="wordsWin">Whether a longer known word at the start (新增上市企业, 完成率) means there is no verb.</param>
    public string? LeadingVerb(string text, bool wordsWin)
    {
        var verb = TermGlossary.AddingVerbs.Concat(TermGlossary.ActingVerbs.Select(v => v.Verb)).Concat(TermGlossary.PlainVerbs).Concat(_verbs.Keys)
            .Where(v => text.Length > v.Length && text.StartsWith(v, StringComparison.Ordinal))
            .OrderByDescending(v => v.Length).ThenBy(v => v, StringComparer.Ordinal).FirstOrDefault();
        return verb is not null && wordsWin && Words.Longest(text, 0) is { } word && word.Term.Length > verb.Length ? null : verb;
    }
}
