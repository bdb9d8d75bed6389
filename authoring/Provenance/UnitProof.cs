using System;
using System.Runtime.CompilerServices;
using ReportData.Authoring.Numbers;
using ReportData.Authoring.Shared;
using ReportData.Authoring.Units;

namespace ReportData.Authoring.Provenance;

/// <summary>
/// Proves a figure's printed unit against its quote: the unit must be what the quote prints with the
/// number, right after it or after the last number of a list that shares it ("分别为3000、1200、180家",
/// "增长8.8%和9.3%"). Spacing (zero-width characters included) and full-width forms are tolerated (OCR and web copies differ), and so are
/// the approximation words 余 and 多 between a number and its unit ("500余家", "1万余人"). A unit that
/// matches only the start of a longer unit the quote prints (千瓦 before 千瓦时, 个 before 个百分点,
/// 人 before 人次) is not proven: the name and value would be those of another quantity.
/// </summary>
internal static class UnitProof
{
    /// <summary>What may join the numbers of a list that shares one unit, and the two ends of a range.</summary>
    private static readonly string[] ListJoiners = { "、", "和", "及", "与", "或", "-", "—", "–", "~", "至" };

    /// <summary>Approximation words printed between a number (or its 万/亿, or the 个 of 个百分点) and the counted unit.</summary>
    private static readonly string[] Approximations = { "余", "多" };

    /// <summary>What the approximation word may follow inside a unit: 1万余人, 9亿多人, 提高2个多百分点.</summary>
    private static readonly string[] Magnitudes = { "万", "亿", "个" };

    /// <summary>How many characters after a number are read for a unit, and quoted in a message.</summary>
    internal const int UnitReach = 8;

    /// <summary>
    /// Null when <paramref name="printedUnit"/> is what <paramref name="quote"/> prints with the value at one of its
    /// <paramref name="places"/> (<see cref="NumberPlaces.Find"/>); otherwise what the quote prints after the number
    /// instead, for the message. A range printed with its unit after both ends (6%-7%) needs the unit at both.
    /// </summary>
    public static string? WhyNotPrinted(string quote, System.Collections.Generic.IEnumerable<NumberPlace> places, string printedUnit)
    {
        var unit = Compact(printedUnit);
        string? firstMismatch = null;
        // The numbers a list walk has passed: a later place of the same list reaches one of them and would read the same
        // end, which did not prove the unit (else the walk had returned), so a list of N numbers is walked once, not N times.
        System.Collections.Generic.HashSet<int>? walked = null;
        foreach (var place in places)
        {
            if (place.LowEnd >= 0 && !Proves(quote, place.LowEnd, unit))
            {
                firstMismatch ??= Printed(quote, place.LowEnd);
                continue;
            }

            var at = place.End;
            var walkedBefore = false;
            while (!Proves(quote, at, unit) && ContinuesList(quote, at, out var next))
            {
                if (!(walked ??= new System.Collections.Generic.HashSet<int>()).Add(next))
                {
                    walkedBefore = true;
                    break;
                }

                at = next;
            }

            if (walkedBefore)
            {
                continue;
            }

            if (Proves(quote, at, unit))
            {
                return null;
            }

            firstMismatch ??= Printed(quote, at);
        }

        return firstMismatch ?? "no such number";
    }

    /// <summary>
    /// True when the unit stands at <paramref name="at"/>: for a printed unit, the unit and not a longer
    /// one; for no unit (""), no known unit and no further number of a list.
    /// </summary>
    private static bool Proves(string quote, int at, string unit)
    {
        var start = SkipApproximation(quote, at);
        var printed = LongestKnownUnit(quote, start);
        if (unit.Length == 0)
        {
            return printed is null && !ContinuesList(quote, at, out _);
        }

        if (Matches(quote, start, unit, out _))
        {
            return printed is null || printed.Length <= unit.Length;
        }

        // 1万余人, 2个多百分点: the approximation word stands between the magnitude (or 个) and the counted noun.
        foreach (var magnitude in Magnitudes)
        {
            if (unit.Length > magnitude.Length
                && unit.StartsWith(magnitude, StringComparison.Ordinal)
                && Matches(quote, start, magnitude, out var afterMagnitude)
                && SkipApproximation(quote, afterMagnitude) is var noun
                && noun != afterMagnitude
                && Matches(quote, noun, unit.Substring(magnitude.Length), out _))
            {
                var rest = LongestKnownUnit(quote, noun);
                return rest is null || rest.Length <= unit.Length - magnitude.Length;
            }
        }

        return false;
    }

