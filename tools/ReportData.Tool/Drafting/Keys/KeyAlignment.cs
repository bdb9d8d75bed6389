using System;
using System.Collections.Generic;
using System.Linq;

namespace ReportData.Tool.Drafting;

/// <summary>
/// Learns a folder's translation style by aligning each figure's label with its key. The label is cut into the
/// words the glossaries (and earlier passes) know; each known word is found among the key's CamelCase tokens, in
/// order; what lies between two found words on both sides is taken as a translation (完成|城中村|拆迁 against
/// UrbanVillages|Demolished). Runs of aligned words whose tokens are contiguous become phrases (现代农业园区 →
/// ModernAgriculturePark), so the folder's word order and word choice carry over to new labels. A leading verb is
/// counted as the folder renders it: <c>New</c> at the key's start, a participle at its end, or nothing.
/// </summary>
internal static class KeyAlignment
{
    private const int Passes = 2;

    private const int MaxGapCharacters = 8;

    private const int MaxGapTokens = 5;

    private const int MaxPhraseUnits = 6;

    /// <summary>Numbers in words in a label (亿元以上, 百亿) are thresholds or rates, spelled in the key by hand.</summary>
    private static readonly char[] NumeralsInWords = { '亿', '万', '千', '百' };

    /// <param name="entries">Known figures: label as printed, key, and whether the figure is a count (its key's last noun is plural).</param>
    public static LearnedTerms Learn(IEnumerable<(string Label, string Key, bool IsCount)> entries)
    {
        var distinct = entries.Distinct().ToList();
        var learned = LearnedTerms.None;
        // The tallies run over both passes: a later pass reads labels with the longest phrases learned before, so the shorter
        // phrases inside them (现代农业园区 inside 省级现代农业园区) must keep what the first pass counted.
        var words = new Tally();
        var verbs = new Tally();
        for (var pass = 0; pass < Passes; pass++)
        {
            foreach (var (label, key, isCount) in distinct)
            {
                Align(label, key, isCount, learned, words, verbs);
            }

            learned = new LearnedTerms(
                words.Best().Where(t => t.Term.Length >= 2 && KeyWords.Split(t.English).Count >= KnownWords(t.Term)).ToList(),
                verbs.Best().Where(t => verbs.IsClear(t.Term)).ToDictionary(t => t.Term, t => t.English, StringComparer.Ordinal));
        }

        return learned;
    }

