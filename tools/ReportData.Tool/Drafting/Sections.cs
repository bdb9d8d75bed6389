using System.Globalization;
using System.Text.RegularExpressions;
using ReportData.Authoring.Numbers;
using ReportData.Authoring.Shared;

namespace ReportData.Tool.Drafting;

/// <summary>
/// Cue phrases are matched in simplified characters, so a report in traditional characters (工作回顧,
/// 主要預期目標) is still sectioned; quotes and labels always stay as printed.
/// </summary>
public static class Cues
{
    private static readonly System.Collections.Generic.Dictionary<char, char> Simplified = new()
    {
        ['顧'] = '顾', ['標'] = '标', ['務'] = '务', ['預'] = '预', ['計'] = '计', ['長'] = '长', ['後'] = '后', ['來'] = '来',
        ['過'] = '过', ['點'] = '点', ['經'] = '经', ['濟'] = '济', ['發'] = '发', ['總'] = '总', ['體'] = '体', ['與'] = '与',
        ['達'] = '达', ['實'] = '实', ['現'] = '现', ['從'] = '从', ['幾'] = '几', ['會'] = '会', ['議'] = '议', ['屆'] = '届',
    };

    public static string Simplify(string text)
    {
        var characters = text.ToCharArray();
        for (var i = 0; i < characters.Length; i++)
        {
            if (Simplified.TryGetValue(characters[i], out var simple))
            {
                characters[i] = simple;
            }
        }

        return new string(characters);
    }
}

/// <summary>What the figures of a paragraph are about, from the headings and cue phrases before them.</summary>
public enum SectionKind
{
    /// <summary>The review of the last year (工作回顾): actual figures of the reviewed year.</summary>
    Review,

    /// <summary>A review of several past years (过去五年): totals over a period, not one year's figures.</summary>
    PastPeriod,

    /// <summary>This year's targets and work (主要预期目标, 今年工作): targets for the report's year.</summary>
    Targets,

    /// <summary>Multi-year goals (今后五年, "十四五"): targets with a horizon.</summary>
    Horizon,
}

/// <summary>The section a paragraph stands in, with the year or horizon its figures get.</summary>
public sealed record Section(SectionKind Kind, int? Year, string? Horizon);

/// <summary>
/// Follows a report's structure paragraph by paragraph: headings (一、2023年工作回顾, 二、2024年目标任务)
/// and cue phrases (一年来, 主要预期目标, 今后五年) switch the section; the rest of the report inherits it.
/// </summary>
public sealed class SectionTracker
{
    private static readonly Regex HeadingYear = new(@"((?:19|20)[0-9][0-9])\s*年", RegexOptions.CultureInvariant);

    private static readonly Regex HorizonCue = new(@"(今后五年|未来五年|今后三年|未来三年|“十[一二三四五六七八九]五”|十[一二三四五六七八九]五)", RegexOptions.CultureInvariant);

    private readonly int _reportYear;

    public SectionTracker(int reportYear)
    {
        _reportYear = reportYear;
        Current = new Section(SectionKind.Review, reportYear - 1, null);
    }

    public Section Current { get; private set; }

    /// <summary>The year the review covers, once a heading or cue named it.</summary>
    public int? ReviewedYear { get; private set; }

    /// <summary>Whether the report states this year's main targets (主要预期目标).</summary>
    public bool HasTargets { get; private set; }

