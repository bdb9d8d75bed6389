using System;
using System.Collections.Generic;
using ReportData.Authoring.Model;

namespace ReportData.Authoring.Provenance;

/// <summary>
/// Proves the bound of an actual figure against its quote: the word it records (超过, 约, 近, 以上 …) must stand at the
/// number, right before it (超过6000亿元, 近2万人) or after it and its unit (4万多亿元, 5.2%左右, 1000万吨以上). The
/// words are the ones <c>docs/authoring.md</c> lists for each bound; the check reads a few characters either side, so a
/// qualifier of another number of the same sentence is not taken for this one's.
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
            if (EndsBefore(quote, place.Start, words.Before) || StartsAfter(quote, place.End, words.After))
            {
                return true;
            }
        }

        return false;
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
