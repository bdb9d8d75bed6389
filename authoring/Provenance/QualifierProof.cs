using System;
using System.Collections.Generic;
using ReportData.Authoring.Model;

namespace ReportData.Authoring.Provenance;

/// <summary>
/// Proves the bound of an actual figure against its quote: the word it records (超过, 约, 近, 以上 …) must stand at the
/// number, right before it (超过6000亿元, 近2万人) or after it and its unit (4万多亿元, 5.2%左右, 1000万吨以上). The
/// words are the ones <c>docs/authoring.md</c> lists for each bound; the check reads a few characters either side, so a
/// qualifier of another number of the same sentence is not taken for this one's. A word before a list's first number
/// qualifies every number of the list (分别突破1.3万亿元、7000亿元), and so does one after its last (98%和95%以上).
/// </summary>
internal static class QualifierProof
{
    /// <summary>How many characters before the number a qualifier may end at (spaces skipped).</summary>
    private const int BeforeReach = 1;

    /// <summary>How many characters after the number a qualifier may start within (the unit and 多 or 余 come first).</summary>
    private const int AfterReach = UnitProof.UnitReach;

    private static readonly Dictionary<TargetBound, (string[] Before, string[] After)> Words = new()
    {
        [TargetBound.Exceeds] = (new[] { "超过", "突破", "逾", "超", "多于" }, new[] { "多", "余" }),
        [TargetBound.About] = (new[] { "约", "大约" }, new[] { "左右" }),
        [TargetBound.Below] = (new[] { "近", "接近", "将近", "不到", "不足" }, Array.Empty<string>()),
        [TargetBound.AtLeast] = (new[] { "不低于", "不少于", "至少" }, new[] { "以上" }),
    };

    /// <summary>The words that record <paramref name="bound"/> on an actual, for the message (<c>超过, 突破, 逾 …</c>).</summary>
    public static string WordsOf(TargetBound bound) =>
        Words.TryGetValue(bound, out var words) ? string.Join(", ", Concat(words.Before, words.After)) : string.Empty;

    /// <summary>True when one of <paramref name="bound"/>'s words stands at one of the number's <paramref name="places"/>.</summary>
    public static bool IsPrinted(string quote, IEnumerable<NumberPlace> places, TargetBound bound)
    {
        if (!Words.TryGetValue(bound, out var words))
        {
            return true;
        }

        foreach (var place in places)
        {
            if (EndsBefore(quote, place.Start, words.Before) || StartsAfter(quote, place.End, words.After)
                || (ListStart(quote, place.Start) is var first && first != place.Start && EndsBefore(quote, first, words.Before))
                || (ListEnd(quote, place.End) is var last && last != place.End && StartsAfter(quote, last, words.After)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Where the list that a number is a later item of starts (分别突破1.3万亿元、7000亿元: the 1.3 for the 7000), or
    /// <paramref name="start"/> when no item with its number stands right before it: a word before the list's first number
    /// qualifies each.
    /// </summary>
    private static int ListStart(string quote, int start)
    {
        var first = start;
        while (true)
        {
            var at = first;
            while (at > 0 && char.IsWhiteSpace(quote[at - 1]))
            {
                at--;
            }

            if (at == 0 || quote[at - 1] is not ('、' or '和' or '及'))
            {
                return first;
            }

            // The item before the joiner: its unit (a few characters, no punctuation), then its digits.
            var end = at - 1;
            var unitStart = end;
            while (unitStart > 0 && end - unitStart < AfterReach && !char.IsDigit(quote[unitStart - 1]) && !IsPunctuation(quote[unitStart - 1]) && !char.IsWhiteSpace(quote[unitStart - 1]))
            {
                unitStart--;
            }

            var numberStart = unitStart;
            while (numberStart > 0 && (char.IsDigit(quote[numberStart - 1]) || quote[numberStart - 1] is '.' or ','))
            {
                numberStart--;
            }

            if (numberStart == unitStart)
            {
                return first;
            }

            first = numberStart;
        }
    }

    /// <summary>
    /// Where the list that a number is an earlier item of ends (稳定在98%和95%以上: the end of the 95 for the 98), or
    /// <paramref name="end"/> when no item with its number follows: a word after the list's last number qualifies each.
    /// </summary>
    private static int ListEnd(string quote, int end)
    {
        var last = end;
        while (true)
        {
            var at = last;
            while (at < quote.Length && at - last < AfterReach && !char.IsDigit(quote[at]) && !IsPunctuation(quote[at]) && quote[at] is not ('和' or '及'))
            {
                at++;
            }

            if (at + 1 >= quote.Length || quote[at] is not ('、' or '和' or '及') || !char.IsDigit(quote[at + 1]))
            {
                return last;
            }

            var numberEnd = at + 1;
            while (numberEnd < quote.Length && (char.IsDigit(quote[numberEnd]) || quote[numberEnd] is '.' or ','))
            {
                numberEnd++;
            }

            last = numberEnd;
        }
    }

    private static bool EndsBefore(string quote, int start, string[] words)
    {
        var end = start;
        while (end > 0 && char.IsWhiteSpace(quote[end - 1]))
        {
            end--;
        }

        foreach (var word in words)
        {
            for (var slack = 0; slack <= BeforeReach; slack++)
            {
                var wordStart = end - slack - word.Length;
                if (wordStart >= 0 && string.CompareOrdinal(quote, wordStart, word, 0, word.Length) == 0)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool StartsAfter(string quote, int end, string[] words)
    {
        var stop = end;
        while (stop < quote.Length && stop - end < AfterReach && !IsPunctuation(quote[stop]) && !char.IsDigit(quote[stop]))
        {
            stop++;
        }

        var after = quote.Substring(end, stop - end);
        foreach (var word in words)
        {
            if (after.IndexOf(word, StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private static IEnumerable<string> Concat(string[] first, string[] second)
    {
        foreach (var word in first)
        {
            yield return word;
        }

        foreach (var word in second)
        {
            yield return word;
        }
    }

    private static bool IsPunctuation(char character) => character is '，' or '。' or '；' or '：' or '、' or ',' or ';' or '（' or '）' or '(' or ')';
}
