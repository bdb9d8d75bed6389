using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using ReportData.Authoring.Numbers;
using ReportData.Authoring.Shared;

namespace ReportData.Tool.Drafting;

/// <summary>What the figures of a paragraph are about, from the headings and cue phrases before them.</summary>
public enum SectionKind
{
    /// <summary>The review of the last year (工作回顾): actual figures of the reviewed year.</summary>
    Review,

    /// <summary>
    /// A review of several past years (过去五年, “十三五”时期 looked back on): actual figures; a level reached at the period's end is
    /// of the reviewed year, a total or a yearly average is of the period (<see cref="Section.Horizon"/> 五年 when the period is
    /// surely the last five years).
    /// </summary>
    PastPeriod,

    /// <summary>This year's targets and work (主要预期目标, 今年工作): targets for the report's year.</summary>
    Targets,

    /// <summary>Multi-year goals (今后五年, "十四五"): targets with a horizon.</summary>
    Horizon,
}

/// <summary>The section a paragraph stands in, with the year or horizon its figures get.</summary>
/// <param name="Doubt">Why the engine cannot place the section's figures for sure (its figures are marked for review), or null.</param>
public sealed record Section(SectionKind Kind, int? Year, string? Horizon, string? Doubt = null);

/// <summary>
/// Follows a report's structure paragraph by paragraph. Headings (一、2023年工作回顾, 二、2024年目标任务, a short line
/// without a full stop) set the section of what follows them; the opening words of a paragraph switch it within a
/// section (过去五年 and 一年来 inside a review of both; 今年 after a review; 主要预期目标是 the targets); a paragraph
/// that looks back (去年, “十四五”以来) inside a plan is a look-back for that paragraph only. What no heading or cue
/// places keeps the section before it, with a doubt its figures carry as a review mark.
/// </summary>
public sealed class SectionTracker
{
    private static readonly Regex AnyYear = new(@"((?:19|20)[0-9][0-9])\s*年", RegexOptions.CultureInvariant);

    private static readonly Regex TopNumber = new(@"^[一二三四五六七八九十]{1,3}\s*[、.．]", RegexOptions.CultureInvariant);

    private static readonly Regex HorizonCue = new(@"(今后五年|未来五年|今后三年|未来三年|“十[一二三四五六七八九]五”|十[一二三四五六七八九]五)", RegexOptions.CultureInvariant);

    /// <summary>A paragraph that states targets: 主要预期目标是：, 发展的主要目标为, 预期目标建议为.</summary>
    private static readonly Regex SetsTargets = new(@"^.{0,40}?(?:主要预期目标|主要目标|预期目标)(?:建议)?(?:是|为|：|:)", RegexOptions.CultureInvariant);

    /// <summary>A paragraph about this year as a whole (今年是…之年, 今年经济社会发展…), not a date of it (今年1月7日).</summary>
    private static readonly Regex ThisYear = new(@"^今年(?:是|，|,|的|经济|政府|发展|全[省市区]|我国|我[省市区])", RegexOptions.CultureInvariant);

    private static readonly Regex PastYearOpening = new(@"^(?:刚刚|刚)?过去的\s*((?:19|20)[0-9][0-9])\s*年", RegexOptions.CultureInvariant);

    private static readonly string[] FiveYearsBack = { "过去五年", "五年来", "过去的五年", "这五年", "本届政府", "回顾五年" };

    private static readonly string[] OneYearBack = { "过去一年", "一年来", "去年", "过去的一年", "刚刚过去的一年", "回顾过去一年", "初步统计", "初步核算", "据初步" };

    private static readonly string[] PlanWords =
    {
        "今年", "总体要求", "主要目标", "预期目标", "目标任务", "工作安排", "重点工作", "主要任务", "工作任务", "总体部署", "政策取向", "工作建议", "的工作",
    };

    private readonly int _reportYear;

    public SectionTracker(int reportYear)
    {
        _reportYear = reportYear;
        Current = new Section(SectionKind.Review, reportYear - 1, null, "no heading or cue phrase places this passage: check its year and kind");
    }

