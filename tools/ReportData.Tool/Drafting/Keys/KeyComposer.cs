using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace ReportData.Tool.Drafting;

/// <summary>
/// Composes a key from a label that no vocabulary names, word by word from the general dictionary (<see cref="GeneralWords"/>:
/// <see cref="TermGlossary"/>, <see cref="Glossary"/>, <see cref="TermLexicon"/>) after what the folder's keys teach: the
/// label is cut into the longest known words from the left (新增|省级|科技型|中小企业 → New Provincial SciTech Sme),
/// an adding verb makes it <c>New…</c>, an acting verb a participle after the object (拆除违法建筑 → …Demolished),
/// a count's last noun is plural, a change is <c>…Growth</c>. Only a label covered word for word gets a key: one
/// unknown character and the composer gives none (a placeholder stays, for a person). Composed keys are
/// always marked for review.
/// </summary>
internal static class KeyComposer
{
    /// <summary>Words that close a change's label (增长, 下降, ...), which the key renders as <c>…Growth</c>.</summary>
    internal static readonly string[] GrowthWords = { "增长", "增速", "增幅", "下降", "降低", "提高", "提升", "增收", "上涨", "涨幅" };

    /// <summary>The composed key, or null when some part of the label is no known word.</summary>
    /// <param name="learned">What the folder's keys teach (<see cref="KeyAlignment"/>); the general glossaries alone when null.</param>
    /// <param name="lexicon">Whether <see cref="TermLexicon"/>'s words compose too, or only the glossaries and the learned terms.</param>
    public static string? Compose(string label, bool isGrowth, bool isCount, LearnedTerms? learned = null, bool lexicon = true)
    {
        learned ??= LearnedTerms.None;
        var text = KeyWords.Clean(label);
        if (KeyPhrases.SplitThreshold(text) is { } threshold)
        {
            // 新增营收超百亿企业 → NewEnterprises + Over10Billion (before a Growth, if any).
            return Compose(threshold.Label, isGrowth, isCount, learned, lexicon) is { } counted
                ? counted.EndsWith("Growth", StringComparison.Ordinal) ? counted.Substring(0, counted.Length - 6) + threshold.Words + "Growth" : counted + threshold.Words
                : null;
        }

        if (!isGrowth && !isCount && KeyPhrases.SplitShare(text) is { } share && !NamesRatio(share.Part))
        {
            // 集体林地流转占可流转林地比例 → CollectiveForestLandTransfer + Share.
            return Compose(share.Part, isGrowth: false, isCount: false, learned, lexicon) is { } part ? part + share.Words : null;
        }
        var growth = false;
        foreach (var word in GrowthWords)
        {
            if (isGrowth && text.EndsWith(word, StringComparison.Ordinal) && text.Length > word.Length)
            {
                text = text.Substring(0, text.Length - word.Length);
                growth = true;
                break;
            }
        }

        if (isGrowth && !growth)
        {
            return null;
        }

        var prefix = string.Empty;
        var participle = string.Empty;
        while (learned.LeadingVerb(text) is { } verb)
        {
            // 新增 → New…, 拆除 → …Demolished, 完成 → nothing: as the folder renders the verb, else as the glossary does.
            var style = learned.StyleOf(verb) ?? string.Empty;
            if (style == "New")
            {
                prefix = "New";
            }
            else if (style.Length > 0 && participle.Length == 0)
            {
                participle = style;
            }

            text = text.Substring(verb.Length);
        }

        var words = Words(text, lexicon ? learned.Words : learned.WordsWithoutLexicon);
        if (words is null || words.Count == 0 || words.All(w => w.Length == 0))
        {
            return null;
        }

        words.RemoveAll(w => w.Length == 0);
        if (words.All(w => KeyWords.Split(w).Count == 1 && KeyWords.IsParticiple(w)))
        {
            // 开工建设 alone names what was done, not what: no key.
            return null;
        }

        if (isCount)
        {
            // The count's noun is the last word that is no participle (城中村|拆迁 → UrbanVillages Demolished).
            var noun = words.Count > 1 && KeyWords.IsParticiple(words[words.Count - 1]) ? words.Count - 2 : words.Count - 1;
            // 未来乡村 counts villages, 规上工业企业 enterprises: a modifier's word is no count's head noun.
            words[noun] = KeyWords.Plural(words[noun] switch { "Rural" => "Village", "Industrial" => "IndustrialEnterprise", var word => word });
        }

        // 新增|新产品 is NewNewProduct in no key: the word's own New is enough.
        var key = new StringBuilder(prefix == "New" && words[0].StartsWith("New", StringComparison.Ordinal) ? string.Empty : prefix);
        foreach (var word in words.Where((w, i) => i == 0 || w != words[i - 1]))
        {
            AppendWithoutOverlap(key, word);
        }

        if (!key.ToString().EndsWith(participle, StringComparison.Ordinal))
        {
            key.Append(participle);
        }

        if (growth)
        {
            key.Append("Growth");
        }

        var composed = key.ToString();
        return composed.Length > 0 && char.IsUpper(composed[0]) ? composed : null;
    }

