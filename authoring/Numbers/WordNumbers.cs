using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace ReportData.Authoring.Numbers;

/// <summary>
/// Numbers a report prints in Chinese words, found so that coverage accounts for them like digits:
/// numerals with a magnitude (千亿元, 超百人, 百万, 两百), multiples and doublings (翻番, 翻一番, 倍增,
/// 三倍), 两位数, and percentage points in words (一个百分点). Small counts in words (一批, 三个) are not
/// searched: in these texts they are almost always wording (一年来, 一批项目), not statistics.
/// </summary>
public static class WordNumbers
{
    private const string Numerals = "零〇一二两三四五六七八九十百千万亿";

    /// <summary>
    /// Idioms first, so that 翻一番 is one number; then a run of numerals holding 百, 千, 万 or 亿. A run right
    /// after digits is their magnitude (2125.2 亿元, also across a zero-width space a web page breaks the line with),
    /// so is one after digits and 多 or 余 (3700多万学生, 7500多亿元: more than 3700 万), and a run inside a longer run is
    /// part of it.
    /// </summary>
    private static readonly Regex Pattern = new(
        "(?<![0-9０-９.．" + Numerals + @"][\s\u200B-\u200D\u2060]*)(?<![0-9０-９][\s\u200B-\u200D\u2060]*[多余][\s\u200B-\u200D\u2060]*)(?:翻了?[一两]?番|倍增|两位数|[一二两三四五六七八九十]+(?:倍|个百分点)|(?>[" + Numerals + "]+)(?<=[百千万亿][" + Numerals + "]*))",
        RegexOptions.CultureInvariant);

    /// <summary>Words that begin with a numeral character but are no number: a unit, 老百姓, an idiom, a name.</summary>
    private static readonly string[] NotNumbers =
    {
        "百分点", "百分比", "千瓦", "千米", "千克", "百姓", "千方百计", "百计", "万达", "百山祖", "万一",
    };

    /// <summary>Every number in words in <paramref name="text"/>: where it starts and what is printed.</summary>
    public static IEnumerable<(int Start, string Words)> Find(string text)
    {
        foreach (Match match in Pattern.Matches(text))
        {
            if (!IsNotANumber(text, match.Index))
            {
                yield return (match.Index, match.Value);
            }
        }
    }

    /// <summary>True when a figure printed as <paramref name="printed"/> (its <c>words</c>) is the number <paramref name="words"/> found in the text (千 in 千亿).</summary>
    public static bool IsPrintedAs(string words, string printed) =>
        printed.Length > 0 && Numerals.IndexOf(printed[0]) >= 0 && words.StartsWith(printed, StringComparison.Ordinal);

    private static bool IsNotANumber(string text, int start)
    {
        foreach (var word in NotNumbers)
        {
            if (string.CompareOrdinal(text, start, word, 0, word.Length) == 0)
            {
                return true;
            }
        }

        return false;
    }
}