    public Section Current { get; private set; }

    /// <summary>The year the review covers, once a heading or cue named it.</summary>
    public int? ReviewedYear { get; private set; }

    /// <summary>Whether the report states this year's main targets (主要预期目标).</summary>
    public bool HasTargets { get; private set; }

    /// <summary>The text as the cues read it (see <see cref="Cues.Normalize"/>).</summary>
    public static string Normalize(string paragraph) => Cues.Normalize(paragraph);

    /// <summary>Whether a line reads as a heading: numbered 一、 (short), or a short line without a full stop.</summary>
    /// <remarks>A short line that names nothing a heading names (十三五, 党的十八届六中全会: a paragraph broken into lines) or that
    /// introduces a list (主要抓了以下九个方面的工作：) is no heading.</remarks>
    public static bool IsHeading(string text) =>
        text.Length > 0 && text.IndexOf('。') < 0 && !text.EndsWith("：", System.StringComparison.Ordinal) && !text.EndsWith(":", System.StringComparison.Ordinal)
            && ((TopNumber.IsMatch(text) && text.Length <= 60)
                || (text.Length <= 40 && !text.Contains("；") && !text.Contains("以下") && HeadingWord.IsMatch(text)));

    private static readonly Regex HeadingWord = new(@"(?:19|20)[0-9][0-9]\s*年|回顾|今年|工作|目标|任务|安排|要求|部署|成就|五年|以来", RegexOptions.CultureInvariant);

    /// <summary>Moves to the section <paramref name="paragraph"/> opens, if it opens one, and returns the section its figures belong to.</summary>
    public Section Enter(string paragraph)
    {
        var text = Normalize(paragraph);
        if (text.Length == 0)
        {
            return Current;
        }

        if (IsHeading(text))
        {
            var placed = Heading(text);
            if (placed is not null)
            {
                Current = placed;
            }
            else if (TopNumber.IsMatch(text))
            {
                // 三、加强政府自身建设: a numbered section that names no period continues this year's plan; after a review it is unsure.
                Current = Current.Kind == SectionKind.Targets ? Current
                    : Current with { Doubt = Current.Doubt ?? $"the heading '{Shorten(text)}' names no period: check the year and kind" };
            }

            return Current;
        }

        return Opening(text);
    }

    private static readonly Regex TitleOrDate = new(@"工作报告|来源|(?:19|20)[0-9][0-9]\s*年\s*[0-9]{1,2}\s*月\s*[0-9]{1,2}\s*日", RegexOptions.CultureInvariant);

    private Section? Heading(string text)
    {
        if (TitleOrDate.IsMatch(text) && !TopNumber.IsMatch(text))
        {
            // 2025年福建省政府工作报告, ——2025年1月13日在…: the title and the date, not a section.
            return Current;
        }

        var year = AnyYear.Match(text) is { Success: true } m ? int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : (int?)null;
        var horizon = HorizonCue.Match(text);
        var numbered = TopNumber.IsMatch(text);
        if (text.Contains("回顾") || text.Contains("过去一年") || text.Contains("去年工作") || text.Contains("成就"))
        {
            if (text.Contains("一年") || (year is { } y && y == _reportYear - 1) || !(text.Contains("五年") || (horizon.Success && LooksBack(text, horizon))))
            {
                return Review(year is { } reviewed && reviewed < _reportYear ? reviewed : _reportYear - 1);
            }

            return PastPeriod(Shorten(text), text.Contains("五年") || (horizon.Success && EndsLastYear(horizon.Value)));
        }

        if (horizon.Success && !text.Contains("今年") && year != _reportYear)
        {
            return LooksBack(text, horizon) ? PastPeriod(horizon.Value, EndsLastYear(horizon.Value) && !Since(text, horizon)) : HorizonSection(horizon.Value);
        }

        if (year == _reportYear || (year is null && (numbered || text.Contains("今年")) && System.Array.Exists(PlanWords, text.Contains)))
        {
            return new Section(SectionKind.Targets, _reportYear, null);
        }

        if (year is { } later && later > _reportYear && (text.Contains("到") || text.Contains("至")))
        {
            return new Section(SectionKind.Targets, later, null);
        }

        if (year == _reportYear - 1)
        {
            return Review(year.Value);
        }

        return null;
    }

