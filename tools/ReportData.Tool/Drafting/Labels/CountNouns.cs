using System;
using System.Linq;
using System.Text.RegularExpressions;

namespace ReportData.Tool.Drafting;

/// <summary>
/// The nouns counts name after their number (新增38家上市公司, 建成投用600个公共文化空间、182个口袋体育公园): which words after a count
/// are its noun, and where the next item of a list of counts begins.
/// </summary>
internal static class CountNouns
{
    /// <summary>
    /// The noun after a count when nothing but verbs precedes it (新增38家上市公司 → 新增…上市公司). A milestone's word (突破2万亿元大关,
    /// 迈上1000亿元台阶) names no noun: the number is the subject's.
    /// </summary>
    public static string Trailing(string clause, int end)
    {
        var stop = OutsideBrackets(clause, end, "0123456789０１２３４５６７８９、和");
        // 957个50户以上农村木质房屋, 9个人口20万以上的县: a threshold after the count is part of its noun, which goes on after it.
        if (stop - end <= 4 && ThresholdAhead.Match(clause, stop) is { Success: true } threshold && threshold.Index == stop)
        {
            stop = OutsideBrackets(clause, threshold.Index + threshold.Length, "0123456789０１２３４５６７８９、和");
        }

        var noun = clause.Substring(end, stop - end).Trim().TrimStart('的');
        return Array.IndexOf(Milestones, noun) >= 0 ? string.Empty : noun;
    }

    /// <summary>A threshold of what a count counts, printed inside its noun: 50户以上, 20万以上的.</summary>
    private static readonly Regex ThresholdAhead = new(@"\G[0-9０-９.]+[多余]?[万亿]?\p{IsCJKUnifiedIdeographs}{0,2}?及?以上的?", RegexOptions.CultureInvariant);

    /// <summary>How far a noun after a count is read: a clause of thousands of numbers is read in time linear in its length.</summary>
    private const int NounReach = 80;

    /// <summary>
    /// How many characters of <paramref name="between"/> are the noun of the count before it: the words up to a list's 、, 和 or 及
    /// (600个公共文化空间、182个…, 181项检验结果和300项…), or 0 when no list follows.
    /// </summary>
    /// <remarks>
    /// Only when the next item is a count of its own (nothing but verbs between the list mark and its number, and a noun after
    /// it) or a bare total of the noun (总数达81家). 新增1个省级境外经贸合作区、累计达8个 is the same noun's total,
    /// 新增1207款农产品入驻高端商超餐厅、增长6.7倍 its growth, and 160个国控断面中I类及以上水质占比 no list: their words stay as printed.
    /// </remarks>
    public static int CountedNoun(string clause, string between, int numberEnd)
    {
        var joint = NextItem.Matches(between).Cast<Match>().FirstOrDefault(m => !InsideBrackets(between, m.Index));
        if (joint is null || joint.Index == 0 || between.Substring(0, joint.Index).Trim().TrimStart('的').Length == 0)
        {
            return 0;
        }

        var next = Wording.Read(between.Substring(joint.Index));
        var ownNoun = Trailing(clause, numberEnd).Length > 0;
        // 新增13家国家级农业产业化重点龙头企业、总数达81家: the total is of the count's noun.
        var total = next.ChangeWord is null && Labels.IsBareTotal(next.Core);
        return total || (ownNoun && next.ChangeWord is null && (next.Core.Length == 0 || Labels.IsOnlyVerbs(next.Core))) ? joint.Index : 0;
    }

    private static readonly Regex NextItem = new("、|以及|" + Wording.OpeningAnd + "|" + Wording.OpeningJi + "(?!以上|以下)", RegexOptions.CultureInvariant);

    /// <summary>Whether <paramref name="at"/> lies inside brackets of <paramref name="text"/> (the 、 of 县（市、区）).</summary>
    private static bool InsideBrackets(string text, int at) =>
        text.Take(at).Sum(c => c is '（' or '(' ? 1 : c is '）' or ')' ? -1 : 0) > 0;

    /// <summary>
    /// The first of <paramref name="stops"/> in <paramref name="text"/> from <paramref name="start"/> outside brackets (县（市、区）),
    /// or where the text or the noun's reach ends.
    /// </summary>
    private static int OutsideBrackets(string text, int start, string stops)
    {
        var depth = 0;
        var end = Math.Min(text.Length, start + NounReach);
        for (var i = start; i < end; i++)
        {
            depth += text[i] is '（' or '(' ? 1 : text[i] is '）' or ')' && depth > 0 ? -1 : 0;
            if (depth == 0 && stops.IndexOf(text[i]) >= 0)
            {
                return i;
            }
        }

        return end;
    }

    private static readonly string[] Milestones = { "大关", "关口", "台阶", "新台阶", "级台阶" };
}
