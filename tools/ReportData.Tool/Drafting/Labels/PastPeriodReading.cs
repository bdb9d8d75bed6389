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
        "缩小至", "压缩到", "压缩至", "压减到", "压减至", "缩短到", "缩短至", "减少至", "减至", "缩减到", "缩减至",
    };

    /// <summary>
    /// Verbs that reach a level only when what they measure is a stock (工业增加值突破40万亿元, 企业数量超过5200万户, 覆盖10.5亿人);
    /// of a flow they are a total (城镇新增就业超过6000万人, 棚户区住房改造超过2100万套).
    /// </summary>
    private static readonly string[] ReachedByAStock = { "突破", "超过", "覆盖", "已设" };

    /// <summary>Words of a flow: what a label with one of them counts happened over the period.</summary>
    private static readonly string[] FlowWords =
    {
        "新增", "新建", "新设", "改造", "减", "降", "受益", "惠及", "建设", "建成", "培训", "脱贫", "搬迁", "安置", "退出", "淘汰", "转移", "扩招",
        "投入", "完成", "开工", "治理", "持续", "一直", "贡献",
    };

    /// <summary>
    /// Qualifiers between a verb and its number (增加到近1万公里, 增加到超过100万亿元, 从不到70万亿元): the verb before them decides.
    /// The longer words first, so 将近 is not read as 近.
    /// </summary>
    private static readonly string[] Qualifiers = { "不到", "不足", "接近", "将近", "近", "约", "不超过", "不高于", "不低于", "超过", "逾" };

    /// <summary>Words of a yearly average over the period (年均增长7.1%).</summary>
    private static readonly string[] YearlyAverages = { "年均", "年平均", "平均每年", "每年" };

    /// <summary>Words of a sum over the period (累计减税超过2万亿元).</summary>
    private static readonly string[] Sums = { "累计", "累积", "合计", "总计", "共计", "五年" };

    /// <summary>Words of a level held through the period (粮食产量连年稳定在…, 赤字率一直控制在…).</summary>
    private static readonly string[] HeldLevels = { "连年", "一直", "始终", "持续保持" };

    /// <summary>Words that make a number the period's own: a yearly average, a sum over the years, or a level held through them.</summary>
    private static readonly string[] OverThePeriod = YearlyAverages.Concat(Sums).Concat(HeldLevels).ToArray();

    /// <summary>Whether the number is a level reached at the period's end (增加到82.7万亿元, 达到9800多万户).</summary>
    public static bool IsLevelReached(FigureDraft figure)
    {
        var before = NumberPhrase.Before(figure).TrimEnd();
        if (OverThePeriod.Any(before.Contains))
        {
            return false;
        }

        if (Reached.Any(verb => before.EndsWith(verb, StringComparison.Ordinal)))
        {
            return true;
        }

        var qualifier = Qualifiers.FirstOrDefault(word => before.EndsWith(word, StringComparison.Ordinal));
        var verbEnd = qualifier is null ? before : before.Substring(0, before.Length - qualifier.Length);
        if (qualifier is not null && Reached.Any(verb => verbEnd.EndsWith(verb, StringComparison.Ordinal)))
        {
            return true;
        }

        return (ReachedByAStock.Any(verb => before.EndsWith(verb, StringComparison.Ordinal)) && !FlowWords.Any((before + figure.Label).Contains))
            || IsShareOfAWhole(figure, before);
    }

    /// <summary>
    /// 71%的煤电机组实现超低排放, 90%以上的政务服务实现网上可办: a share of a whole in some state is how things stand, at the
    /// period's end, not a change over it (a change prints its verb before the number: 提高到, 增长).
    /// </summary>
    private static bool IsShareOfAWhole(FigureDraft figure, string before)
    {
        if (figure.Quantity.Unit is not ("%" or "％") || figure.Wording.ChangeWord is not null || before.Trim().Length > 0)
        {
            return false;
        }

        var after = NumberPhrase.After(figure).TrimStart();
        var bound = ShareBounds.FirstOrDefault(word => after.StartsWith(word, StringComparison.Ordinal));
        return after.Substring(bound?.Length ?? 0).StartsWith("的", StringComparison.Ordinal);
    }

    /// <summary>A bound between a share and its whole (90%以上的政务服务).</summary>
    private static readonly string[] ShareBounds = { "以上", "以下", "左右", "多" };

    /// <summary>去年利润增长23.5%, 全年国内生产总值增长3% inside a review of five years: the words name the last year reviewed.</summary>
    public static bool NamesLastYear(FigureDraft figure) => NumberPhrase.Before(figure) is var before && (before.Contains("去年") || before.Contains("全年"));

    /// <summary>
    /// Whether the number is the level the period started from (国内生产总值从54万亿元增加到82.7万亿元: the 54), the year
    /// before its first.
    /// </summary>
    public static bool IsStartLevel(FigureDraft figure) => StartsFrom(figure, "从", "由");

    /// <summary>
    /// 赤字率从去年的2.1%提高到2.3%, 工业企业利润由上年下降2.3%转为增长8.5%, 算力规模从年初的400P增加到8400P: the level (or change) a
    /// change starts from, named as last year's (the year's start is last year's end).
    /// </summary>
    public static bool IsLastYearsStartLevel(FigureDraft figure) =>
        StartsFrom(figure, "从去年的", "由去年的", "从上年的", "由上年的", "从年初的", "由年初的") || StartsFrom(figure, withChange: true, "从去年", "由去年", "从上年", "由上年");

    private static bool StartsFrom(FigureDraft figure, params string[] words) => StartsFrom(figure, withChange: false, words);

    private static bool StartsFrom(FigureDraft figure, bool withChange, params string[] words)
    {
        var before = NumberPhrase.Before(figure).TrimEnd();
        // A qualifier between 从 and the start level (从不到70万亿元增加到…) leaves it the start.
        if (Array.Find(Qualifiers, qualifier => before.EndsWith(qualifier, StringComparison.Ordinal)) is { } qualified)
        {
            before = before.Substring(0, before.Length - qualified.Length);
        }

        if (withChange)
        {
            // 由上年下降2.3%转为增长8.5%: last year's change is where this year's turned from.
            var change = Wording.ChangeWords.FirstOrDefault(word => before.EndsWith(word, StringComparison.Ordinal));
            if (change is null)
            {
                return false;
            }

            before = before.Substring(0, before.Length - change.Length);
        }

        var after = NumberPhrase.After(figure);
        return Array.Exists(words, word => before.EndsWith(word, StringComparison.Ordinal))
            && (Reached.Any(after.Contains) || after.Contains("转为"));
    }

    /// <summary>
    /// The section of a level a change starts from, or null for any other figure: in a plan (城镇化率从47.5%提高到51.5%, 赤字率从去年的
    /// 2.1%提高到2.3%) it is last year's, an actual; in the review of one year (服务业增加值比重由46.9%提高到48.2%) the year's before.
    /// (A review of five years places its own, by <see cref="IsStartLevel"/>.)
    /// </summary>
    public static Section? StartLevelSection(FigureDraft figure, int reportYear) => figure.Section switch
    {
        { Kind: SectionKind.Targets or SectionKind.Horizon } when PastPeriodReading.IsStartLevel(figure) || PastPeriodReading.IsLastYearsStartLevel(figure)
            => new Section(SectionKind.Review, reportYear - 1, null),
        { Kind: SectionKind.Review, Year: { } reviewed } when PastPeriodReading.IsStartLevel(figure) || PastPeriodReading.IsLastYearsStartLevel(figure)
            => figure.Section with { Year = reviewed - 1 },
        _ => null,
    };

    /// <summary>
    /// Verbs a label opens with that count what happened (新增公路63.9万公里, 关停小火电机组7210万千瓦, 完成造林2529万公顷): no level
    /// stands at the period's end, so the number is the period's total.
    /// </summary>
    private static readonly string[] OpeningFlowVerbs =
    {
        "新增", "新建", "新设", "新开工", "改建", "改扩建", "改造", "建成", "完成", "淘汰", "关停", "治理", "综合治理", "转移", "资助", "共资助",
        "解决", "培训", "搬迁", "安置", "脱贫", "减少", "减税", "降费", "累计",
    };

    /// <summary>
    /// Whether the number is over the whole period: the words say so (年均增长7.1%, 累计减税超过2万亿元), or it is a change (能耗下降19.1%,
    /// 占比提高2.5个百分点) or a count of what happened (新增公路63.9万公里) rather than a level. A level reached is read before this.
    /// </summary>
    public static bool IsOverThePeriod(FigureDraft figure) =>
        OverThePeriod.Any(NumberPhrase.Before(figure).Contains)
        || (!OtherSpans.Any((NumberPhrase.Before(figure) + figure.Label).Contains)
            && (figure.Wording.ChangeWord is not null || OpeningFlowVerbs.Any(verb => figure.Label.StartsWith(verb, StringComparison.Ordinal))));

    /// <summary>
    /// The note a review's total over its years gets (新增公路63.9万公里 → "five-year total (五年)"), as docs/authoring.md asks of
    /// multi-year totals; null for a change, a yearly average (年均增长7.1%, 年均新增1300万人) or a rate (五年总体赤字率3%), which are no
    /// totals.
    /// </summary>
    public static string? TotalNote(FigureDraft figure, string horizon) =>
        figure.Wording.ChangeWord is null && !NoTotals.Any((NumberPhrase.Before(figure) + figure.Label).Contains)
            && ReportData.Tool.Generator.PrintedUnits.DimensionOf(figure.Quantity.Unit) is not "Ratio" and not "PercentagePoints"
            ? (horizon == "三年" ? "three-year total" : "five-year total") + $" ({horizon})"
            : null;

    /// <summary>Words of a yearly average or of a level held (粮食产量连年稳定在1.3万亿斤以上, 平均浓度): no total.</summary>
    private static readonly string[] NoTotals = YearlyAverages.Concat(HeldLevels).Concat(new[] { "平均", "稳定在", "保持在" }).ToArray();

    /// <summary>Spans other than the review's five years (十年来…涨幅稳定在2%左右, 十年增加近70万亿元): the period is a person's to choose.</summary>
    private static readonly string[] OtherSpans = { "十年", "两年", "三年", "四年", "六年", "七年", "八年", "九年", "以来", "之初" };

    /// <summary>A span of years in words other than five (三年行动, 十年来, 两年新增): not the review's five years.</summary>
    private static readonly System.Text.RegularExpressions.Regex SpanInWords = new(
        "(?<![一二三四五六七八九十])(?:[两三四六七八九]|十[一二三四五六七八九]?)年(?!级)", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>
    /// Whether a clause names a census that revises statistics (经济普查 the GDP, 人口普查 the population, 农业普查 the farms):
    /// its sentence's figures may be an earlier year's revised. A census of relics or soil (文物普查, 土壤普查) revises none.
    /// </summary>
    public static bool NamesACensus(string clause) => clause.Contains("经济普查") || clause.Contains("人口普查") || clause.Contains("农业普查");

    /// <summary>The last span of years other than five that <paramref name="sentence"/> names (实施…三年行动，累计扩招: 三年), or null.</summary>
    public static string? SpanNamedIn(string sentence) =>
        SpanInWords.Matches(sentence).Cast<System.Text.RegularExpressions.Match>().LastOrDefault()?.Value;
}