    private Section Opening(string text)
    {
        var opening = text.Length > 30 ? text.Substring(0, 30) : text;
        var horizon = HorizonCue.Match(opening);
        var inPlan = Current.Kind is SectionKind.Targets or SectionKind.Horizon;
        if (SetsTargets.Match(text) is { Success: true } sets && !LooksAtThePast(sets.Value))
        {
            // “十四五”时期的主要目标是: the plan's goals; 2025年是“十四五”规划收官之年。主要预期目标是: this year's targets.
            var sentence = sets.Value.Substring(sets.Value.LastIndexOfAny(new[] { '。', '；', '！' }) + 1);
            if (HorizonCue.Match(sentence) is { Success: true } goals && !LooksBack(sentence, goals))
            {
                Current = HorizonSection(goals.Value);
            }
            else if (YearAt(opening) is { } later && later > _reportYear)
            {
                Current = new Section(SectionKind.Targets, later, null);
            }
            else
            {
                HasTargets = true;
                Current = new Section(SectionKind.Targets, _reportYear, null);
            }

            return Current;
        }

        if (horizon.Success && horizon.Index <= 2)
        {
            if (LooksBack(opening, horizon))
            {
                return Switch(inPlan, PastPeriod(horizon.Value, EndsLastYear(horizon.Value) && !Since(opening, horizon)));
            }

            // 今后五年, “十四五”时期: the goals; inside a review of last year (“十四五”规划目标任务 ... 完成) a plan named is looked back
            // on; after a review of the five years just ended, a plan not yet ended is the next one's goals.
            return Current.Kind is SectionKind.Review && Current.Doubt is null && !text.Contains("目标是") && !text.Contains("主要目标")
                ? Current
                : Current = HorizonSection(horizon.Value);
        }

        if (System.Array.Exists(FiveYearsBack, cue => opening.StartsWith(cue, System.StringComparison.Ordinal)))
        {
            return Switch(inPlan, PastPeriod(FiveYearsBack.First(cue => opening.StartsWith(cue, System.StringComparison.Ordinal)), fiveYears: true));
        }

        var yearOpening = YearAt(opening);
        // 刚刚过去的2017年，…: the year just past, named.
        var pastYear = PastYearOpening.Match(opening);
        if (System.Array.Exists(OneYearBack, cue => opening.StartsWith(cue, System.StringComparison.Ordinal)) || (yearOpening == _reportYear - 1 && StartsWithYear(opening))
            || (pastYear.Success && int.Parse(pastYear.Groups[1].Value, CultureInfo.InvariantCulture) == _reportYear - 1))
        {
            return Switch(inPlan, Review(ReviewedYear ?? _reportYear - 1));
        }

        if (!inPlan && (ThisYear.IsMatch(opening) || (yearOpening == _reportYear && StartsWithYear(opening))))
        {
            // 今年是“十四五”规划收官之年 after a review: the plan begins.
            return Current = new Section(SectionKind.Targets, _reportYear, null);
        }

        if (Current.Kind == SectionKind.Horizon && (ThisYear.IsMatch(opening) || (yearOpening == _reportYear && StartsWithYear(opening))))
        {
            return Current = new Section(SectionKind.Targets, _reportYear, null);
        }

        return Current;
    }

    /// <summary>A sentence that opens with a past year and a comma (2012年，…; 2012年底，…): what it says is of that year.</summary>
    private static readonly Regex PastYearSentence = new(@"^((?:19|20)[0-9][0-9])\s*年(?:底|末|全年)?$", RegexOptions.CultureInvariant);

