using System.Linq;
using System.Text.RegularExpressions;

namespace ReportData.Tool.Drafting;

/// <summary>
/// Years and dates printed in Chinese numerals, as some reports print their date line and headings (——二〇二五年一月十四日,
/// 一、二〇二四年工作回顾). A year is read as ASCII digits character for character, so what is read keeps its positions; a
/// month and day are read for the header's date only.
/// </summary>
internal static class ChineseNumeralDates
{
    private const string Digits = "〇一二三四五六七八九";

    /// <summary>A year of the 1900s or 2000s in numerals before 年: 〇, 零 and ○ all print the zero.</summary>
    private static readonly Regex Year = new(@"(?:一九|二[〇零○])[〇零○一二三四五六七八九]{2}(?=\s*年)", RegexOptions.CultureInvariant);

    private static readonly Regex MonthAndDay = new(@"^\s*年\s*([一二三四五六七八九十]{1,2})\s*月\s*([一二三四五六七八九十]{1,3})\s*日", RegexOptions.CultureInvariant);

    /// <summary>The text with every year in numerals (二〇二五年) written in ASCII digits (2025年), one character for one.</summary>
    public static string YearsToDigits(string text) =>
        text.IndexOf('年') < 0 ? text : Year.Replace(text, match => string.Concat(match.Value.Select(c => (char)('0' + Digits.IndexOf(c is '零' or '○' ? '〇' : c)))));

    /// <summary>The month and day in numerals right after a year's digits (年一月十四日 → 1, 14), or null.</summary>
    public static (int Month, int Day)? MonthAndDayAfter(string text, int at)
    {
        var match = MonthAndDay.Match(text.Substring(at));
        return match.Success && Number(match.Groups[1].Value) is { } month && Number(match.Groups[2].Value) is { } day ? (month, day) : null;
    }

    /// <summary>一 to 三十一 in numerals (十四, 二十三, 三十一), or null.</summary>
    private static int? Number(string numerals)
    {
        var ten = numerals.IndexOf('十');
        if (ten < 0)
        {
            return numerals.Length == 1 ? Digits.IndexOf(numerals[0]) : null;
        }

        var tens = ten == 0 ? 1 : ten == 1 ? Digits.IndexOf(numerals[0]) : -1;
        var units = ten == numerals.Length - 1 ? 0 : ten == numerals.Length - 2 ? Digits.IndexOf(numerals[ten + 1]) : -1;
        return tens > 0 && units >= 0 ? tens * 10 + units : null;
    }
}
