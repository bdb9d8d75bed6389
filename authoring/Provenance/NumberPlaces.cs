using System;
using System.Collections.Generic;
using ReportData.Authoring.Numbers;
using ReportData.Authoring.Shared;

namespace ReportData.Authoring.Provenance;

/// <summary>A place where a figure's printed value stands in its quote, as a whole number.</summary>
/// <param name="Start">Where the value (its low end, for a range) starts.</param>
/// <param name="End">Where it (its high end) ends: the unit proof reads the unit from there.</param>
/// <param name="LowEnd">
/// For a range printed with the unit after both ends (<c>6%-7%</c>, <c>6%至7%</c>): where the low end ends, for the
/// unit there must be the figure's too; -1 for a value printed as written (<c>6-7%</c>, <c>2125.2</c>).
/// </param>
public readonly record struct NumberPlace(int Start, int End, int LowEnd);

/// <summary>
/// Finds where a printed value stands in its quote. A value stands where it is written as a whole number: no digit
/// touches it and no number of the quote (<see cref="PrintedDigits"/>) runs across either of its ends, so 1 is not in
/// 11 or 1.5, 2.4 not in 12.45, and neither 234.5 nor 1 is in 1,234.5. A range <c>6-7</c> also stands where the
/// quote prints a unit after each end (<c>6%-7%</c>, <c>6%—7%</c> for <c>6—7</c>): the unit proof then checks that both
/// units are the figure's, so <c>6%-7亿元</c> is no range of %.
/// </summary>
public static class NumberPlaces
{
    /// <summary>The minus signs reports print: ASCII hyphen-minus, full-width hyphen-minus, the minus sign.</summary>
    private static readonly char[] Minus = { '-', '－', '−' };

    public static List<NumberPlace> Find(string quote, string printedValue)
    {
        var places = new List<NumberPlace>();
        var value = printedValue.Trim();
        if (value.Length == 0)
        {
            return places;
        }

        var numbers = PrintedDigits.Numbers(quote);
        foreach (var start in WholeOccurrences(quote, value, numbers))
        {
            places.Add(new NumberPlace(start, start + value.Length, -1));
        }

        if (PrintedNumber.TrySplitRange(value, out var low, out var separator, out var high))
        {
            AddRangesWithRepeatedUnit(quote, low, UnitProof.Compact(separator), high, numbers, places);
        }

        return places;
    }

    /// <summary>
    /// True when a minus sign is printed right before <paramref name="start"/> (<c>增长-3.2%</c>): the quote prints a
    /// negative number. A dash after a number, or after a number's unit, joins a range instead (<c>6-7</c>, <c>6%-7%</c>,
    /// <c>1万-2万</c>).
    /// </summary>
    public static bool IsSigned(string quote, int start)
    {
        var minus = SkipSpacesBack(quote, start - 1);
        if (minus < 0 || Array.IndexOf(Minus, quote[minus]) < 0)
        {
            return false;
        }

        var before = SkipSpacesBack(quote, minus - 1);
        if (before < 0)
        {
            return true;
        }

        if (PrintedDigits.IsDigit(quote[before]))
        {
            return false;
        }

        for (var length = 1; length <= UnitProof.UnitReach && before - length >= 0; length++)
        {
            var unit = UnitProof.Compact(quote.Substring(before - length + 1, length));
            var numberBefore = SkipSpacesBack(quote, before - length);
            if (numberBefore >= 0 && PrintedDigits.IsDigit(quote[numberBefore]) && UnitProof.IsUnitOrMagnitude(unit))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Where <paramref name="number"/> occurs in <paramref name="quote"/> as a whole number.</summary>
    private static IEnumerable<int> WholeOccurrences(string quote, string number, List<(int Start, int End)> numbers)
    {
        for (var at = quote.IndexOf(number, StringComparison.Ordinal); at >= 0; at = quote.IndexOf(number, at + 1, StringComparison.Ordinal))
        {
            if (IsWhole(quote, at, at + number.Length, numbers))
            {
                yield return at;
            }
        }
    }

    /// <summary>No digit touches [start, end) and no number runs across either end.</summary>
    private static bool IsWhole(string quote, int start, int end, List<(int Start, int End)> numbers)
    {
        if ((start > 0 && PrintedDigits.IsDigit(quote[start - 1])) || (end < quote.Length && PrintedDigits.IsDigit(quote[end])))
        {
            return false;
        }

        return !RunsAcross(numbers, start) && !RunsAcross(numbers, end);
    }

    /// <summary>
    /// True when a number starts before <paramref name="position"/> and ends after it. The numbers are in order and apart
    /// (<see cref="PrintedDigits.Numbers"/>), so the one number that may is found by halving: a quote of many numbers
    /// holding the value many times is not a scan of every number for every place.
    /// </summary>
    private static bool RunsAcross(List<(int Start, int End)> numbers, int position)
    {
        int low = 0, high = numbers.Count - 1, last = -1;
        while (low <= high)
        {
            var middle = low + ((high - low) / 2);
            if (numbers[middle].Start < position)
            {
                last = middle;
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return last >= 0 && position < numbers[last].End;
    }

    /// <summary>6%-7%: the low end, a unit the table knows, the range's separator, the high end.</summary>
    private static void AddRangesWithRepeatedUnit(string quote, string low, string separator, string high, List<(int Start, int End)> numbers, List<NumberPlace> places)
    {
        foreach (var start in WholeOccurrences(quote, low, numbers))
        {
            var lowEnd = start + low.Length;
            var unitStart = UnitProof.SkipApproximation(quote, lowEnd);
            if (UnitProof.LongestKnownUnit(quote, unitStart) is not { } unit
                || !UnitProof.Matches(quote, unitStart, unit, out var afterUnit)
                || !UnitProof.Matches(quote, afterUnit, separator, out var afterSeparator))
            {
                continue;
            }

            var highStart = UnitProof.SkipSpaces(quote, afterSeparator);
            var highEnd = highStart + high.Length;
            if (highEnd <= quote.Length && string.CompareOrdinal(quote, highStart, high, 0, high.Length) == 0 && IsWhole(quote, highStart, highEnd, numbers))
            {
                places.Add(new NumberPlace(start, highEnd, lowEnd));
            }
        }
    }

    private static int SkipSpacesBack(string quote, int at)
    {
        while (at >= 0 && char.IsWhiteSpace(quote[at]))
        {
            at--;
        }

        return at;
    }
}