    /// <summary>Moves to the section <paramref name="paragraph"/> opens, if it opens one, and returns the section its figures belong to.</summary>
    public Section Enter(string paragraph)
    {
        // Full-width digits read as digits (一、２０２３年工作回顾).
        var text = PrintedDigits.ToAscii(Cues.Simplify(paragraph.Trim().TrimStart('#', ' ', '　')));
        var isHeading = text.Length <= 40 && !text.Contains("。");
        if (isHeading)
        {
            var year = HeadingYear.Match(text) is { Success: true } m ? int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : (int?)null;
            if (text.Contains("回顾") || text.Contains("过去一年") || text.Contains("去年工作"))
            {
                var reviewed = year ?? _reportYear - 1;
                ReviewedYear = reviewed;
                Current = new Section(SectionKind.Review, reviewed, null);
            }
            else if (HorizonCue.Match(text) is { Success: true } h && !text.Contains("今年"))
            {
                Current = LooksBack(text, h) ? new Section(SectionKind.PastPeriod, null, null) : HorizonSection(h.Value);
            }
            else if ((year == _reportYear && (text.Contains("目标") || text.Contains("任务") || text.Contains("工作") || text.Contains("要求")))
                || text.Contains("总体要求") || text.Contains("今年工作") || text.Contains("重点工作") || text.Contains("主要目标"))
            {
                Current = new Section(SectionKind.Targets, _reportYear, null);
            }

            return Current;
        }

        var opening = text.Length > 30 ? text.Substring(0, 30) : text;
        if (text.Contains("主要预期目标") || (Current.Kind != SectionKind.Horizon && text.Contains("主要目标")))
        {
            if (HorizonCue.Match(opening) is { Success: true } goal)
            {
                Current = HorizonSection(goal.Value);
            }
            else
            {
                HasTargets = true;
                Current = new Section(SectionKind.Targets, _reportYear, null);
            }
        }
        else if (HorizonCue.Match(opening) is { Success: true } cue && opening.IndexOf(cue.Value, System.StringComparison.Ordinal) <= 2)
        {
            Current = LooksBack(opening, cue) ? new Section(SectionKind.PastPeriod, null, null) : HorizonSection(cue.Value);
        }
        else if (opening.StartsWith("过去五年") || opening.StartsWith("五年来") || opening.StartsWith("过去的五年"))
        {
            Current = new Section(SectionKind.PastPeriod, null, null);
        }
        else if (Current.Kind == SectionKind.PastPeriod && (opening.StartsWith("一年来") || opening.StartsWith("过去一年") || opening.StartsWith("去年")))
        {
            Current = new Section(SectionKind.Review, ReviewedYear ?? _reportYear - 1, null);
        }

        return Current;
    }

    private static readonly Regex ByYear = new(@"(?:^|[，,；;。])?\s*(?:到|至|力争到|预计到)\s*((?:19|20)[0-9][0-9])\s*年(?:底|末)?", RegexOptions.CultureInvariant);

    /// <summary>
    /// The section of the targets a clause sets for a later year (到2025年, 至2027年底), or null: in a targets or goals section,
    /// a year after the report's own is the year those targets are of.
    /// </summary>
    public static Section? TargetYear(string clause, Section section, int reportYear)
    {
        if (section.Kind is not (SectionKind.Targets or SectionKind.Horizon) || ByYear.Match(PrintedDigits.ToAscii(clause)) is not { Success: true } match)
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
        var near = after.Length > 8 ? after.Substring(0, 8) : after;
        if (near.Contains("以来") || System.Array.Exists(new[] { "前两年", "前三年", "前四年", "头两年", "头三年", "开局" }, p => after.StartsWith(p, System.StringComparison.Ordinal)))
        {
            // “十四五”以来, “十四五”规划实施以来, “十四五”前两年: what the plan's years have brought so far.
            return true;
        }

        var plan = PlanNumber(cue.Value);
        return plan is not null && 1955 + 5 * plan < _reportYear
            && (after.StartsWith("期间", System.StringComparison.Ordinal) || after.StartsWith("时期", System.StringComparison.Ordinal) || after.StartsWith("的五年", System.StringComparison.Ordinal));
    }

    /// <summary>N of 十N五 (十三五 → 13), or null for a cue that names no plan (今后五年).</summary>
    private static int? PlanNumber(string cue)
    {
        var at = cue.IndexOf('十');
        return at >= 0 && at + 2 < cue.Length && cue[at + 2] == '五' && "一二三四五六七八九".IndexOf(cue[at + 1]) is var digit and >= 0 ? 11 + digit : null;
    }

    private static Section HorizonSection(string cue) =>
        new(SectionKind.Horizon, null, cue.Replace("“", string.Empty).Replace("”", string.Empty));
}
