using System.Collections.Generic;
using System.Linq;

namespace ReportData.Tool.Drafting;

/// <summary>
/// The general dictionary the composer and the alignment read, in precedence order: <see cref="TermGlossary"/>, then
/// <see cref="Glossary"/>, then <see cref="TermLexicon"/> (on the same term or verb the earlier one wins; what a folder's
/// keys teach wins over all of them, in <see cref="KeyWords"/> and <see cref="LearnedTerms"/>).
/// </summary>
internal static class GeneralWords
{
    /// <summary>The glossaries' terms (<see cref="TermGlossary"/>, then <see cref="Glossary"/>), without the lexicon.</summary>
    public static IReadOnlyList<(string Term, string English)> GlossaryTerms { get; } =
        TermGlossary.Words.Concat(Glossary.Terms.Select(t => (t.Term, t.Key))).ToArray();

    /// <summary>Every general term with its English, the earlier source first.</summary>
    public static IReadOnlyList<(string Term, string English)> Terms { get; } = GlossaryTerms.Concat(TermLexicon.Words).ToArray();

    /// <summary>The glossaries' terms a key does not spell (规模以上): skipped at a span's edges when aligning, which reads no lexicon.</summary>
    public static IReadOnlyList<string> Untranslated { get; } =
        GlossaryTerms.Where(t => t.English.Length == 0).Select(t => t.Term).Distinct().ToArray();

    /// <summary>Leading verbs that make a key <c>New…</c>.</summary>
    public static IReadOnlyList<string> AddingVerbs { get; } = TermGlossary.AddingVerbs.Concat(TermLexicon.AddingVerbs).Distinct().ToArray();

    /// <summary>Leading verbs that become a participle after the object; the glossary's first.</summary>
    public static IReadOnlyList<(string Verb, string Participle)> ActingVerbs { get; } =
        TermGlossary.ActingVerbs.Concat(TermLexicon.ActingVerbs.Where(v => !TermGlossary.ActingVerbs.Any(g => g.Verb == v.Verb))).ToArray();

    /// <summary>Leading verbs that say nothing a key keeps.</summary>
    public static IReadOnlyList<string> PlainVerbs { get; } = TermGlossary.PlainVerbs.Concat(TermLexicon.PlainVerbs).Distinct().ToArray();

    private static readonly HashSet<string> TermSet = new(Terms.Select(t => t.Term), System.StringComparer.Ordinal);

    private static readonly HashSet<string> GlossarySet = new(GlossaryTerms.Select(t => t.Term), System.StringComparer.Ordinal);

    /// <summary>Whether <paramref name="term"/> is a word of <see cref="TermGlossary"/> or <see cref="Glossary"/> (not only of the lexicon).</summary>
    public static bool IsGlossaryTerm(string term) => GlossarySet.Contains(term);

    /// <summary>Whether <paramref name="term"/> is a word of the general dictionary.</summary>
    public static bool Contains(string term) => TermSet.Contains(term);
}
