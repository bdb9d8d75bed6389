using System;
using System.Linq;

namespace ReportData.Tool.Drafting;

/// <summary>
/// A plan section also states what the year will bring that no one sets as a goal: 今年高校毕业生超过1000万人 names a number with no
/// verb of a target before it. Such a figure may be a forecast (an actual to come) or a target; a person decides.
/// </summary>
internal static class ForecastReading
{
    private static readonly string[] Openings = { "预计今年", "今年" };

    /// <summary>Words of a target or an action: with one of them the figure is what the plan sets.</summary>
    private static readonly string[] TargetVerbs =
    {
        "增长", "增加", "提高", "提升", "下降", "降低", "减少", "安排", "发行", "完成", "实现", "控制", "保持", "稳定", "新增", "新建", "建设",
        "改造", "投资", "投入", "力争", "确保", "争取", "达到", "突破", "拟", "要", "减", "降", "培训", "开工", "推进", "支持", "扩大",
    };

    private static readonly string[] BoundWords = { "超过", "近", "约", "达", "将超过", "将达" };

    /// <summary>Whether the number is stated as this year's fact (今年高校毕业生820多万人), not set as a target.</summary>
    public static bool IsStatedForThisYear(FigureDraft figure)
    {
        if (figure.Wording.ChangeWord is not null)
        {
            return false;
        }

        var phrase = OwnPhrase(figure);
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

        return noun.Length >= 2 && !TargetVerbs.Any(noun.Contains);
    }

    private static string OwnPhrase(FigureDraft figure)
    {
        var text = figure.Quote.Substring(0, Math.Min(figure.Quantity.Start, figure.Quote.Length));
        return text.Substring(text.LastIndexOfAny(new[] { '，', ',', '；', ';', '。', '：', ':' }) + 1).Trim();
    }
}
