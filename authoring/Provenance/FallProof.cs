using System;
using System.Collections.Generic;

namespace ReportData.Authoring.Provenance;

/// <summary>What a quote prints before a number, as a change of the indicator.</summary>
internal enum PrintedChange
{
    /// <summary>No word of change before the number in its clause, or a level reached (下降到, 降至): the number is a level.</summary>
    None,

    /// <summary>A rise (增长, 提高, 增加 ...).</summary>
    Rise,

    /// <summary>A fall (下降, 减少, 回落 ...), or a minus sign before the number (增长-3.2%).</summary>
    Fall,
}

/// <summary>
/// Proves a figure's sign against its quote as <see cref="UnitProof"/> proves its unit: a fall is printed at the
/// number, as a minus sign right before it or as the nearest word of change before it in its clause
/// ("下降2%", "分别下降2.9%、2.3%和11.7%", "同比回落1.5个百分点"). A word of change followed by 到 or 至 names the level
/// reached ("下降到42微克/立方米", "回落至6.5%"), not a change. The clause ends at the punctuation that ends a clause
/// (，。；：), so a fall in one clause does not reach the numbers of the next.
/// </summary>
internal static class FallProof
{
    /// <summary>Words of a fall, longest first where one begins another.</summary>
    private static readonly string[] FallWords =
    {
        "下降", "减少", "回落", "降低", "下滑", "缩小", "下调", "收窄", "削减", "压减", "压缩", "下跌", "减小", "负增长", "降", "减",
    };

    /// <summary>
    /// Words of comparison (比去年预算低0.4个百分点): they prove a decline, but a key may name the shortfall itself
    /// (<c>…ShortfallVsTarget</c>, 比预期目标低0.9个百分点, a positive value), so they never make a rise suspect.
    /// </summary>
    private static readonly string[] ComparisonFallWords = { "低", "少" };

    /// <summary>Words of a rise: the nearest word of change decides, so 增长 after a fall word of another clause part wins.</summary>
    private static readonly string[] RiseWords =
    {
        "增长", "增加", "提高", "上升", "提升", "扩大", "上涨", "上调", "增", "升", "涨", "高", "多",
    };

    /// <summary>After a word of change, a level reached rather than a change (下降到, 降至, 降为).</summary>
    private static readonly char[] LevelCues = { '到', '至', '为' };

    private static readonly char[] ClauseEnds = { '，', '。', '；', '：', ',', ';', ':', '！', '？', '\n' };

    /// <summary>How a change word this far before the number is still the number's: a clause is rarely longer.</summary>
    private const int Reach = 40;

    /// <summary>What the quote prints before the number starting at <paramref name="start"/>.</summary>
    public static PrintedChange At(string quote, int start, bool comparisons = true)
    {
        if (NumberPlaces.IsSigned(quote, start))
        {
            return PrintedChange.Fall;
        }

        var limit = Math.Max(0, start - Reach);
        for (var end = start; end > limit; end--)
        {
            var previous = quote[end - 1];
            if (Array.IndexOf(ClauseEnds, previous) >= 0)
            {
                break;
            }

            var change = EndingAt(quote, end, FallWords) || (comparisons && EndingAt(quote, end, ComparisonFallWords)) ? PrintedChange.Fall : EndingAt(quote, end, RiseWords) ? PrintedChange.Rise : PrintedChange.None;
            if (change != PrintedChange.None)
            {
                var after = UnitProof.SkipSpaces(quote, end);
                if (after < quote.Length && quote[after] == '于')
                {
                    // 低于, 高于, 少于: a bound on the number, not a change; the change is named elsewhere in the clause.
                    continue;
                }

                return after < quote.Length && Array.IndexOf(LevelCues, quote[after]) >= 0 ? PrintedChange.None : change;
            }
        }

        return After(quote, start, comparisons);
    }

    /// <summary>
    /// Where no word of change stands before the number in its clause, the first one after it names the change the number
    /// measures ("按不低于5%的幅度压减", "以3%的速度下降"); the clause ends as before.
    /// </summary>
    private static PrintedChange After(string quote, int start, bool comparisons)
    {
        var limit = Math.Min(quote.Length, start + Reach);
        for (var end = start + 1; end <= limit; end++)
        {
            if (Array.IndexOf(ClauseEnds, quote[end - 1]) >= 0)
            {
                return PrintedChange.None;
            }

            if (EndingAt(quote, end, FallWords) || (comparisons && EndingAt(quote, end, ComparisonFallWords)))
            {
                return PrintedChange.Fall;
            }

            if (EndingAt(quote, end, RiseWords))
            {
                return PrintedChange.Rise;
            }
        }

        return PrintedChange.None;
    }

    /// <summary>True when a fall is printed at one of the places the value stands.</summary>
    public static bool AnyFall(string quote, IEnumerable<int> starts)
    {
        foreach (var start in starts)
        {
            if (At(quote, start) == PrintedChange.Fall)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when a minus sign is printed at one of the places the value stands: a negative level is printed so.</summary>
    public static bool AnyMinus(string quote, IEnumerable<int> starts)
    {
        foreach (var start in starts)
        {
            if (NumberPlaces.IsSigned(quote, start))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when every place (at least one) prints a fall by a word of change: the value is a fall the YAML records as a rise.</summary>
    public static bool AllFall(string quote, IReadOnlyCollection<int> starts)
    {
        if (starts.Count == 0)
        {
            return false;
        }

        foreach (var start in starts)
        {
            if (At(quote, start, comparisons: false) != PrintedChange.Fall)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// True for a change rather than a level: a growth key (<c>GdpGrowth</c>, <c>GdpGrowthChange</c>), a change key (<c>…Change</c>), or a
    /// figure in percentage points or multiples, which measure changes. Only a change may fall by words; a level is
    /// negative only where the quote prints it with a minus sign.
    /// </summary>
    public static bool IsChange(string key, string printedUnit, Units.FigureUnit unit) =>
        key.IndexOf("Growth", StringComparison.Ordinal) >= 0
        || key.EndsWith("Change", StringComparison.Ordinal)
        || unit == Units.FigureUnit.PercentagePoints
        || UnitProof.Compact(printedUnit) == "倍";

    private static bool EndingAt(string quote, int end, string[] words)
    {
        foreach (var word in words)
        {
            if (end >= word.Length && string.CompareOrdinal(quote, end - word.Length, word, 0, word.Length) == 0)
            {
                return true;
            }
        }

        return false;
    }
}
