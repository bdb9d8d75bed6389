using System;
using System.Linq;
using System.Text.RegularExpressions;

namespace ReportData.Tool.Drafting;

/// <summary>What the words before a number say about it: the indicator, growth or fall, bound, estimate.</summary>
/// <param name="Core">The indicator phrase (<c>全市生产总值</c>), empty when only verbs precede the number.</param>
/// <param name="ChangeWord">增长, 提高 ... when the number is a change of the indicator; null otherwise.</param>
/// <param name="IsDecline">下降/降低/削减/减少 N (a fall: negative growth).</param>
/// <param name="BoundBefore">超过/突破 → exceeds, 不低于/至少 → atLeast, 不超过/最多 → atMost, 低于 → below; null if none.</param>
/// <param name="Each">均 or 各: the same number for every indicator of a list.</param>
/// <param name="Respectively">分别: the numbers pair with the indicators of a list in order.</param>
/// <param name="Qualifier">超/近/约 printed before the number (接近 and 将近 as 近, 不足 as 不到): a bound (exceeds, below, about) where no other word sets one.</param>
public sealed record Wording(string Core, string? ChangeWord, bool IsDecline, string? BoundBefore, bool Each, bool Respectively, string? Qualifier)
{
    /// <summary>Words of a rise; real or nominal growth (实际增长) keeps its adjective, as the label prints it.</summary>
    private static readonly string[] GrowthWords = { "实际增长", "名义增长", "增长了", "增长", "增速", "增幅", "提高了", "提高", "提升了", "提升", "上升", "增加了", "增加", "上涨了", "上涨", "涨幅" };

    private static readonly string[] DeclineWords = { "下降了", "下降", "降低了", "降低", "削减", "减少了", "减少", "缩小", "压减", "缩减", "压缩", "降幅", "回落", "下滑", "下调", "收窄", "下跌", "减小", "压降", "降" };

    /// <summary>
    /// Whether the phrase opens with a verb of reduction whose object comes before the number (压减政府性基金项目30%,
    /// 削减…涉企收费项目60%以上): of a percent, a fall of that object.
    /// </summary>
    public bool OpensWithDecline => ChangeWord is null && Array.Exists(DeclineWords, word => word.Length > 1 && Core.StartsWith(word, StringComparison.Ordinal)
        && !Core.Substring(word.Length).StartsWith("到", StringComparison.Ordinal) && !Core.Substring(word.Length).StartsWith("至", StringComparison.Ordinal));

    /// <summary>Words of time, estimate or resolve that open an indicator phrase and name no part of it (预计, 全年, 力争).</summary>
    private static readonly string[] ScopeWords = { "预计", "全年", "其中", "今年", "去年", "力争", "确保", "争取", "努力", "拟安排", "拟发行", "拟" };

    private static readonly (string Word, string? Bound, string? Qualifier)[] Leading =
    {
        ("不低于", "atLeast", null), ("不少于", "atLeast", null), ("至少", "atLeast", null), ("最多", "atMost", null), ("不超过", "atMost", null), ("不高于", "atMost", null),
        ("超过", "exceeds", "超过"), ("突破", "exceeds", "突破"), ("低于", "below", null), ("高于", null, null),
        ("控制在", null, null), ("稳定在", null, null), ("保持在", null, null), ("提高到", null, null), ("提高至", null, null),
        ("提升到", null, null), ("提升至", null, null), ("增加到", null, null), ("增长到", null, null), ("增加至", null, null), ("增长至", null, null), ("增至", null, null),
        ("上升到", null, null), ("上升至", null, null), ("扩大到", null, null), ("扩大至", null, null), ("下降到", null, null),
        ("下降至", null, null), ("降低到", null, null), ("降低至", null, null), ("降到", null, null), ("降至", null, null), ("回落到", null, null), ("回落至", null, null),
        ("缩小到", null, null), ("缩小至", null, null), ("压缩到", null, null), ("压缩至", null, null), ("缩短到", null, null), ("缩短至", null, null),
        ("达到", null, null), ("跨上", null, null), ("迈上", null, null), ("跃上", null, null), ("站上", null, null), ("进入", null, null), ("连跨", null, null), ("实现", null, null), ("完成", null, null), ("累计", null, null), ("同比", null, null),
        ("比上年", null, null), ("按可比口径", null, null), ("按可比价格计算", null, null), ("按可比价计算", null, null), ("从去年的", null, null), ("由去年的", null, null),
        ("从上年的", null, null), ("由上年的", null, null), ("从年初的", null, null), ("由年初的", null, null), ("年均", null, null), ("平均", null, null), ("分别", null, null), ("均", null, null), ("各", null, null),
        ("超", "exceeds", "超"), ("接近", null, "近"), ("将近", null, "近"), ("不到", null, "不到"), ("不足", null, "不到"), ("近", null, "近"), ("约", null, "约"), ("达", null, null), ("为", null, null), ("到", null, null),
        ("至", null, null), ("在", null, null), ("共", null, null), ("有", null, null), ("了", null, null), ("拟按", null, null),
        ("按", null, null), ("从", null, null), ("由", null, null),
    };

    /// <summary>
    /// What a target is set for, before 预期目标是, 目标为, 目标定为 (经济增长预期目标是…), or before 预期目标, a growth's 目标, or 预期
    /// that end the words at the number once its verb is read (经济增长预期目标为5%左右, 经济增长目标定为7.5%, 经济增长预期7%左右).
    /// Another 目标 at the number is what it is compared with (优良比例超国家考核目标), not what it is set for.
    /// </summary>
    private static readonly Regex TargetOf = new(
        @"^(.{2,}?)的?(?:(?:预期|主要)?目标(?:是|为|定为|确定为|定)|(?:预期目标|(?<=增长|增速)目标)定?$|预期$)",
        RegexOptions.CultureInvariant);