    /// <summary>
    /// The section a sentence after the first of its paragraph turns to, from its opening clause, or null to stay. A sentence that
    /// opens with a past year (2012年，…国内生产总值增长7.8%) is of that year, for that sentence only (<c>SentenceOnly</c>). Inside a
    /// plan a sentence that looks back (过去一年，我们的各项工作取得了很大成绩。国内生产总值增长10.3%…) turns the rest of the
    /// paragraph to the review, until a sentence opens with this year again (今年…, 主要预期目标是); so does the plan of a later
    /// year a clause named (到2035年…。今年力争…). The paragraph's own opening is read by <see cref="Enter"/>.
    /// </summary>
    internal (Section Section, bool SentenceOnly)? Sentence(string openingClause, Section paragraphSection, Section carried)
    {
        var text = Normalize(openingClause);
        if (PastYearSentence.Match(text) is { Success: true } past && int.Parse(past.Groups[1].Value, CultureInfo.InvariantCulture) is var year
            && year < _reportYear && year >= _reportYear - 10)
        {
            return (new Section(SectionKind.Review, year, null), true);
        }

        var inPlan = paragraphSection.Kind is SectionKind.Targets or SectionKind.Horizon;
        if (inPlan && System.Array.Exists(OneYearBack, cue => text.StartsWith(cue, System.StringComparison.Ordinal)))
        {
            return (new Section(SectionKind.Review, ReviewedYear ?? _reportYear - 1, null), false);
        }

        return inPlan && carried != paragraphSection && (text.StartsWith("今年", System.StringComparison.Ordinal) || SetsTargets.IsMatch(text))
            ? (paragraphSection, false)
            : null;
    }

    /// <summary>In a plan a look-back is the paragraph's alone; elsewhere it becomes the section.</summary>
    private Section Switch(bool inPlan, Section section) => inPlan ? section : Current = section;

    private Section Review(int year)
    {
        ReviewedYear ??= year;
        return new Section(SectionKind.Review, year, null);
    }

    /// <summary>
    /// A review of several years: actual figures; a level at the period's end is of the reviewed year. When the period is surely the
    /// five years up to the reviewed one (过去五年, a plan that ended last year) its totals and averages get the horizon 五年;
    /// otherwise (“十四五”以来, a plan of long ago) the period is for a person to settle.
    /// </summary>
    private Section PastPeriod(string cue, bool fiveYears) =>
        fiveYears
            ? new(SectionKind.PastPeriod, _reportYear - 1, FiveYears)
            : new(SectionKind.PastPeriod, _reportYear - 1, null,
                $"a figure of a review of several years ({cue}): a level at the period's end is of {_reportYear - 1}, a total or a yearly average over the period is of no one year: check the year or delete the figure");

    /// <summary>The horizon of the five years a report looks back on (过去五年), as the dataset records it.</summary>
    internal const string FiveYears = "五年";

    /// <summary>Whether the plan a cue names (十三五) ended in the year before the report's: its review is of the last five years.</summary>
    private bool EndsLastYear(string cue) => PlanNumber(cue) is { } plan && 1955 + 5 * plan == _reportYear - 1;

    /// <summary>“十四五”以来: since the plan began, not its whole period.</summary>
    private static bool Since(string text, Match cue)
    {
        var after = text.Substring(cue.Index + cue.Length).TrimStart('”', '"', ' ');
        return (after.Length > 8 ? after.Substring(0, 8) : after).Contains("以来");
    }

    private static bool LooksAtThePast(string text) => text.Contains("完成") || text.Contains("实现") || text.Contains("圆满");

    private static int? YearAt(string opening) =>
        AnyYear.Match(opening) is { Success: true } m && m.Index <= 4 ? int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : null;

    private static bool StartsWithYear(string opening) => AnyYear.Match(opening) is { Success: true, Index: 0 } m
        && m.Index + m.Length < opening.Length && "是，,全我".IndexOf(opening[m.Index + m.Length]) >= 0;

    private static string Shorten(string text) => text.Length > 24 ? text.Substring(0, 24) + "…" : text;

