using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace ReportData.Tool.Drafting;

/// <summary>
/// Where a figure's label lies beyond the words right before its number: the verb or object an 、-list shares,
/// the topic of the paragraph for a bare measure (完成投资), the levels a 分别 list of changes refers back to.
/// </summary>
internal static class Labels
{
    /// <summary>
    /// Words of time alone (五年, 过去五年, 全年, 同期, 四季度, 上半年): they name when, not what. Only the five years a review or plan spans: 十年
    /// names a span no section has, and its figure keeps its words for a person to place.
    /// </summary>
    private static readonly Regex TimeOnly = new(
        @"^(?:实现|完成)?(?:(?:近|过去)?五年(?:来|间|中|里)?|全年|当年|同期|年内|今年以来|去年以来|(?:前|第)?[一二三四]季度|[上下]半年)$",
        RegexOptions.CultureInvariant);

    /// <summary>Whether <paramref name="core"/> is words of time alone (五年年均增长5.2%: 五年), no indicator.</summary>
    public static bool IsOnlyTime(string core) => TimeOnly.IsMatch(core);

    /// <summary>What a comparison opens with (高于全国0.2个百分点, 比上年): its words name what is compared with, not a subject. 比 alone opens 比重 too.</summary>
    private static readonly string[] Comparisons = { "高于", "低于", "快于", "慢于", "超出", "比上年", "比去年", "比全国", "较上年", "较去年", "较全国" };

    /// <summary>Whether <paramref name="core"/> can be the subject later changes of its clause borrow: no words of time alone, no comparison.</summary>
    public static bool CanBeSubject(string core) =>
        core.Length >= 2 && !IsOnlyTime(core) && !Array.Exists(Comparisons, word => core.StartsWith(word, StringComparison.Ordinal));

    /// <summary>Verbs that close a label (完成城中村拆迁, 安置房开工): a list item made of one of them shares the object before it.</summary>
    private static readonly string[] ClosingVerbs = { "拆迁", "拆除", "整治", "改造", "治理", "开工", "建成", "竣工", "投用", "完成", "搬迁", "处置", "提升" };

    /// <summary>Measures that name no indicator by themselves: whose investment, whose funds.</summary>
    private static readonly string[] GenericMeasures = { "投资", "资金", "到位资金", "产值", "营业收入", "年度投资" };

    /// <summary>Verbs a paragraph opens with before its topic (加快综合交通廊道建设 → 综合交通廊道建设).</summary>
    private static readonly string[] OpeningVerbs =
    {
        "加快", "推进", "加强", "加大", "深化", "实施", "推动", "全力", "全面", "扎实", "大力", "持续", "着力", "积极", "强化", "聚焦", "抓好", "做好", "完善", "优化", "深入", "统筹",
    };

    /// <summary>
    /// The label of an 、-list item from the one before it: 新认定国家高新技术企业254家、省科技型中小微企业679家 → 新认定省科技型中小微企业
    /// (the verb is shared); 完成城中村拆迁238个、整治203个 → 城中村整治 (the object is shared). Otherwise the item's own words.
    /// </summary>
    public static string ShareWithPrevious(string previous, string core)
    {
        if (core.Length == 0)
        {
            return core;
        }

        previous = LabelText.Normalize(previous);
        if (core.StartsWith("占", StringComparison.Ordinal) && core.Length >= 3 && !previous.Contains("占"))
        {
            // 服务业税收增长22.3%、占税收总收入的53%: the share is of the item before it.
            return previous + core;
        }

        var verb = LeadingVerbs(previous);
        var closing = ClosingVerbs.FirstOrDefault(v => previous.EndsWith(v, StringComparison.Ordinal));
        if (ClosingVerbs.Contains(core) && closing is not null && previous.Length - (verb?.Length ?? 0) - closing.Length >= 2)
        {
            return previous.Substring(verb?.Length ?? 0, previous.Length - (verb?.Length ?? 0) - closing.Length) + core;
        }

        return verb is not null && LearnedTerms.None.LeadingVerb(core, wordsWin: false) is null && !ClosingVerbs.Contains(core) && core.Length >= 2 ? verb + core : core;
    }

    /// <summary>The run of known verbs a label opens with (新建改建城市道路 → 新建改建), or null.</summary>
    private static string? LeadingVerbs(string label)
    {
        var at = 0;
        while (LearnedTerms.None.LeadingVerb(label.Substring(at), wordsWin: false) is { } verb)
        {
            at += verb.Length;
        }

        return at > 0 ? label.Substring(0, at) : null;
    }

    /// <summary>
    /// Words that only say how or that something was done (集中引进, 成功举办, 开工建设), beside the glossary's leading verbs:
    /// with them, no indicator.
    /// </summary>
    private static readonly string[] Manners =
    {
        "集中", "成功", "全面", "共", "累计", "新", "再", "先后", "陆续", "相继", "分批", "年内", "全年", "全市", "开工", "竣工", "举办", "举行", "开通", "引育",
    };

    /// <summary>
    /// Whether a core before a count names no indicator, only verbs and how (集中引进3个院士团队, 开工建设26个共富集聚点): the
    /// counted noun after the number is then the indicator.
    /// </summary>
    public static bool IsOnlyVerbs(string core)
    {
        var text = core;
        var stripped = true;
        while (stripped && text.Length > 0)
        {
            stripped = false;
            if (Manners.FirstOrDefault(m => text.StartsWith(m, StringComparison.Ordinal)) is { } manner)
            {
                (text, stripped) = (text.Substring(manner.Length), true);
            }
            else if (LearnedTerms.None.LeadingVerb(text, wordsWin: false, mayBeWhole: true) is { } verb)
            {
                (text, stripped) = (text.Substring(verb.Length), true);
            }
        }

        return text.Length == 0 && core.Length > 0;
    }