    private static void Align(string label, string key, bool isCount, LearnedTerms learned, Tally words, Tally verbs)
    {
        var text = KeyWords.Clean(label);
        var tokens = KeyWords.Split(key);
        if (text.Length == 0 || tokens.Count == 0 || text.Any(char.IsDigit) || text.IndexOfAny(NumeralsInWords) >= 0 || tokens.Any(t => char.IsDigit(t[0])))
        {
            // Thresholds spell their digits (NewProjectsOver10Billion from 投资超百亿): no word to learn there.
            return;
        }

        if (tokens[tokens.Count - 1] == "Growth")
        {
            tokens.RemoveAt(tokens.Count - 1);
            text = KeyComposer.GrowthWords.FirstOrDefault(w => text.EndsWith(w, StringComparison.Ordinal) && text.Length > w.Length) is { } word ? text.Substring(0, text.Length - word.Length) : text;
        }

        if (tokens.Count == 0)
        {
            return;
        }

        var (start, end) = (0, tokens.Count);
        var verb = learned.LeadingVerb(text, wordsWin: true, learned.WordsWithoutLexicon);
        var rest = verb is null ? text : text.Substring(verb.Length);
        var endsInNoun = EndsInNoun(rest, learned.WordsWithoutLexicon);
        if (verb is not null)
        {
            text = rest;
            if (tokens[0] == "New")
            {
                verbs.Add(verb, "New");
                start = 1;
            }
            else if (KeyWords.IsParticiple(tokens[end - 1]) && endsInNoun)
            {
                verbs.Add(verb, tokens[end - 1]);
                end--;
            }
            else if (!KeyWords.IsParticiple(tokens[end - 1]))
            {
                verbs.Add(verb, string.Empty);
            }
        }
        else if (tokens[0] != "New" && KeyWords.IsParticiple(tokens[end - 1]) && text.Length > 3 && learned.WordsWithoutLexicon.Longest(text, 0) is null && EndsInNoun(text.Substring(2), learned.WordsWithoutLexicon))
        {
            // An unknown verb whose participle closes the key (消除|集体经济薄弱村 → …Eliminated): Chinese verbs are mostly two characters.
            verbs.Add(text.Substring(0, 2), tokens[end - 1]);
            (text, end) = (text.Substring(2), end - 1);
        }

        // A count's plural noun is its last token but a participle; a span ending there is learned singular (the composer makes it plural again).
        var nounEnd = end > start && KeyWords.IsParticiple(tokens[end - 1]) ? end - 1 : end;
        string English(int from, int to) =>
            string.Concat(tokens.Skip(from).Take(to - from).Select((t, i) => isCount && to == nounEnd && from + i == nounEnd - 1 ? KeyWords.Singular(t) : t));

        // Known words found among the key's tokens, in order.
        var anchors = new List<Unit>();
        var cursor = start;
        foreach (var (segmentStart, segmentEnd, english, isLearned) in Segment(text, learned.WordsWithoutLexicon))
        {
            var wanted = english is null ? null : KeyWords.Split(english);
            if (wanted is { Count: > 0 } && Find(tokens, wanted, cursor, end) is var at && at >= 0)
            {
                anchors.Add(new Unit(segmentStart, segmentEnd, at, at + wanted.Count, Learnable: false));
                cursor = at + wanted.Count;
                if (isLearned)
                {
                    // Found again in this pass: it stays learned.
                    words.Add(text.Substring(segmentStart, segmentEnd - segmentStart), English(at, cursor));
                }
            }
        }

        // What lies between two anchors on both sides translates each other.
        var units = new List<Unit>(anchors);
        var previous = new Unit(0, 0, start, start, false);
        var (labelOnly, tokensOnly) = (new List<Unit>(), new List<Unit>());
        foreach (var next in anchors.Append(new Unit(text.Length, text.Length, end, end, false)))
        {
            var (gapStart, gapEnd) = Trim(text, previous.End, next.Start, learned.WordsWithoutLexicon);
            var tokenCount = next.TokenStart - previous.TokenEnd;
            if (gapEnd > gapStart != tokenCount > 0)
            {
                (gapEnd > gapStart ? labelOnly : tokensOnly).Add(new Unit(gapStart, gapEnd, previous.TokenEnd, next.TokenStart, true));
            }

            if (gapEnd > gapStart && tokenCount > 0 && gapEnd - gapStart <= MaxGapCharacters && tokenCount <= MaxGapTokens)
            {
                var gap = text.Substring(gapStart, gapEnd - gapStart);
                var english = English(previous.TokenEnd, next.TokenStart);
                var known = learned.WordsWithoutLexicon.Longest(gap, 0) is { } word && word.Term.Length == gap.Length ? word.English : null;
                if (TermGlossary.Fillers.Contains(gap))
                {
                    // 市级以上… → MunicipalOrAbove…: a filler the folder once spelled out is no translation to reuse.
                }
                else if (known is null)
                {
                    units.Add(new Unit(gapStart, gapEnd, previous.TokenEnd, next.TokenStart, true));
                    words.Add(gap, english);
                }
                else if (known.Length >= 5 && english.Length >= 5 && string.CompareOrdinal(known, 0, english, 0, 5) == 0)
                {
                    // A known word spelled another way (农业: Agricultural, here Agriculture) joins phrases, not the dictionary;
                    // one the key left elsewhere (龙头企业 against …Enterprises with Leading before) joins nothing.
                    units.Add(new Unit(gapStart, gapEnd, previous.TokenEnd, next.TokenStart, false));
                }
            }

            previous = next;
        }

        if (labelOnly.Count == 1 && tokensOnly.Count == 1 && Crossing(labelOnly[0], tokensOnly[0], anchors) is { } block
            && block.End - block.Start <= MaxGapCharacters + 2 && block.TokenEnd - block.TokenStart <= MaxGapTokens)
        {
            words.Add(text.Substring(block.Start, block.End - block.Start), English(block.TokenStart, block.TokenEnd));
        }

        // Runs of units in label order whose tokens follow each other in the key are phrases.
        units.Sort((a, b) => a.Start.CompareTo(b.Start));
        for (var first = 0; first < units.Count; first++)
        {
            for (var last = first + 1; last < units.Count && last - first < MaxPhraseUnits && units[last].TokenStart == units[last - 1].TokenEnd && Adjoins(text, units[last - 1].End, units[last].Start); last++)
            {
                words.Add(text.Substring(units[first].Start, units[last].End - units[first].Start), English(units[first].TokenStart, units[last].TokenEnd));
            }
        }
    }

