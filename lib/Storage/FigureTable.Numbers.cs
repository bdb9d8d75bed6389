using System.Runtime.CompilerServices;

namespace ReportData.Storage;

/// <summary>
/// A report's numbers as one literal: its text count, its texts' lengths and its figures' fields, each a base-32 number
/// of printable ASCII digits (see <see cref="FirstDigit"/>). One token for the compiler where arrays of ints were some
/// fifteen literal expressions a figure, each parsed, bound and analysed.
/// </summary>
public static partial class FigureTable
{
    /// <summary>
    /// The numbers <paramref name="digits"/> holds, in order; throws <see cref="System.FormatException"/> on a character
    /// that is not a digit, a number that does not end or does not fit an int.
    /// </summary>
    [MethodImpl(RunsOnce)]
    private static int[] ReadNumbers(string digits, string what)
    {
        // Seven digits of DigitBits bits hold any int (31 bits). A local, not a field: FigureTable's constant fields are
        // the layout, which the generator's copy must match (FigureTableTests).
        const int MaxDigitsPerNumber = 7;

        // Two passes, so that the result is one exact array: a number ends at each digit without MoreDigits.
        var count = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var digit = Digit(digits[i]);
            if (digit < 0)
            {
                throw Malformed(what);
            }

            if ((digit & MoreDigits) == 0)
            {
                count++;
            }
        }

        var numbers = new int[count];
        var at = 0;
        var number = 0L;
        var shift = 0;
        foreach (var character in digits)
        {
            var digit = Digit(character);
            number |= (long)(digit & (MoreDigits - 1)) << shift;
            shift += DigitBits;
            if (number > int.MaxValue || shift > MaxDigitsPerNumber * DigitBits)
            {
                throw Malformed(what);
            }

            if ((digit & MoreDigits) == 0)
            {
                numbers[at++] = (int)number;
                number = 0;
                shift = 0;
            }
        }

        return shift == 0 ? numbers : throw Malformed(what);
    }

    /// <summary>A digit's value, 0 to 63 (-1 for a character that is none): from <see cref="FirstDigit"/> on, <see cref="SkippedDigit"/> passed over.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Digit(char character)
    {
        var digit = character - FirstDigit - (character > SkippedDigit ? 1 : 0);
        return digit >= 0 && digit < 2 * MoreDigits && character != SkippedDigit ? digit : -1;
    }

    /// <summary>
    /// The texts of a report as a table: <paramref name="numbers"/> starts with their count and lengths (in the unit of
    /// <paramref name="textsLength"/>, characters or UTF-8 bytes), which must add up to it.
    /// </summary>
    private static int TextCount(int[] numbers, int textsLength, string what)
    {
        var count = numbers.Length == 0 ? -1 : numbers[0];
        if (count < 0 || count >= numbers.Length)
        {
            throw Malformed(what);
        }

        var total = 0L;
        for (var i = 1; i <= count; i++)
        {
            total += numbers[i];
        }

        return total == textsLength ? count : throw Malformed(what);
    }
}
