using System;
using System.Globalization;

namespace ReportData.Generator.Parsing;

/// <summary>
/// A number as a report prints it: digits with an optional decimal point, or a range of two such
/// numbers ("1-2", "1—2", "1~2", "1至2"). Parsed exactly (decimal) and culture-invariantly.
/// </summary>
internal readonly struct PrintedNumber
{
    /// <summary>Significant digits, and digits after the point, that a double represents exactly.</summary>
    public const int MaxDigits = 15;

    private static readonly string[] RangeSeparators = { "-", "—", "–", "~", "～", "至" };

    private PrintedNumber(decimal low, decimal? high)
    {
        Low = low;
        High = high;
    }

    public decimal Low { get; }

    /// <summary>The high end of a range, or null for a single number.</summary>
    public decimal? High { get; }

    public enum ParseOutcome
    {
        Parsed,
        NotANumber,
        OutOfRange,
    }

    public static ParseOutcome TryParse(string text, out PrintedNumber number)
    {
        number = default;
        foreach (var separator in RangeSeparators)
        {
            // Searched from the second character: a range needs a number before its separator.
            var at = text.Length > 1 ? text.IndexOf(separator, 1, StringComparison.Ordinal) : -1;
            if (at > 0)
            {
                var lowOutcome = TryParseSingle(text.Substring(0, at), out var low);
                var highOutcome = TryParseSingle(text.Substring(at + separator.Length), out var high);
                if (lowOutcome != ParseOutcome.Parsed)
                {
                    return lowOutcome;
                }

                if (highOutcome != ParseOutcome.Parsed)
                {
                    return highOutcome;
                }

                if (high < low)
                {
                    return ParseOutcome.NotANumber;
                }

                number = new PrintedNumber(low, high);
                return ParseOutcome.Parsed;
            }
        }

        var outcome = TryParseSingle(text, out var single);
        if (outcome == ParseOutcome.Parsed)
        {
            number = new PrintedNumber(single, null);
        }

        return outcome;
    }

    /// <summary>Digits, at most one decimal point inside them; nothing else (no sign, exponent, separators).</summary>
    private static ParseOutcome TryParseSingle(string text, out decimal value)
    {
        value = 0m;
        if (text.Length == 0 || text[0] == '.' || text[text.Length - 1] == '.')
        {
            return ParseOutcome.NotANumber;
        }

        var points = 0;
        foreach (var character in text)
        {
            if (character == '.')
            {
                points++;
            }
            else if (character < '0' || character > '9')
            {
                return ParseOutcome.NotANumber;
            }
        }

        if (points > 1)
        {
            return ParseOutcome.NotANumber;
        }

        // A figure becomes a double constant: more digits than a double holds exactly would be rounded
        // silently by the C# compiler (or underflow to 0 in the unit conversion), so they are refused.
        var point = text.IndexOf('.');
        var decimals = point < 0 ? 0 : text.Length - point - 1;
        var significant = text.Replace(".", string.Empty).TrimStart('0').Length;
        if (significant > MaxDigits || decimals > MaxDigits)
        {
            return ParseOutcome.OutOfRange;
        }

        return decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value)
            ? ParseOutcome.Parsed
            : ParseOutcome.OutOfRange;
    }
}
