using System;
using System.Linq;

namespace ReportData.Tool.Drafting;

/// <summary>
/// What a figure of a review of several years is about, from the words just before its number: a level the period ended at
/// (国内生产总值从54万亿元增加到82.7万亿元: of the last year) or the period as a whole (年均增长7.1%, 累计减税2万亿元: of the five years).
/// </summary>
internal static class PastPeriodReading
{
    /// <summary>Verbs that end at a level reached: the number after them is where the period ended.</summary>
    private static readonly string[] Reached =
    {
        "增加到", "增长到", "提高到", "提升到", "上升到", "扩大到", "下降到", "降低到", "减少到", "缩小到", "降到",
        "增至", "提高至", "提升至", "上升至", "扩大至", "下降至", "降低至", "降至", "达到", "达",
    };

    /// <summary>Words that make a number the period's own: a yearly average or a sum over the years.</summary>
    private static readonly string[] OverThePeriod = { "年均", "年平均", "平均每年", "每年", "累计", "累积", "合计", "总计", "共计", "五年" };

    /// <summary>Whether the number is a level reached at the period's end (增加到82.7万亿元, 达到9800多万户).</summary>
    public static bool IsLevelReached(FigureDraft figure)
    {
        var before = Before(figure).TrimEnd();
        return !OverThePeriod.Any(before.Contains) && Reached.Any(verb => before.EndsWith(verb, StringComparison.Ordinal));
    }

    /// <summary>Whether the words say the number is over the whole period (年均增长7.1%, 累计减税超过2万亿元).</summary>
    public static bool IsOverThePeriod(FigureDraft figure) => OverThePeriod.Any(Before(figure).Contains);

    /// <summary>The words of the number's own phrase: from the last comma, semicolon or list mark before it to the number.</summary>
    private static string Before(FigureDraft figure)
    {
        var start = Math.Min(figure.Quantity.Start, figure.Quote.Length);
        var text = figure.Quote.Substring(0, start);
        var cut = text.LastIndexOfAny(new[] { '，', ',', '；', ';', '、', '。' });
        return text.Substring(cut + 1);
    }
}
