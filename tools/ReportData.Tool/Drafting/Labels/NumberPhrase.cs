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
    public static string Before(FigureDraft figure)
    {
        var text = figure.Quote.Substring(0, Math.Min(figure.Quantity.Start, figure.Quote.Length));
        return text.Substring(text.LastIndexOfAny(MarksBefore) + 1);
    }

    /// <summary>的预期目标 of 低于13%左右的预期目标，: the words after the number and its unit.</summary>
    public static string After(FigureDraft figure)
    {
        var text = figure.Quote.Substring(Math.Min(figure.Quantity.End, figure.Quote.Length));
        var cut = text.IndexOfAny(MarksAfter);
        return cut >= 0 ? text.Substring(0, cut) : text;
    }
}
