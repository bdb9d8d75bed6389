using System;

namespace ReportData.Tool.Drafting;

/// <summary>
/// Words around a label that leave its indicator the same: scope (全国, 年末), verbs of doing or arranging what is measured
/// (完成, 安排), and the adverbs a label keeps when the number's verb follows (再, 继续, 连年). 完成铁路投资 and 中央预算内投资拟安排
/// are 铁路投资 and 中央预算内投资. Not among them: words that change what is counted (新增, 累计, 新, 培育), and a trailing 再 or
/// 分别, which open a change (人均预期寿命再提高1岁 is an increase, not the level).
/// </summary>
internal static class LabelFillers
{
    private static readonly string[] Leading =
    {
        "全国", "全省", "全区", "全县", "全市", "市区", "我市", "本市", "全年", "年末", "全社会",
        "实现", "完成", "达到", "安排", "拟安排", "力争", "确保", "预计", "认真", "再", "又", "要", "将",
    };

    private static readonly string[] Trailing =
    {
        "全年", "预计", "继续", "持续", "一直", "每年都", "连年", "首次", "跃上", "稳定在", "保持在", "由", "从", "从不", "安排", "拟安排", "达到", "实现",
    };

    /// <summary>
    /// Whether one label is the other with only filler words before or after it (both as <see cref="LabelText.Normalize"/> gives
    /// them); the shorter must be four characters or more, so that a filler never stands beside a fragment.
    /// </summary>
    public static bool SameIndicator(string label, string known) =>
        label != known && (Wraps(label, known) || Wraps(known, label));

    private static bool Wraps(string longer, string shorter)
    {
        if (shorter.Length < 4 || longer.Length <= shorter.Length)
        {
            return false;
        }

        var at = longer.IndexOf(shorter, StringComparison.Ordinal);
        while (at >= 0)
        {
            if (OnlyFillers(longer.Substring(0, at), Leading) && OnlyFillers(longer.Substring(at + shorter.Length), Trailing))
            {
                return true;
            }

            at = longer.IndexOf(shorter, at + 1, StringComparison.Ordinal);
        }

        return false;
    }

    /// <summary>Whether the text is a run of the given words (or empty), tried longest first.</summary>
    private static bool OnlyFillers(string text, string[] words)
    {
        if (text.Length == 0)
        {
            return true;
        }

        foreach (var word in words)
        {
            if (text.StartsWith(word, StringComparison.Ordinal) && OnlyFillers(text.Substring(word.Length), words))
            {
                return true;
            }
        }

        return false;
    }
}
