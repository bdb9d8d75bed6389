using System.Collections.Generic;
using ReportData.Authoring.Numbers;
using ReportData.Authoring.Provenance;
using ReportData.Authoring.Shared;
using ReportData.Tool.Generator;

namespace ReportData.Tool.Drafting;

/// <summary>One number printed in a clause, with the unit printed after it (empty when none is known).</summary>
/// <param name="Start">Where the number starts in the clause.</param>
/// <param name="End">Where the unit (or the number, without one) ends.</param>
/// <param name="Value">The number as printed: <c>2125.2</c>, or a range <c>1-2</c> with its separator as printed.</param>
/// <param name="Unit">The unit as printed (<c>亿元</c>), or empty.</param>
/// <param name="Approximate">多 or 余 stands between number and unit (3000多家).</param>
/// <param name="BareMagnitude">万 or 亿 printed without a counted noun (新增参保2.35万).</param>
/// <param name="Words">For a number printed in Chinese numerals (千 of 突破千亿元): the numerals as printed; <see cref="Value"/> holds their digits.</param>
/// <param name="Signed">A minus sign is printed before the number (增长-3.2%); <see cref="Start"/> and <see cref="Value"/> are the number's, without it.</param>
public sealed record PrintedQuantity(int Start, int End, string Value, string Unit, bool Approximate, string? BareMagnitude, string? Words = null, bool Signed = false)
{
    public bool HasUnit => Unit.Length > 0 || BareMagnitude is not null;

    /// <summary>How many characters the number takes in the clause (its digits or its numerals).</summary>
    public int PrintedLength => Words?.Length ?? Value.Length;

    /// <summary>The number as printed with its sign (-3.2), for notes.</summary>
    public string SignedValue => Signed ? "-" + Value : Value;
}

/// <summary>
/// Finds the numbers of a clause (as the generator reads them: 1,234.5 and ６.５ are one number each) and the units
/// the generator knows after them (longest match). A range is one quantity, whether its unit follows the high end
/// (5—6%) or both ends (6%-7%, value 6-7); a minus printed before a number (增长-3.2%) is kept as its sign.
/// </summary>
public static class NumberScanner
{
    private const string RangeSeparators = "-—–－~～至";

    public static IReadOnlyList<PrintedQuantity> Scan(string clause)
    {
        var found = new List<PrintedQuantity>();
        var numbers = PrintedDigits.Numbers(clause);
        for (var i = 0; i < numbers.Count; i++)
        {
            var (start, end) = numbers[i];
            var value = clause.Substring(start, end - start);
            var rangeSeparator = i + 1 < numbers.Count ? RangeSeparator(clause, end, numbers[i + 1].Start) : null;
            var ranged = rangeSeparator is not null;
            if (ranged)
            {
                // 5—6%, 3至5: the two ends with their separator as printed (spaces dropped).
                value += rangeSeparator + Text(clause, numbers[i + 1]);
                end = numbers[++i].End;
            }

            var signed = NumberPlaces.IsSigned(clause, start);
            var at = end;
            while (at < clause.Length && clause[at] == ' ')
            {
                at++;
            }

            var approximate = at < clause.Length && (clause[at] == '多' || clause[at] == '余');
            var unitStart = approximate ? at + 1 : at;
            var unit = LongestUnit(clause, unitStart);
            if (!ranged && !approximate && unit.Length > 0 && i + 1 < numbers.Count
                && RangeSeparator(clause, unitStart + unit.Length, numbers[i + 1].Start) is { } separator
                && numbers[i + 1].End <= clause.Length - unit.Length
                && string.CompareOrdinal(clause, numbers[i + 1].End, unit, 0, unit.Length) == 0
                && LongestUnit(clause, numbers[i + 1].End) == unit)
            {
                // 6%-7%: one range of %, its unit printed after both ends.
                var high = numbers[++i];
                found.Add(new PrintedQuantity(start, high.End + unit.Length, value + separator + Text(clause, high), unit, false, null, Signed: signed));
                continue;
            }

            if (!approximate && unit == "个" && unitStart + 2 < clause.Length && (clause[unitStart + 1] == '多' || clause[unitStart + 1] == '余')
                && LongestUnit(unit + Ahead(clause, unitStart + 2), 0) is { Length: > 1 } points)
            {
                // 提高2个多百分点: 多 between 个 and 百分点; the unit is 个百分点, as the build proves it.
                found.Add(new PrintedQuantity(start, unitStart + 1 + points.Length, value, points, true, null, Signed: signed));
                continue;
            }

            string? bare = null;
            if (unit.Length == 0 && unitStart < clause.Length && (clause[unitStart] == '万' || clause[unitStart] == '亿'))
            {
                bare = clause[unitStart].ToString();
                if (!approximate && unitStart + 1 < clause.Length && (clause[unitStart + 1] == '多' || clause[unitStart + 1] == '余')
                    && LongestUnit(bare + Ahead(clause, unitStart + 2), 0) is { Length: > 1 } counted)
                {
                    // 7万多家, 9亿多人: 多 between the magnitude and the counter; the unit is 万家, as the build proves it.
                    found.Add(new PrintedQuantity(start, unitStart + 1 + counted.Length, value, counted, true, null, Signed: signed));
                    continue;
                }
            }

            if (unit.Length == 0 && bare is null && ranged)
            {
                // "2023—2027" or "3至5" without a unit: two numbers, each scanned on its own.
                found.Add(new PrintedQuantity(start, numbers[i - 1].End, Text(clause, numbers[i - 1]), string.Empty, false, null));
                found.Add(new PrintedQuantity(numbers[i].Start, end, Text(clause, numbers[i]), string.Empty, false, null));
                continue;
            }

            var quantityEnd = unit.Length > 0 ? unitStart + unit.Length : bare is not null ? unitStart + 1 : end;
            found.Add(new PrintedQuantity(start, quantityEnd, value, unit, approximate && (unit.Length > 0 || bare is not null), bare, Signed: signed));
        }

        // 0.9和0.7个百分点: the list's numbers share the unit printed after the last of them.
        for (var i = found.Count - 2; i >= 0; i--)
        {
            var next = found[i + 1];
            var joint = clause.Substring(found[i].End, next.Start - found[i].End).Trim();
            if (!found[i].HasUnit && next.Unit.Length > 0 && joint is "和" or "、" or "与" or "及")
            {
                found[i] = found[i] with { Unit = next.Unit };
            }
            else if (found[i].BareMagnitude is { } magnitude && found[i].Unit.Length == 0 && next.Unit.StartsWith(magnitude, System.StringComparison.Ordinal)
                && joint is "和" or "、" or "与" or "及")
            {
                // 10.6万、3.8万、3.3万平方公里: the bare 万 stays the unit as printed, the list's last unit completes it (BareUnit).
                found[i] = found[i] with { Unit = next.Unit };
            }
        }

        found.AddRange(ScanWords(clause));
        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;
    }

