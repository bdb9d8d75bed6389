using System.Collections.Generic;

namespace ReportData.Authoring.Numbers;

/// <summary>
/// Where numbers stand in a printed text, by one rule shared by the provenance check, the coverage scanner and
/// the drafting tool. A number is a run of digits (ASCII or full-width: PDF and web copies print ６.５), with
/// thousands groups (a comma and exactly three digits: 1,234.5 and 12,345; the comma of 1,23 or 1,2345 separates
/// two numbers; or, as district reports print them, a space after a first group of one to three digits: 1 056.6,
/// 12 345 678, while 2019 100 stays two numbers) and decimal parts (a point of either width and digits: ６.５, １２３４．５; 2.5.3 stays one run).
/// The run is what makes a number whole: 234.5 inside 1,234.5 is part of another number, and so is 1.
/// </summary>
public static class PrintedDigits
{
    /// <summary>The ASCII thousands separator. The full-width comma (，) is clause punctuation, never a separator.</summary>
    public const char GroupSeparator = ',';

    /// <summary>An ASCII digit or a full-width one (０-９). Other scripts' digits (٢) are not what reports print.</summary>
    /// <summary>A space that groups thousands (1 056.6): the ASCII space, the no-break space and the thin spaces.</summary>
    public static bool IsGroupSpace(char character) => character is ' ' or '\u00A0' or '\u2009' or '\u202F';

    public static bool IsDigit(char character) => character is (>= '0' and <= '9') or (>= '０' and <= '９');

    /// <summary>A decimal point: the ASCII one or the full-width one (．).</summary>
    public static bool IsPoint(char character) => character is '.' or '．';

    /// <summary>A full-width digit or point as its ASCII character; anything else unchanged.</summary>
    public static char ToAscii(char character) => character switch
    {
        >= '０' and <= '９' => (char)(character - '０' + '0'),
        '．' => '.',
        _ => character,
    };

    /// <summary>A number's text with its full-width digits and points as ASCII (the separators kept): ２０２４ is 2024.</summary>
    public static string ToAscii(string number)
    {
        var characters = number.ToCharArray();
        for (var i = 0; i < characters.Length; i++)
        {
            characters[i] = ToAscii(characters[i]);
        }

        return new string(characters);
    }

    /// <summary>The numbers of <paramref name="text"/>, each as its start and end (exclusive), in order.</summary>
    public static List<(int Start, int End)> Numbers(string text)
    {
        var numbers = new List<(int, int)>();
        var at = 0;
        while (at < text.Length)
        {
            if (!IsDigit(text[at]))
            {
                at++;
                continue;
            }

            var end = NumberEndAt(text, at);
            numbers.Add((at, end));
            at = end;
        }

        return numbers;
    }

    /// <summary>The end of the number that starts at <paramref name="start"/>; <paramref name="start"/> itself when no digit stands there.</summary>
    public static int NumberEndAt(string text, int start)
    {
        if (start >= text.Length || !IsDigit(text[start]))
        {
            return start;
        }

        var end = SkipDigits(text, start);
        while (end < text.Length && text[end] == GroupSeparator && IsGroup(text, end + 1))
        {
            end += 4;
        }

        // A space groups only after a first group of one to three digits, and only with spaces after it.
        if (end == SkipDigits(text, start) && end - start <= 3 && (start == 0 || !IsDigit(text[start - 1])))
        {
            while (end < text.Length && IsGroupSpace(text[end]) && IsGroup(text, end + 1))
            {
                end += 4;
            }
        }

        while (end + 1 < text.Length && IsPoint(text[end]) && IsDigit(text[end + 1]))
        {
            end = SkipDigits(text, end + 1);
        }

        return end;
    }

    /// <summary>Exactly three digits at <paramref name="at"/> and no fourth: a thousands group.</summary>
    private static bool IsGroup(string text, int at) =>
        at + 3 <= text.Length && IsDigit(text[at]) && IsDigit(text[at + 1]) && IsDigit(text[at + 2])
        && (at + 3 == text.Length || !IsDigit(text[at + 3]));

    private static int SkipDigits(string text, int at)
    {
        while (at < text.Length && IsDigit(text[at]))
        {
            at++;
        }

        return at;
    }
}