    /// <summary>
    /// Words the key orders otherwise than the label: 科技型|中小企业 against Sme|Tech|Enterprises leaves 科技型 with no token and
    /// Tech|Enterprises with no word, on either side of the crossing anchor 中小企业 → Sme. The block of the unexplained words, the
    /// unexplained tokens and the anchors crossing between them translates as a whole; null when no anchor crosses.
    /// </summary>
    private static Unit? Crossing(Unit label, Unit tokens, List<Unit> anchors)
    {
        var (start, end, tokenStart, tokenEnd) = (label.Start, label.End, tokens.TokenStart, tokens.TokenEnd);
        var crossed = false;
        for (var grown = true; grown;)
        {
            grown = false;
            foreach (var anchor in anchors.Where(a => a.End <= start || a.Start >= end))
            {
                var rightThenLeft = anchor.Start == end && anchor.TokenEnd == tokenStart;
                var leftThenRight = anchor.End == start && anchor.TokenStart == tokenEnd;
                if (rightThenLeft || leftThenRight)
                {
                    (start, end) = (Math.Min(start, anchor.Start), Math.Max(end, anchor.End));
                    (tokenStart, tokenEnd) = (Math.Min(tokenStart, anchor.TokenStart), Math.Max(tokenEnd, anchor.TokenEnd));
                    (grown, crossed) = (true, true);
                }
            }
        }

        return crossed ? new Unit(start, end, tokenStart, tokenEnd, true) : null;
    }

    /// <summary>
    /// How many words of the general glossaries that are translated <paramref name="term"/> holds: a learned English with fewer
    /// tokens than that dropped some (省科技型中小企业 → ProvincialSme lost 科技型) and is not kept.
    /// </summary>
    private static int KnownWords(string term) =>
        Segment(term, KeyWords.Glossaries).Count(segment => segment.English is { Length: > 0 } english && english != "And");

    /// <summary>Whether only fillers or plain verbs (的, 建设) stand between two spans of the label.</summary>
    private static bool Adjoins(string text, int end, int start)
    {
        var between = start > end ? text.Substring(end, start - end) : string.Empty;
        return between.Length == 0 || TermGlossary.Fillers.Contains(between) || GeneralWords.PlainVerbs.Contains(between)
            || GeneralWords.Untranslated.Contains(between);
    }

    /// <summary>Whether the label's last word is a known word that is no participle (…薄弱村: 村 is Village).</summary>
    private static bool EndsInNoun(string text, KeyWords words)
    {
        var segments = Segment(text, words);
        return segments.Count > 0 && segments[segments.Count - 1].English is { Length: > 0 } english && !KeyWords.IsParticiple(english);
    }

