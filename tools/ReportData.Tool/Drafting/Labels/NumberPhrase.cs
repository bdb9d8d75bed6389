using System;

namespace ReportData.Tool.Drafting;

/// <summary>
/// The words of a number's own phrase in its clause: from the last clause or list mark before it up to the number, and from
/// the number's end up to the next clause mark. What the readings of periods and forecasts look at.
/// </summary>
internal static class NumberPhrase
{
    private static readonly char[] MarksBefore = { '，', ',', '；', ';', '、', '。', '：', ':' };

    private static readonly char[] MarksAfter = { '，', ',', '；', ';', '。' };

    /// <summary>国内生产总值从54万亿元增加到 of …，国内生产总值从54万亿元增加到82.7万亿元: the words before the 82.7 (from the last 、，；。：).</summary>
    /// <remarks>
    /// Only the phrase is copied, at most <see cref="Reach"/> characters of it: a clause of thousands of numbers is read in
    /// linear time.
    /// </remarks>
    public static string Before(FigureDraft figure)
    {
        var end = Math.Min(figure.Quantity.Start, figure.Quote.Length);
        var reach = Math.Min(Reach, end);
        var mark = end == 0 ? -1 : figure.Quote.LastIndexOfAny(MarksBefore, end - 1, reach);
        var start = mark >= 0 ? mark + 1 : end - reach;
        return figure.Quote.Substring(start, end - start);
    }

    /// <summary>的预期目标 of 低于13%左右的预期目标，: the words after the number and its unit, at most <see cref="AfterReach"/> of them.</summary>
    public static string After(FigureDraft figure)
    {
        var start = Math.Min(figure.Quantity.End, figure.Quote.Length);
        var reach = Math.Min(AfterReach, figure.Quote.Length - start);
        var cut = figure.Quote.IndexOfAny(MarksAfter, start, reach);
        return figure.Quote.Substring(start, cut >= 0 ? cut - start : reach);
    }

    /// <summary>How far the words after a number are read: a clause of thousands of list items runs on without a clause mark.</summary>
    private const int AfterReach = 48;

    /// <summary>How far the words before a number are read; a phrase of the corpus is far shorter.</summary>
    private const int Reach = 120;
}
