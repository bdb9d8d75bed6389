using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace ReportData.Tool.Drafting;

/// <summary>
/// Composes a key from a label that no vocabulary names, word by word from <see cref="TermGlossary"/>: the
/// label is cut into the longest known words from the left (新增|省级|科技型|中小企业 → New Provincial SciTech Sme),
/// an adding verb makes it <c>New…</c>, an acting verb a participle after the object (拆除违法建筑 → …Demolished),
/// a count's last noun is plural, a change is <c>…Growth</c>. Only a label covered word for word gets a key: one
/// unknown character and the composer gives none (a placeholder stays, for a person). Composed keys are
/// always marked for review.
/// </summary>
internal static class KeyComposer
{
    private static readonly (string Term, string English)[] ByLength =
        TermGlossary.Words.Concat(Glossary.Terms.Select(t => (t.Term, t.Key))).OrderByDescending(t => t.Item1.Length).ToArray();

    private static readonly string[] GrowthWords = { "增长", "增速", "增幅", "下降", "降低", "提高", "提升", "增收" };

    /// <summary>The composed key, or null when some part of the label is no known word.</summary>
    public static string? Compose(string label, bool isGrowth, bool isCount)
    {
        var text = KeyVocabulary.Normalize(label).Replace("“", string.Empty).Replace("”", string.Empty).Replace("\"", string.Empty);
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
        var stripped = true;
        while (stripped)
        {
            stripped = false;
            foreach (var verb in TermGlossary.AddingVerbs.Where(v => text.StartsWith(v, StringComparison.Ordinal)))
            {
                (prefix, text, stripped) = ("New", text.Substring(verb.Length), true);
                break;
            }

            foreach (var (verb, english) in TermGlossary.ActingVerbs.Where(v => !stripped && text.StartsWith(v.Verb, StringComparison.Ordinal)))
            {
                (participle, text, stripped) = (english, text.Substring(verb.Length), true);
                break;
            }

            foreach (var verb in TermGlossary.PlainVerbs.Where(v => !stripped && text.StartsWith(v, StringComparison.Ordinal) && text.Length > v.Length))
            {
                (text, stripped) = (text.Substring(verb.Length), true);
                break;
            }
        }

        var words = Words(text);
        if (words is null || words.Count == 0 || words.All(w => w.Length == 0))
        {
            return null;
        }

        words.RemoveAll(w => w.Length == 0);
        if (isCount)
        {
            words[words.Count - 1] = Plural(words[words.Count - 1]);
        }

        var key = new StringBuilder(prefix);
        foreach (var word in words.Where((w, i) => i == 0 || w != words[i - 1]))
        {
            key.Append(word);
        }

        key.Append(participle);
        if (growth)
        {
            key.Append("Growth");
        }

        return key.Length > 0 && char.IsUpper(key[0]) ? key.ToString() : null;
    }

    private static List<string>? Words(string text)
    {
        var words = new List<string>();
        var at = 0;
        while (at < text.Length)
        {
            var filler = TermGlossary.Fillers.FirstOrDefault(f => string.CompareOrdinal(text, at, f, 0, f.Length) == 0);
            var (term, english) = ByLength.FirstOrDefault(t => string.CompareOrdinal(text, at, t.Term, 0, t.Term.Length) == 0);
            if (term is not null && (filler is null || term.Length >= filler.Length))
            {
                words.Add(english);
                at += term.Length;
            }
            else if (filler is not null)
            {
                at += filler.Length;
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

    /// <summary>The plural of a PascalCase compound's last word (Enterprise → Enterprises, Facility → Facilities).</summary>
    private static string Plural(string word)
    {
        if (word.EndsWith("s", StringComparison.Ordinal) || word.EndsWith("Output", StringComparison.Ordinal) || word.EndsWith("Land", StringComparison.Ordinal)
            || word.EndsWith("GreenSpace", StringComparison.Ordinal) || word.EndsWith("Housing", StringComparison.Ordinal)
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
