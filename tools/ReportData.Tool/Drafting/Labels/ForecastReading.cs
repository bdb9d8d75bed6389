using System;
using System.Linq;

namespace ReportData.Tool.Drafting;

/// <summary>
/// A plan section also states what the year will bring that no one sets as a goal (今年高校毕业生超过1000万人: a number with no
/// verb of a target before it) and what is so already (我国60岁以上人口已达2.5亿). Such a figure may be a forecast or a fact
/// (an actual) or a target; a person decides. In a review, a number the text calls a 目标 may be that year's target.
/// </summary>
internal static class ForecastReading
{
    private static readonly string[] Openings = { "预计今年", "今年" };

    /// <summary>Words of a target or an action: with one of them the figure is what the plan sets.</summary>
    private static readonly string[] TargetVerbs =
    {
        "增长", "增加", "提高", "提升", "下降", "降低", "减少", "安排", "发行", "完成", "实现", "控制", "保持", "稳定", "新增", "新建", "建设",
        "改造", "投资", "投入", "力争", "确保", "争取", "达到", "突破", "拟", "要", "减", "降", "培训", "开工", "推进", "支持", "扩大",
        "扩招", "落户", "解决",
    };

    private static readonly string[] BoundWords = { "超过", "近", "约", "达", "将超过", "将达" };

    /// <summary>Words that say a number is reached already (我国60岁以上人口已达2.5亿): a fact, not a goal.</summary>
    private static readonly string[] Already = { "已达", "已有", "已经", "已超过", "已突破" };

    /// <summary>
    /// Whether the number is stated as this year's fact (今年高校毕业生820多万人) or as one reached already (人口已达2.5亿),
    /// not set as a target.
    /// </summary>
    public static bool IsStatedForThisYear(FigureDraft figure)
    {
        if (figure.Wording.ChangeWord is not null)
        {
            return false;
        }

        if (IsReachedAlready(figure))
        {
            return true;
        }

        var phrase = NumberPhrase.Before(figure).Trim();

        var opening = Openings.FirstOrDefault(word => phrase.StartsWith(word, StringComparison.Ordinal));
        if (opening is null)
        {
            return false;
        }

        var noun = phrase.Substring(opening.Length);
        foreach (var bound in BoundWords.Where(bound => noun.EndsWith(bound, StringComparison.Ordinal)))
        {
            noun = noun.Substring(0, noun.Length - bound.Length);
            break;
        }

        // 今年再解决6000万农村人口…: 再 (once more) opens an action.
        return noun.Length >= 2 && !noun.StartsWith("再", StringComparison.Ordinal) && !TargetVerbs.Any(noun.Contains);
    }

    /// <summary>Whether the number is one reached already (我国60岁以上人口已达2.5亿): a fact as of the year before the plan's.</summary>
    public static bool IsReachedAlready(FigureDraft figure) => figure.Wording.ChangeWord is null && Already.Any(NumberPhrase.Before(figure).Trim().Contains);

    /// <summary>Whether the text calls the number a target (增长11.3%，低于13%左右的预期目标; 提前实现…500元的目标).</summary>
    public static bool IsTargetNamedInReview(FigureDraft figure)
    {
        var phrase = NumberPhrase.After(figure);
        return phrase.Length <= 10 && (phrase.EndsWith("的预期目标", StringComparison.Ordinal) || phrase.EndsWith("的目标", StringComparison.Ordinal));
    }
}