    /// <summary>The label cut into the longest known words from the left; a run of unknown characters is one segment with no English.</summary>
    private static List<(int Start, int End, string? English, bool Learned)> Segment(string text, KeyWords words)
    {
        var segments = new List<(int Start, int End, string? English, bool Learned)>();
        for (var at = 0; at < text.Length;)
        {
            var filler = TermGlossary.Fillers.FirstOrDefault(f => string.CompareOrdinal(text, at, f, 0, f.Length) == 0);
            if (words.Longest(text, at) is { } hit && (filler is null || hit.Term.Length >= filler.Length))
            {
                segments.Add((at, at + hit.Term.Length, hit.English, hit.Learned));
                at += hit.Term.Length;
            }
            else if (filler is not null)
            {
                segments.Add((at, at + filler.Length, string.Empty, false));
                at += filler.Length;
            }
            else if (at > 0 && GeneralWords.PlainVerbs.FirstOrDefault(v => string.CompareOrdinal(text, at, v, 0, v.Length) == 0) is { } verb)
            {
                segments.Add((at, at + verb.Length, string.Empty, false));
                at += verb.Length;
            }
            else if (segments.Count > 0 && segments[segments.Count - 1] is { English: null } open && open.End == at)
            {
                segments[segments.Count - 1] = (open.Start, at + 1, null, false);
                at++;
            }
            else
            {
                segments.Add((at, at + 1, text[at] is '和' or '及' or '与' ? "And" : null, false));
                at++;
            }
        }

        return segments;
    }

    /// <summary>The fillers and the untranslated words, in that order: joined once, as <see cref="Trim"/> reads them for every gap.</summary>
    private static readonly string[] EdgeWords = TermGlossary.Fillers.Concat(GeneralWords.Untranslated).ToArray();

    /// <summary>A gap without the fillers and untranslated words at its edges (的, 规模以上).</summary>
    private static (int Start, int End) Trim(string text, int start, int end, KeyWords words)
    {
        var trimmed = true;
        while (trimmed && start < end)
        {
            trimmed = false;
            foreach (var filler in EdgeWords)
            {
                if (end - start > filler.Length && string.CompareOrdinal(text, start, filler, 0, filler.Length) == 0)
                {
                    (start, trimmed) = (start + filler.Length, true);
                }
                else if (end - start > filler.Length && string.CompareOrdinal(text, end - filler.Length, filler, 0, filler.Length) == 0)
                {
                    (end, trimmed) = (end - filler.Length, true);
                }
            }
        }

        return (start, end);
    }

    private static int Find(List<string> tokens, List<string> wanted, int from, int to)
    {
        for (var at = from; at + wanted.Count <= to; at++)
        {
            if (wanted.Select((w, i) => KeyWords.SameWord(w, tokens[at + i])).All(same => same))
            {
                return at;
            }
        }

        return -1;
    }

    /// <summary>A span of the label and the key tokens it stands for; <c>Learnable</c> when it is no single known word.</summary>
    private sealed record Unit(int Start, int End, int TokenStart, int TokenEnd, bool Learnable);

    /// <summary>Counts of the English seen for each term, in the order first seen (so ties keep the earlier file's).</summary>
    private sealed class Tally
    {
        private readonly Dictionary<string, List<(string English, int Count)>> _counts = new(StringComparer.Ordinal);
        private readonly List<string> _order = new();

        public void Add(string term, string english)
        {
            if (!_counts.TryGetValue(term, out var seen))
            {
                _counts[term] = seen = new List<(string, int)>();
                _order.Add(term);
            }

            var index = seen.FindIndex(s => s.English == english);
            if (index < 0)
            {
                seen.Add((english, 1));
            }
            else
            {
                seen[index] = (english, seen[index].Count + 1);
            }
        }

        /// <summary>Each term with its most frequent English (the first seen of equals).</summary>
        public IEnumerable<(string Term, string English)> Best() =>
            _order.Select(term => (term, _counts[term].OrderByDescending(s => s.Count).First().English));

        /// <summary>Whether one English leads for <paramref name="term"/> (no tie at the top).</summary>
        public bool IsClear(string term)
        {
            var counts = _counts[term].Select(s => s.Count).OrderByDescending(c => c).ToList();
            return counts.Count == 1 || counts[0] > counts[1];
        }
    }
}