    /// <summary>True when a joiner and another number follow <paramref name="at"/>; <paramref name="next"/> is that number's end.</summary>
    private static bool ContinuesList(string quote, int at, out int next)
    {
        next = at;
        foreach (var joiner in ListJoiners)
        {
            if (Matches(quote, at, joiner, out var afterJoiner))
            {
                var digits = SkipSpaces(quote, afterJoiner);
                var end = PrintedDigits.NumberEndAt(quote, digits);
                if (end > digits)
                {
                    next = end;
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>True for a compact unit of the unit table, or a magnitude alone (the 万 of 1万-2万).</summary>
    internal static bool IsUnitOrMagnitude(string compact) =>
        Array.IndexOf(Magnitudes, compact) >= 0 || UnitTable.TryGet(compact, out _);

    /// <summary>The longest unit of the unit table that the quote prints at <paramref name="at"/>, or null.</summary>
    [MethodImpl(HotPath.Optimized)]
    internal static string? LongestKnownUnit(string quote, int at)
    {
        var ahead = Ahead(quote, at, UnitReach);
        for (var length = ahead.Length; length > 0; length--)
        {
            var candidate = ahead.Substring(0, length);
            if (PrintedUnits.TryGet(candidate, out _) && !CounterNouns.OpensNoun(ahead, length - 1))
            {
                // 900多万个体工商户: 个 opens 个体 and is no unit; the unit is 万.
                return candidate;
            }
        }

        return null;
    }

    /// <summary>What the quote prints after a number, for the message: up to the next punctuation.</summary>
    private static string Printed(string quote, int at)
    {
        var start = SkipSpaces(quote, at);
        var end = start;
        while (end < quote.Length && end - start < UnitReach && !IsPunctuation(quote[end]))
        {
            end++;
        }

        if (end == start)
        {
            return start < quote.Length ? "'" + quote[start] + "' (no unit)" : "nothing (the quote ends with the number)";
        }

        return "'" + quote.Substring(start, end - start).TrimEnd() + "'";
    }

    internal static int SkipApproximation(string quote, int at)
    {
        foreach (var word in Approximations)
        {
            if (Matches(quote, at, word, out var after))
            {
                return after;
            }
        }

        return at;
    }

    /// <summary>Matches <paramref name="compact"/> at <paramref name="at"/>, skipping white space and folding full-width forms.</summary>
    internal static bool Matches(string quote, int at, string compact, out int end)
    {
        var position = at;
        foreach (var expected in compact)
        {
            position = SkipSpaces(quote, position);
            if (position >= quote.Length || FoldWidth(quote[position]) != expected)
            {
                end = at;
                return false;
            }

            position++;
        }

        end = position;
        return true;
    }

    /// <summary>Up to <paramref name="count"/> characters from <paramref name="at"/>, white space (and invisible format characters) dropped and widths folded.</summary>
    private static string Ahead(string quote, int at, int count)
    {
        var builder = new System.Text.StringBuilder(count);
        for (var position = at; position < quote.Length && builder.Length < count; position++)
        {
            if (!IsSpace(quote[position]))
            {
                builder.Append(FoldWidth(quote[position]));
            }
        }

        return builder.ToString();
    }

    /// <summary>A printed unit as compared: white space dropped, full-width forms folded (％ is %).</summary>
    internal static string Compact(string unit) => Ahead(unit, 0, unit.Length);

    internal static int SkipSpaces(string quote, int at)
    {
        while (at < quote.Length && IsSpace(quote[at]))
        {
            at++;
        }

        return at;
    }

    /// <summary>
    /// White space, and the invisible format characters that web copies leave between a number and its unit
    /// (zero-width space, non-joiner and joiner, word joiner, byte-order mark): they print nothing, so they part
    /// a number from its unit no more than a space does.
    /// </summary>
    private static bool IsSpace(char character) =>
        char.IsWhiteSpace(character) || character is >= '\u200B' and <= '\u200D' or '\u2060' or '\uFEFF';

    /// <summary>Full-width ASCII forms (０-９, ％, ．, ～) as their ASCII characters; the ideographic space is white space already.</summary>
    private static char FoldWidth(char character) =>
        character is >= '\uFF01' and <= '\uFF5E' ? (char)(character - 0xFEE0) : character;

    private static bool IsPunctuation(char character) => character is '，' or '。' or '；' or '：' or '、' or ',' or ';' or '（' or '）' or '(' or ')';
}
