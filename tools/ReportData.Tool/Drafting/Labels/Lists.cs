using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace ReportData.Tool.Drafting;

/// <summary>The indicators of a 分别 or 均 list, in order, paired with its numbers.</summary>
internal sealed record ListItems(IReadOnlyList<string> Labels, IReadOnlyList<string> LookupLabels, string? Note);

internal static class Lists
{
    private static readonly Regex Joints = new(@"[、和与及]", RegexOptions.CultureInvariant);

    public static ListItems Items(string indicator, int numbers, Wording wording)
    {
        if (numbers < 2 && !wording.Each && !wording.Respectively)
        {
            return new ListItems(Array.Empty<string>(), Array.Empty<string>(), null);
        }

        if (indicator.StartsWith("城乡", StringComparison.Ordinal) && numbers == 2)
        {
            var rest = indicator.Substring(2);
            return new ListItems(
                new[] { indicator + "（城镇）", indicator + "（农村）" },
                new[] { "城镇" + rest, "农村" + rest },
                "分别 list: the first number is urban (城镇), the second rural (农村)");
        }

        var parts = Joints.Split(indicator).Select(part => part.Trim()).Where(part => part.Length > 0).ToList();
        if (parts.Count < 2)
        {
            return new ListItems(Array.Empty<string>(), Array.Empty<string>(), null);
        }

        // 城镇和农村居民收入: a short first item shares the last item's noun.
        var last = parts[parts.Count - 1];
        for (var i = 0; i < parts.Count - 1; i++)
        {
            if (parts[i].Length <= 2 && last.Length > parts[i].Length + 1)
            {
                parts[i] += last.Substring(parts[i].Length);
            }
        }

        ShareHead(parts);

        var note = wording.Each || numbers < 2
            ? "均/各 (or 分别 with one number): the same number for each indicator of the list"
            : "分别 list: numbers paired with the indicators in order";
        return new ListItems(parts, parts, note);
    }

    /// <summary>Words that measure an indicator (产值, 增加值, 人均可支配收入): a list of subjects shares the last item's measure.</summary>
    private static readonly string[] MeasureWords =
    {
        "营业收入", "可支配收入", "零售额", "交易额", "进出口", "增加值", "总收入", "纯收入", "可支配", "规模以上", "产值", "收入", "投资", "利润", "利税", "税收",
        "出口", "贷款", "存款", "余额", "产业", "规上", "人均", "占比", "比重", "人数", "增速", "总额", "起数", "次数", "件数", "户数", "人次",
        "数量", "总量", "规模", "面积", "损失",
    };

    /// <summary>
    /// 高新技术产业、战略性新兴产业规上增加值 → 高新技术产业规上增加值, …; 城镇居民和农村居民人均可支配收入 → 城镇居民人均可支配收入, …:
    /// an earlier item that ends in no measure of its own (or in the first word of the last item's) takes the last item's measure words.
    /// </summary>
    /// <summary>
    /// Why a later item's key is in doubt, or null: 农产品网络零售额、出口额分别增长8.4%、39.8% names a headline series bare (出口额)
    /// after an item of the same measure (…额) that has a subject of its own, which the later item may share (农产品出口额).
    /// </summary>
    public static string? SharedSubjectProblem(IReadOnlyList<string> labels, int index)
    {
        if (index == 0 || index >= labels.Count || labels[0].Length == 0 || labels[index].Length == 0)
        {
            return null;
        }

        var (first, item) = (labels[0].Trim(), labels[index].Trim());
        return HeadlineKeys.IsTerm(item) && !HeadlineKeys.IsTerm(first) && first.Length > item.Length && first[first.Length - 1] == item[item.Length - 1]
            ? $"list: {item} may be of what the first item names ({first}): check the key"
            : null;
    }

    internal static void ShareHead(List<string> parts)
    {
        var last = parts[parts.Count - 1];
        var head = Head(last, out var firstWord);
        if (head.Length == 0 || head.Length == last.Length)
        {
            return;
        }

        for (var i = 0; i < parts.Count - 1; i++)
        {
            if (parts[i].Length > 0 && parts[i][parts[i].Length - 1] is >= '0' and <= '9' or >= 'A' and <= 'Z' or >= 'a' and <= 'z')
            {
                // 广义货币M2和社会融资规模余额: an item closed by its code (M2, GDP) is a whole indicator, no subject of a measure.
                continue;
            }

            var own = MeasureWords.FirstOrDefault(word => parts[i].EndsWith(word, StringComparison.Ordinal));
            if (own is null)
            {
                // 数字经济核心产业制造业 is an industry already: it takes 增加值, not 产业增加值.
                parts[i] += parts[i].EndsWith("业", StringComparison.Ordinal) && head.StartsWith("产业", StringComparison.Ordinal) && head.Length > 2 ? head.Substring(2) : head;
            }
            else if (own == firstWord && head.Length > own.Length)
            {
                parts[i] += head.Substring(own.Length);
            }
        }
    }

    /// <summary>The measure words that close <paramref name="item"/>, read from its end (a bracket such as (收入) included).</summary>
    private static string Head(string item, out string? firstWord)
    {
        firstWord = null;
        var at = item.Length;
        var found = true;
        while (found && at > 0)
        {
            found = false;
            var close = item[at - 1];
            if (close is ')' or '）' && item.LastIndexOfAny(new[] { '(', '（' }, at - 1) is var open && open > 0)
            {
                (at, found) = (open, true);
                continue;
            }

            foreach (var word in MeasureWords)
            {
                if (at > word.Length && string.CompareOrdinal(item, at - word.Length, word, 0, word.Length) == 0)
                {
                    (at, found, firstWord) = (at - word.Length, true, word);
                    break;
                }
            }
        }

        return firstWord is null ? string.Empty : item.Substring(at);
    }
}
