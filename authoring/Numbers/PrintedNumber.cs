using System;
using System.Globalization;
using System.Text;
using ReportData.Authoring.Shared;

namespace ReportData.Authoring.Numbers;

/// <summary>
/// A number as a report prints it: digits with an optional decimal point, or a range of two such
/// numbers ("1-2", "1—2", "1~2", "1至2"). Parsed exactly (decimal) and culture-invariantly. As printed means
/// with the thousands separators (1,234.5, or spaces: 1 056.6) and the full-width digits (６.５, １２３４．５) a report prints: the
/// printed text is kept as the figure's printed value, and these are read as the same decimal as 1234.5 and 6.5.
/// </summary>
internal readonly struct PrintedNumber
{
    /// <summary>Significant digits, and digits after the point, that a double represents exactly.</summary>
    public const int MaxDigits = 15;

    private static readonly string[] RangeSeparators = { "-", "—", "–", "－", "~", "～", "至" };

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
        if (TrySplitRange(text, out var lowText, out _, out var highText))
        {
            var lowOutcome = TryParseSingle(lowText, out var low);
            var highOutcome = TryParseSingle(highText, out var high);
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

        var outcome = TryParseSingle(text, out var single);
        if (outcome == ParseOutcome.Parsed)
        {
            number = new PrintedNumber(single, null);
        }

        return outcome;
    }

    /// <summary>
    /// Splits a range at its separator ("6-7" is 6, "-", 7); false for text without one. The ends are not checked:
    /// <see cref="TryParse"/> does that.
    /// </summary>
    public static bool TrySplitRange(string text, out string low, out string separator, out string high)
    {
        foreach (var candidate in RangeSeparators)
        {
            // Searched from the second character: a range needs a number before its separator.
            var at = text.Length > 1 ? text.IndexOf(candidate, 1, StringComparison.Ordinal) : -1;
            if (at > 0)
            {
                low = text.Substring(0, at);
                separator = candidate;
                high = text.Substring(at + candidate.Length);
                return true;
            }
        }

        low = separator = high = string.Empty;
        return false;
    }

    /// <summary>
    /// Digits, at most one decimal point inside them, thousands separators where they group; nothing else (no sign,
    /// exponent, other digits than ASCII and full-width).
    /// </summary>
    private static ParseOutcome TryParseSingle(string printed, out decimal value)
    {
        value = 0m;
        if (!TryPlainDigits(printed, out var text) || text.Length == 0 || text[0] == '.' || text[text.Length - 1] == '.')
        {
            return ParseOutcome.NotANumber;
        }

        if (text.IndexOf('.') != text.LastIndexOf('.'))
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

    /// <summary>
    /// The number in ASCII digits without separators: full-width digits and point folded, and the commas (or the
    /// spaces, one kind in a number) dropped where they group thousands (a first group of 1 to 3 digits, then groups of
    /// exactly 3 before any point: 1,234.5, 12,345 and 1 056.6, not 1,23, ,123, 1,,234 or 1234,567). False on any other character.
    /// </summary>
    private static bool TryPlainDigits(string printed, out string plain)
    {
        var builder = new StringBuilder(printed.Length);
        plain = string.Empty;
        var digitsInGroup = 0;
        var grouped = false;
        var afterPoint = false;
        char? separator = null;
        foreach (var character in printed)
        {
            if (PrintedDigits.IsDigit(character))
            {
                builder.Append(PrintedDigits.ToAscii(character));
                digitsInGroup++;
            }
            else if (character == PrintedDigits.GroupSeparator || PrintedDigits.IsGroupSpace(character))
            {
                if (afterPoint || digitsInGroup == 0 || (grouped ? digitsInGroup != 3 : digitsInGroup > 3) || (separator ?? character) != character)
                {
                    return false;
                }

                separator = character;
                grouped = true;
                digitsInGroup = 0;
            }
            else if (PrintedDigits.IsPoint(character))
            {
                if (grouped && !afterPoint && digitsInGroup != 3)
                {
                    return false;
                }

                builder.Append('.');
                afterPoint = true;
                digitsInGroup = 0;
            }
            else
            {
                return false;
            }
        }

        if (grouped && !afterPoint && digitsInGroup != 3)
        {
            return false;
        }

        plain = builder.ToString();
        return true;
    }
}