    /// <summary>
    /// The section of a clause that opens with a past year and what it reached then (2023年达到13.09万亿元, after a census
    /// revision in the review of 2024), for that clause alone; null for any other clause. A year that opens a period
    /// (2020年以来) or a date (2024年底前) is no such year.
    /// </summary>
    internal static Section? PastYearClause(string clause, Section section, int reportYear)
    {
        if (YearOpening.Match(PrintedDigits.ToAscii(clause)) is not { Success: true } match)
        {
            return null;
        }

        var year = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        return year < reportYear && year >= reportYear - 10 && !(section.Kind == SectionKind.Review && section.Year == year && section.Doubt is null)
            ? new Section(SectionKind.Review, year, null)
            : null;
    }

    /// <summary>A clause that opens with the year its figure is of (2015年国内生产总值将超过55万亿元, 2023年达到13.09万亿元), not a year's description (2025年是…).</summary>
    private static readonly Regex YearOpening = new(@"^\s*((?:19|20)[0-9][0-9])\s*年(?:底|末)?(?![底末]|是|以来|以前|以后|前|后|起|开始|的|[0-9])", RegexOptions.CultureInvariant);

    private static readonly Regex ByYear = new(@"(?:^|[，,；;。])?\s*(?:到|至|力争到|预计到)\s*((?:19|20)[0-9][0-9])\s*年(?:底|末)?", RegexOptions.CultureInvariant);

    /// <summary>
    /// The section of the targets a clause sets for a later year (到2025年, 至2027年底, or a clause that opens with it: 2015年国内生产总值
    /// 将超过55万亿元), or null: in a targets or goals section,
    /// a year after the report's own is the year those targets are of.
    /// </summary>
    public static Section? TargetYear(string clause, Section section, int reportYear)
    {
        var ascii = PrintedDigits.ToAscii(clause);
        if (section.Kind is not (SectionKind.Targets or SectionKind.Horizon)
            || (ByYear.Match(ascii) is { Success: true } by ? by : YearOpening.Match(ascii)) is not { Success: true } match)
        {
            return null;
        }

        var year = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        return year > reportYear ? new Section(SectionKind.Targets, year, null) : null;
    }

    /// <summary>
    /// Whether a five-year plan's name opens a look back, not its goals: “十四五”以来 (since it began), its first years, or “十三五”期间/时期
    /// in a report written after that plan ended (十N五 runs to 1955 + 5N: 十三五 to 2020).
    /// </summary>
    private bool LooksBack(string text, Match cue)
    {
        var after = text.Substring(cue.Index + cue.Length).TrimStart('”', '"', ' ');
        if (Since(text, cue) || System.Array.Exists(new[] { "前两年", "前三年", "前四年", "头两年", "头三年", "开局" }, p => after.StartsWith(p, System.StringComparison.Ordinal)))
        {
            // “十四五”以来, “十四五”规划实施以来, “十四五”前两年: what the plan's years have brought so far.
            return true;
        }

        // A plan that ended before the report (十N五 runs to 1955 + 5N: 十三五 to 2020) can only be looked back on.
        var plan = PlanNumber(cue.Value);
        return plan is not null && 1955 + 5 * plan < _reportYear;
    }

    /// <summary>N of 十N五 (十三五 → 13), or null for a cue that names no plan (今后五年).</summary>
    private static int? PlanNumber(string cue)
    {
        var at = cue.IndexOf('十');
        return at >= 0 && at + 2 < cue.Length && cue[at + 2] == '五' && "一二三四五六七八九".IndexOf(cue[at + 1]) is var digit and >= 0 ? 11 + digit : null;
    }

    /// <summary>
    /// The goals of the period a cue names. Inside the goals of a plan named by its heading (“十二五”时期的主要目标和任务), a paragraph's
    /// 今后五年 is that plan's period still: the plan's name stays the horizon.
    /// </summary>
    private Section HorizonSection(string cue) =>
        PlanNumber(cue) is null && Current.Kind == SectionKind.Horizon && Current.Horizon is { } plan && PlanNumber(plan) is not null && PlanPeriods.Contains(cue)
            ? Current
            : new(SectionKind.Horizon, null, cue.Replace("“", string.Empty).Replace("”", string.Empty));

    /// <summary>The generic cues that span a five-year plan's period.</summary>
    private static readonly string[] PlanPeriods = { "今后五年", "未来五年" };
}
