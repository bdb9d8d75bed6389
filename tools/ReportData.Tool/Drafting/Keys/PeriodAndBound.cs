using ReportData.Authoring.Model;

namespace ReportData.Tool.Drafting;

/// <summary>
/// The facts of a figure besides its key, as the words at its number and its section give them: its year or horizon (and what a
/// person must check of it), and its bound as an actual or as a target.
/// </summary>
internal static class PeriodAndBound
{
    /// <summary>
    /// The year or horizon of a figure. A goal's horizon is the one printed (今后五年, 十四五); in a review of the last five years a
    /// level reached (增加到, 达到) is of the reviewed year and a total or yearly average (年均增长, 新建…) of the period. The
    /// review is what a person must check of it, or null.
    /// </summary>
    public static (int? Year, string? Horizon, string? Review) Period(FigureDraft figure)
    {
        var section = figure.Section;
        if (section.Kind == SectionKind.Horizon)
        {
            if (section.Horizon is { } printed && ReportData.Authoring.Model.Naming.HorizonClass(printed) is not null)
            {
                return (null, printed, null);
            }

            return (null, "今后五年", $"the text names the period '{section.Horizon}': choose the horizon");
        }

        if (section.Kind == SectionKind.PastPeriod && section.Horizon is { } period)
        {
            if (PastPeriodReading.IsLevelReached(figure) || PastPeriodReading.NamesLastYear(figure))
            {
                return (section.Year, null, null);
            }

            if (period == SectionTracker.FiveYears && PastPeriodReading.IsStartLevel(figure))
            {
                // 从54万亿元增加到82.7万亿元 over the five years to 2017: 54 is the level of 2012.
                return (section.Year - 5, null, null);
            }

            if (figure.OtherSpan is { } span)
            {
                return (null, period, $"period: a figure of the review of {period}, but its sentence names {span}: choose the horizon, or the year of a level at its end");
            }

            return (null, period, PastPeriodReading.IsOverThePeriod(figure)
                ? null
                : $"period: a figure of the review of {period}: a level at its end is of {section.Year}, a total or a yearly average is of the period: check which");
        }

        return (section.Year, null, section.Kind == SectionKind.Review && figure.InCensusSentence
            ? "period: its sentence reports a census (普查): of the year reviewed, or a revision of an earlier year's? check"
            : null);
    }

    /// <summary>
    /// The bound of a qualified actual as the words at its number print it: 超过/突破/多/余 exceeds, 以上/不低于/至少 at least,
    /// 近/接近/不到/不足 below, 约/左右 about; null for an exact figure. The build proves each at the number (RD2008) and takes no other bound
    /// on an actual (RD1012): 控制在3%以内 of a past year is recorded as printed, its 以内 in the quote.
    /// </summary>
    public static TargetBound? ActualBound(FigureDraft figure) => figure.BoundAfter switch
    {
        "以上" => figure.Wording.BoundBefore == "exceeds" ? TargetBound.Exceeds : TargetBound.AtLeast,
        "左右" => TargetBound.About,
        "以内" or "以下" => null,
        "多" or "余" => TargetBound.Exceeds,
        _ when figure.Quantity.Approximate => TargetBound.Exceeds,
        _ => figure.Wording.Qualifier switch
        {
            "超过" or "突破" or "超" => TargetBound.Exceeds,
            "近" or "不到" => TargetBound.Below,
            "约" => TargetBound.About,
            _ => figure.Wording.BoundBefore switch
            {
                "atLeast" => TargetBound.AtLeast,
                "exceeds" => TargetBound.Exceeds,
                _ => null,
            },
        },
    };

    public static TargetBound Bound(FigureDraft figure) => figure.BoundAfter switch
    {
        "左右" => TargetBound.About,
        "以上" => figure.Wording.BoundBefore == "exceeds" ? TargetBound.Exceeds : TargetBound.AtLeast,
        "以内" or "以下" => TargetBound.AtMost,
        "多" or "余" => TargetBound.Exceeds,
        _ when figure.Quantity.Approximate => TargetBound.Exceeds,
        _ => figure.Wording.BoundBefore switch
        {
            "exceeds" => TargetBound.Exceeds,
            "atLeast" => TargetBound.AtLeast,
            "atMost" => TargetBound.AtMost,
            "below" => TargetBound.Below,
            _ => figure.Wording.Qualifier switch
            {
                // 减轻企业负担近2万亿元 plans about 2 trillion: as a target's bound, Below would be met by any smaller relief.
                "约" or "近" => TargetBound.About,
                "不到" => TargetBound.Below,
                _ when IsFloor(NumberPhrase.After(figure)) => TargetBound.AtLeast,
                _ => TargetBound.Reach,
            },
        },
    };

    /// <summary>
    /// 守住18亿亩耕地红线: the farmland red line is the least there may be, a floor, as 耕地保有量 is. (Other red lines are
    /// ceilings, 用水总量控制红线: only the farmland's is read.)
    /// </summary>
    private static bool IsFloor(string after) => after.Contains("耕地红线") || after.Contains("耕地保有量红线");
}
