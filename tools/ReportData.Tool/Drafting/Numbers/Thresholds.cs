using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using ReportData.Tool.Generator;

namespace ReportData.Tool.Drafting;

/// <summary>
/// A number that is the threshold of what the next number counts (新增营收超百亿企业1家, 引进10亿元以上项目20个,
/// 超10亿元企业达到15家): no figure of its own but part of the count's label, which keeps it (…超百亿企业), as
/// the key does (NewEnterprisesRevenueOver10Billion).
/// </summary>
internal static class Thresholds
{
    /// <summary>The start of the reason a threshold is skipped with (it stays in the next figure's label).</summary>
    public const string Reason = "threshold of the count that follows";

    /// <summary>
    /// Between the threshold and the count: the counted noun, maybe after 以上/的 and before a verb of reaching, or nothing
    /// where the noun was named before (重大产业项目20个，其中超50亿元6个).
    /// </summary>
    private static readonly Regex CountedNoun = new(@"^\s*(?:及?以上)?的?\p{IsCJKUnifiedIdeographs}{0,10}?(?:达到|达|有|共)?\s*$", RegexOptions.CultureInvariant);

    /// <summary>Between a count and the threshold of what it counts: nothing, or the measure (人口, 营收) in a few characters.</summary>
    private static readonly Regex MeasuredWord = new(@"^\s*\p{IsCJKUnifiedIdeographs}{0,4}\s*$", RegexOptions.CultureInvariant);

    /// <summary>Whether <paramref name="quantities"/>[<paramref name="index"/>] is a threshold (超 before it or 以上 after it) of the count right after it.</summary>
    public static bool IsThreshold(string clause, IReadOnlyList<PrintedQuantity> quantities, int index)
    {
        if (index + 1 >= quantities.Count)
        {
            return false;
        }

        var quantity = quantities[index];
        var count = quantities[index + 1];
        // The few characters before the number are all 超 and 超过 need, a space after them aside (超 50 亿元, as OCR prints it):
        // a clause of thousands of numbers is read in linear time.
        var before = clause.Substring(Math.Max(0, quantity.Start - 4), Math.Min(4, quantity.Start)).TrimEnd();
        var between = clause.Substring(quantity.End, count.Start - quantity.End);
        var cued = before.EndsWith("超", StringComparison.Ordinal) || before.EndsWith("超过", StringComparison.Ordinal)
            || between.TrimStart().StartsWith("以上", StringComparison.Ordinal) || between.TrimStart().StartsWith("及以上", StringComparison.Ordinal);
        return cued && CountedNoun.IsMatch(between) && PrintedUnits.DimensionOf(count.Unit) == "Count";
    }

    /// <summary>
    /// Whether <paramref name="quantities"/>[<paramref name="index"/>] is a threshold printed right after a count, before the
    /// counted noun (引进落地5个百亿元以上重大制造业项目, 9个人口20万以上的县): 以上 after it, at most a measure between it and the count.
    /// </summary>
    public static bool IsThresholdAfterCount(string clause, IReadOnlyList<PrintedQuantity> quantities, int index)
    {
        if (index == 0)
        {
            return false;
        }

        var quantity = quantities[index];
        var count = quantities[index - 1];
        // 9个人口20万以上的县: what the threshold measures may stand between them, in a few characters.
        if (count.End > quantity.Start || !MeasuredWord.IsMatch(clause.Substring(count.End, quantity.Start - count.End)))
        {
            return false;
        }

        var after = clause.Substring(quantity.End, Math.Min(32, clause.Length - quantity.End)).TrimStart();
        return PrintedUnits.DimensionOf(count.Unit) == "Count"
            && (after.StartsWith("以上", StringComparison.Ordinal) || after.StartsWith("及以上", StringComparison.Ordinal))
            && after.TrimStart('及').Length > 2 && char.GetUnicodeCategory(after.TrimStart('及')[2]) == System.Globalization.UnicodeCategory.OtherLetter;
    }
}