    /// <summary>The longest label a draft prints; the longest of the corpus and the seeds is under 50 characters.</summary>
    private const int LongestLabel = 80;

    /// <summary>
    /// A label of at most <see cref="LongestLabel"/> characters, its words nearest the number kept: text with no marks between
    /// thousands of numbers (5个5个5个…) would give every figure the whole clause as its label.
    /// </summary>
    internal static string Bounded(string label) => label.Length <= LongestLabel ? label : label.Substring(label.Length - LongestLabel);

    /// <summary>Totals that name no indicator alone (总量, 总投资, 产量): whose total the words before say.</summary>
    private static readonly string[] BareTotals = { "总量", "总数", "总产量", "总产", "产量", "单产", "总规模", "规模", "总投资", "总面积" };

    /// <summary>Measures a list's first item closes with, which the total after it does not share (粮食播种面积 → 粮食).</summary>
    private static readonly string[] ItemMeasures = { "播种面积", "种植面积", "面积", "总产量", "产量", "增产", "单产", "数量" };

    /// <summary>
    /// The label of a bare total (<paramref name="core"/>: 总量, 产量, 总投资 …) from the words before it in its sentence:
    /// 粮食播种面积1.1亿亩、产量825亿斤 → 粮食产量; 新增“百亿县”4个、总数达到40个 → “百亿县”总数; 国内生产总值增长6.6%，总量突破90万亿元 →
    /// 国内生产总值总量. Null when the core is no bare total or nothing names whose it is.
    /// </summary>
    /// <summary>Whether <paramref name="core"/> is a total that names no indicator alone (总数, 总量, 产量 …).</summary>
    public static bool IsBareTotal(string core) => Array.IndexOf(BareTotals, core) >= 0;

    public static string? TotalOf(string core, string? before)
    {
        if (before is null || Array.IndexOf(BareTotals, core) < 0)
        {
            return null;
        }

        var entity = before.Trim();
        entity = LeadingVerbs(entity) is { } verbs && entity.Length - verbs.Length >= 2 ? entity.Substring(verbs.Length) : entity;
        if (ItemMeasures.FirstOrDefault(m => entity.EndsWith(m, StringComparison.Ordinal)) is { } measure)
        {
            // 播种面积达到8780.7万亩，…，总产量: a measure alone says no more than the total.
            entity = entity.Substring(0, entity.Length - measure.Length);
        }

        return CanBeSubject(entity) && !entity.EndsWith(core, StringComparison.Ordinal) ? entity + core : null;
    }

    /// <summary>Whether the indicator is only a measure with no subject (完成投资, 到位资金).</summary>
    public static bool IsGenericMeasure(string indicator)
    {
        var bare = LearnedTerms.None.LeadingVerb(indicator) is { } verb ? indicator.Substring(verb.Length) : indicator;
        return GenericMeasures.Contains(bare);
    }

    /// <summary>Words that close the name of a part of a city or district: a zone, a park, a cluster of the city.</summary>
    private static readonly string[] PlaceParts = { "组团", "新区", "片区", "园区", "开发区", "高新区", "经开区", "示范区", "功能区", "新城", "港区", "自贸区", "综保区" };

    /// <summary>
    /// The part of the place a paragraph's topic names (东山组团建设 → 东山组团), or null: a figure of that paragraph may be that
    /// part's, not the whole place's, whatever key its label would settle.
    /// </summary>
    public static string? PartOfPlace(string? topic)
    {
        if (topic is null)
        {
            return null;
        }

        foreach (var part in PlaceParts)
        {
            var at = topic.IndexOf(part, StringComparison.Ordinal);
            if (at > 0)
            {
                return topic.Substring(0, at + part.Length);
            }
        }

        return null;
    }

    /// <summary>The topic a paragraph's first clause names (加快综合交通廊道建设 → 综合交通廊道建设), or null when it is no short noun phrase.</summary>
    public static string? Topic(string firstClause)
    {
        var text = firstClause.Trim();
        var stripped = true;
        while (stripped)
        {
            stripped = false;
            foreach (var verb in OpeningVerbs.Where(v => text.StartsWith(v, StringComparison.Ordinal) && text.Length > v.Length + 2))
            {
                (text, stripped) = (text.Substring(verb.Length), true);
                break;
            }
        }

        return text.Length is >= 3 and <= 12 && text.All(c => c >= '\u4e00' && c <= '\u9fff' || c is '“' or '”') && text != firstClause.Trim() ? text : null;
    }

    /// <summary>
    /// 财政总收入118.2亿元，其中地方财政收入72.8亿元，分别增长11.1%和14.7%: a 分别 list of changes with no indicator of its own is of the
    /// <paramref name="count"/> figures before it in the paragraph (levels, not changes), in order; null when there are not so many.
    /// </summary>
    public static IReadOnlyList<FigureDraft>? LevelsBefore(List<FigureDraft> figures, int paragraphFirst, int count)
    {
        if (count < 2 || figures.Count - paragraphFirst < count)
        {
            return null;
        }

        var levels = figures.Skip(figures.Count - count).ToList();
        return levels.All(f => f.Wording.ChangeWord is null && f.Label.Length >= 2) && levels.Select(f => f.Label).Distinct().Count() == count
            ? levels
            : null;
    }
}
