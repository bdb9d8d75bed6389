using System;
using System.Collections.Generic;

namespace ReportData.Authoring.Numbers;

/// <summary>
/// Numbers that a report prints in Chinese numerals rather than digits ("突破千亿元", "超百人",
/// "两百"): what they spell, so that a figure's <c>words</c> can be checked against its <c>value</c>,
/// and where they stand as a whole number in a quote. Idioms (翻番, 倍增, 两位数) are not numerals.
/// </summary>
public static class NumberWords
{
    private static readonly Dictionary<char, int> Digits = new()
    {
        ['零'] = 0, ['〇'] = 0, ['一'] = 1, ['二'] = 2, ['两'] = 2, ['三'] = 3, ['四'] = 4,
        ['五'] = 5, ['六'] = 6, ['七'] = 7, ['八'] = 8, ['九'] = 9,
    };

    private static readonly Dictionary<char, decimal> SmallUnits = new() { ['十'] = 10m, ['百'] = 100m, ['千'] = 1000m };

    private static readonly Dictionary<char, decimal> LargeUnits = new() { ['万'] = 10_000m, ['亿'] = 100_000_000m };

    /// <summary>True for a character of a Chinese numeral (零一二两…九十百千万亿).</summary>
    public static bool IsNumeral(char character) =>
        Digits.ContainsKey(character) || SmallUnits.ContainsKey(character) || LargeUnits.ContainsKey(character);

    /// <summary>
    /// What <paramref name="words"/> spells: 千 = 1000, 两百 = 200, 一千五百 = 1500, 十五 = 15, 百万 = 1000000.
    /// False for anything that is not a well-formed numeral (two digits in a row, other characters).
    /// </summary>
    public static bool TryParse(string words, out decimal value) => Read(words, out value) == Reading.Number;

    /// <summary>What reading a numeral gives: a number, no numeral, or a numeral too large for any figure (一亿亿亿亿).</summary>
    private enum Reading
    {
        Number,
        NotANumeral,
        TooLarge,
    }

    /// <summary>The largest number words may spell: 10^20, more than any figure (a figure holds at most 15 significant digits).</summary>
    private const decimal Largest = 100_000_000_000_000_000_000m;

    /// <summary>
    /// Each 万 and 亿 multiplies: a run of them exceeds a decimal (10^28) within a few characters, so the running values
    /// are bounded at every step, and nothing larger than any figure is multiplied further.
    /// </summary>
    private static Reading Read(string words, out decimal value)
    {
        value = 0m;
        if (words.Length == 0)
        {
            return Reading.NotANumeral;
        }

        decimal total = 0m, section = 0m;
        int? digit = null;
        foreach (var character in words)
        {
            if (Digits.TryGetValue(character, out var next))
            {
                if (digit is not null && digit != 0 && next != 0)
                {
                    return Reading.NotANumeral; // 一二: digits in a row are not a numeral
                }

                digit = next;
            }
            else if (SmallUnits.TryGetValue(character, out var small))
            {
                // 十 and 百 and 千 with no digit before them count one of themselves (十五 = 15, 千 = 1000).
                section += (digit ?? 1) * small;
                digit = null;
            }
            else if (character == '万')
            {
                // 百万 = 100 × 10^4; after a 亿 the 万 group adds to it (一亿五千万 = 10^8 + 5000 × 10^4).
                var group = section + (digit ?? 0);
                total += (group == 0m ? 1m : group) * 10_000m;
                section = 0m;
                digit = null;
            }
            else if (character == '亿')
            {
                // Everything before 亿 counts 亿s (十亿, 万亿 = 10^12, 一万五千亿 = 1.5 × 10^12).
                var before = total + section + (digit ?? 0);
                total = (before == 0m ? 1m : before) * 100_000_000m;
                section = 0m;
                digit = null;
            }
            else
            {
                return Reading.NotANumeral;
            }

            if (total > Largest || section > Largest)
            {
                return Reading.TooLarge;
            }
        }

        value = total + section + (digit ?? 0);
        return value > Largest ? Reading.TooLarge : Reading.Number;
    }

    /// <summary>
    /// Null when <paramref name="words"/> spells the figure's <paramref name="value"/> (its digits); otherwise why not,
    /// for RD2006. A range (null value) cannot be printed in words.
    /// </summary>
    public static string? WhyNotSpelled(string words, string? value)
    {
        var trimmed = words.Trim();
        if (value is null)
        {
            return "goes with a range value; a number printed in words is a single number";
        }

        var reading = Read(trimmed, out var spelled);
        if (reading == Reading.TooLarge)
        {
            return "spells a number larger than 10^20, more than any figure holds";
        }

        if (reading != Reading.Number)
        {
            return "is not a number in Chinese numerals (零一二两三四五六七八九十百千万亿, as in 千, 两百, 一千五百)";
        }

        // The value as the parser reads it (1000, 1,000 or １０００ alike): the words must spell that number.
        if (PrintedNumber.TryParse(value.Trim(), out var digits) != PrintedNumber.ParseOutcome.Parsed || digits.High is not null || digits.Low != spelled)
        {
            return "spells " + spelled.ToString(System.Globalization.CultureInfo.InvariantCulture) + ", but the value is " + value.Trim();
        }

        return null;
    }

    /// <summary>
    /// True when <paramref name="words"/> stands in <paramref name="quote"/> as a whole numeral: not inside a longer
    /// one (百 is not found in 五百), except that a 万 or 亿 after it may start its unit (千亿元, 百万).
    /// </summary>
    public static bool ContainsWholeWords(string quote, string words)
    {
        if (words.Length == 0)
        {
            return false;
        }

        for (var at = quote.IndexOf(words, StringComparison.Ordinal); at >= 0; at = quote.IndexOf(words, at + 1, StringComparison.Ordinal))
        {
            var end = at + words.Length;
            var before = at > 0 && (IsNumeral(quote[at - 1]) || char.IsDigit(quote[at - 1]));
            var after = end < quote.Length && IsNumeral(quote[end]) && !LargeUnits.ContainsKey(quote[end]);
            if (!before && !after)
            {
                return true;
            }
        }

        return false;
    }
}