    /// <summary>
    /// Numbers printed in numerals that carry a unit (突破千亿元: 千 with 亿元; 超百人: 百 with 人), found by the coverage
    /// scanner's own finder. The numerals must hold more than a magnitude (亿元以上 is a threshold's unit, not a number).
    /// </summary>
    private const int LongestNumerals = 16;

    private static IEnumerable<PrintedQuantity> ScanWords(string clause)
    {
        foreach (var (start, words) in WordNumbers.Find(clause))
        {
            // The shortest numerals that a unit follows: 千 of 千亿元 (unit 亿元), not 千亿 with 元. Numerals of a number are short
            // (一万五千亿); a longer run (万万万…) is tried only so far.
            for (var length = 1; length <= System.Math.Min(words.Length, LongestNumerals); length++)
            {
                var numerals = words.Substring(0, length);
                if (numerals.IndexOfAny("一二两三四五六七八九十百千".ToCharArray()) < 0 || !NumeralWords.TryDigits(numerals, out var digits))
                {
                    continue;
                }

                var unitStart = start + length;
                var unit = LongestUnit(clause, unitStart);
                var bare = unit.Length == 0 && unitStart < clause.Length && clause[unitStart] is '万' or '亿' ? clause[unitStart].ToString() : null;
                if (unit.Length > 0 || bare is not null)
                {
                    yield return new PrintedQuantity(start, unitStart + (unit.Length > 0 ? unit.Length : 1), digits, unit, false, bare, numerals);
                    break;
                }
            }
        }
    }

    /// <summary>The range separator that alone (spaces aside) stands between <paramref name="from"/> and <paramref name="to"/>, or null.</summary>
    private static string? RangeSeparator(string clause, int from, int to)
    {
        var between = from <= to ? clause.Substring(from, to - from).Trim() : string.Empty;
        return between.Length == 1 && RangeSeparators.IndexOf(between[0]) >= 0 ? between : null;
    }

    private static string Text(string clause, (int Start, int End) number) => clause.Substring(number.Start, number.End - number.Start);

    /// <summary>
    /// The characters from <paramref name="start"/> a unit and the noun it may open can span: a clause of thousands of numbers
    /// is not copied for each.
    /// </summary>
    private static string Ahead(string clause, int start) =>
        clause.Substring(start, System.Math.Min(PrintedUnits.LongestUnit + 3, clause.Length - start));

    private static string LongestUnit(string clause, int start)
    {
        for (var length = System.Math.Min(PrintedUnits.LongestUnit, clause.Length - start); length >= 1; length--)
        {
            var candidate = clause.Substring(start, length);
            if (PrintedUnits.TryGetSuffix(candidate, out _) && !ReportData.Authoring.Units.CounterNouns.OpensNoun(clause, start + length - 1))
            {
                return candidate;
            }
        }

        return string.Empty;
    }
}