    /// <summary>
    /// Words of resolve or time between an indicator and its verb (能源消耗强度要降低, 粮食产量力争达到, 城镇化率将提高, 财政赤字率一直控制在,
    /// 人口已达):
    /// no part of the indicator. 要 closing a word (主要, 重要, 需要, 纲要) is no such word, nor 持续 of 可持续.
    /// </summary>
    private static readonly Regex TrailingModal = new(ModalWords + "$", RegexOptions.CultureInvariant);

    /// <summary>Every word of a rise or a fall that may close the words before a number (增长, 实际增长, 下降了, 降幅 …).</summary>
    internal static System.Collections.Generic.IEnumerable<string> ChangeWords => GrowthWords.Concat(DeclineWords);

    /// <summary>The words of <see cref="TrailingModal"/>, which <see cref="LabelText"/> also drops before a label's change word.</summary>
    internal const string ModalWords = "(?:(?<![主重需纲摘只])要|将|再|力争|确保|争取|有望|预计|继续|进一步|连年|一直|始终|(?<!可)持续|已经|(?<![而不])已)";

    /// <summary>和 as a conjunction before a word, not the first character of one (和美乡村, 和谐, 和平); <see cref="Drafter"/>'s list items read it too.</summary>
    internal const string OpeningAnd = "和(?!美|谐|平)";

    /// <summary>及 as a conjunction before a word, not the first character of one (及时率, 及格).</summary>
    internal const string OpeningJi = "及(?!时|格)";

    /// <summary>
    /// What joins a label to the words before or after it: list marks, conjunctions, 其中, the speaker's 我们. A conjunction's character that
    /// opens or closes a word is no conjunction (和美乡村, 及时率, 并网; 参与, 普及, 总和), hence the look-arounds.
    /// </summary>
    private static readonly Regex EdgeNoise = new(
        @"^(?:[、\s（(的也还]|其中|我们|并且|以及|但是?|而且?|把(?!握|关)|" + OpeningAnd + "|与(?!会)|" + OpeningJi + @"|并(?!网|购|联|轨))+|(?:[、\s，的]|(?<![总缓])和|(?<![参给])与|(?<![普惠涉波])及)+$",
        RegexOptions.CultureInvariant);

    /// <summary>Reads the words between the previous number (or the clause start) and this number.</summary>
    public static Wording Read(string before)
    {
        var text = before.TrimEnd();
        string? change = null;
        string? bound = null;
        string? qualifier = null;
        var decline = false;
        var each = false;
        var respectively = false;
        var stripped = true;
        while (stripped && text.Length > 0)
        {
            stripped = false;
            foreach (var (word, wordBound, wordQualifier) in Leading)
            {
                if (text.EndsWith(word, StringComparison.Ordinal))
                {
                    bound ??= wordBound;
                    qualifier ??= wordQualifier;
                    each |= word is "均" or "各";
                    respectively |= word == "分别";
                    if (word is "下降到" or "下降至" or "降低到" or "降低至" or "降到" or "降至" or "回落到" or "回落至" or "缩小到" or "缩小至" or "压缩到" or "压缩至" or "缩短到" or "缩短至")
                    {
                        // A level reached (下降到42微克/立方米), not a fall.
                        change = null;
                    }

                    text = text.Substring(0, text.Length - word.Length).TrimEnd();
                    stripped = true;
                    break;
                }
            }

            if (!stripped && TrailingModal.Match(text) is { Success: true } modal && text.Length > modal.Length + 1)
            {
                text = text.Substring(0, text.Length - modal.Length).TrimEnd();
                stripped = true;
            }

            if (stripped || change is not null)
            {
                continue;
            }

            foreach (var word in DeclineWords)
            {
                if (text.EndsWith(word, StringComparison.Ordinal))
                {
                    change = word.TrimEnd('了');
                    decline = true;
                    text = text.Substring(0, text.Length - word.Length).TrimEnd();
                    stripped = true;
                    break;
                }
            }

            if (stripped)
            {
                continue;
            }

            foreach (var word in GrowthWords)
            {
                if (text.EndsWith(word, StringComparison.Ordinal))
                {
                    change = word.TrimEnd('了');
                    text = text.Substring(0, text.Length - word.Length).TrimEnd();
                    stripped = true;
                    break;
                }
            }
        }

        if (text.EndsWith("分别", StringComparison.Ordinal))
        {
            respectively = true;
            text = text.Substring(0, text.Length - 2);
        }

        var core = EdgeNoise.Replace(text, string.Empty).Trim();
        if (TargetOf.Match(core) is { Success: true } target)
        {
            // 我国经济增长预期目标是在明显提高质量和效益的基础上年均增长7%: the indicator is what the target is set for.
            // With no change word at the number, the one the target's subject ends with is it (经济增长预期目标为5%: a growth of 经济).
            core = target.Groups[1].Value;
            var growth = Array.Find(GrowthWords, word => core.EndsWith(word, StringComparison.Ordinal) && core.Length > word.Length + 1);
            core = growth is null ? core : core.Substring(0, core.Length - growth.Length);
            change ??= growth;
        }

        foreach (var scope in ScopeWords)
        {
            if (core.StartsWith(scope, StringComparison.Ordinal) && core.Length > scope.Length + 1)
            {
                // 今年的经济增长目标: what joined the scope word to the indicator goes with it.
                core = EdgeNoise.Replace(core.Substring(scope.Length), string.Empty).Trim();
            }
        }

        return new Wording(core, change, decline, bound, each, respectively, qualifier);
    }
}