    /// <summary>
    /// Appends a word, first dropping the key's last tokens that the word starts with: 空气|质量|优良天数比例 is Air, Quality and
    /// AirQualityGoodRate, and the key says AirQuality once (AirQualityGoodRate).
    /// </summary>
    private static void AppendWithoutOverlap(StringBuilder key, string word)
    {
        var keyTokens = KeyWords.Split(key.ToString());
        var wordTokens = KeyWords.Split(word);
        for (var overlap = Math.Min(keyTokens.Count, wordTokens.Count - 1); overlap > 0; overlap--)
        {
            if (keyTokens.Skip(keyTokens.Count - overlap).SequenceEqual(wordTokens.Take(overlap), StringComparer.Ordinal))
            {
                key.Length -= keyTokens.Skip(keyTokens.Count - overlap).Sum(token => token.Length);
                break;
            }
        }

        key.Append(word);
    }

    /// <summary>Whether the part names an indicator that is a ratio already (R&amp;D经费 → RdIntensity): 占GDP比重 adds nothing to it.</summary>
    private static bool NamesRatio(string part) =>
        Glossary.Terms.Any(t => part.Contains(t.Term) && (t.Key.EndsWith("Intensity", StringComparison.Ordinal) || t.Key.EndsWith("Share", StringComparison.Ordinal) || t.Key.EndsWith("Rate", StringComparison.Ordinal)));

    private static List<string>? Words(string text, KeyWords known)
    {
        var words = new List<string>();
        var at = 0;
        while (at < text.Length)
        {
            var filler = TermGlossary.Fillers.FirstOrDefault(f => string.CompareOrdinal(text, at, f, 0, f.Length) == 0);
            if (known.Longest(text, at) is { } hit && (filler is null || hit.Term.Length >= filler.Length))
            {
                words.Add(hit.English);
                at += hit.Term.Length;
            }
            else if (filler is not null)
            {
                at += filler.Length;
            }
            else if (at > 0 && GeneralWords.PlainVerbs.FirstOrDefault(v => string.CompareOrdinal(text, at, v, 0, v.Length) == 0) is { } verb)
            {
                // 重点项目完成投资 → KeyProjectsInvestment: a plain verb inside a label says nothing a key keeps.
                at += verb.Length;
            }
            else if (at > 0 && GeneralWords.ActingVerbs.FirstOrDefault(v => string.CompareOrdinal(text, at, v.Verb, 0, v.Verb.Length) == 0) is { Verb: not null } acting)
            {
                // 城中村整治 → UrbanVillagesRectified: an acting verb closing the label is its participle; inside it
                // (棚户区改造安置房 → ShantytownResettlementHousing) it only qualifies the noun.
                if (at + acting.Verb.Length == text.Length)
                {
                    words.Add(acting.Participle);
                }

                at += acting.Verb.Length;
            }
            else if (text[at] is '和' or '及' or '与')
            {
                words.Add("And");
                at++;
            }
            else
            {
                return null;
            }
        }

        return words;
    }
}
