using System;

namespace ReportData.Authoring.Units;

/// <summary>
/// Nouns that open with a counter word (项目, 个体, 家庭, 部门, 份额): after a number the counter is then no unit. 超百亿项目 is
/// 百亿 of projects, not 百 亿项; 900多万个体工商户 is 万 of individual businesses, not 万个; 三成份额 has no 份. The build's unit
/// proof and the drafting tool read units through this one list.
/// </summary>
public static class CounterNouns
{
    private static readonly string[] Nouns =
    {
        "项目", "个人", "个体", "家庭", "家居", "所有", "场景", "场所", "场馆", "件事", "户籍", "户外", "条件", "条例", "台账", "处理", "处置",
        "部门", "部分", "部署", "本地", "本科", "种植", "种类", "支持", "支付", "支出", "口岸", "口径", "份额", "头部", "列入", "起步", "例如",
        "类型", "类别", "块状",
        // 增长两位数 is double-digit growth (an idiom coverage lists), not 2 位 of a ranking.
        "位数",
    };

    /// <summary>
    /// The counter stands alone before a word that happens to begin with the noun's second character: 8个体育公园 is 8 个 of
    /// sports parks, 9个人口20万以上的城市 9 个 of cities, 完成5项目标任务 5 项 of goals.
    /// </summary>
    private static readonly string[] CounterBeforeWord = { "个体育", "个人口", "项目标" };

    /// <summary>Whether the character at <paramref name="at"/> of <paramref name="text"/> opens one of these nouns with the one after it.</summary>
    public static bool OpensNoun(string text, int at) =>
        at >= 0 && at + 1 < text.Length && Array.IndexOf(Nouns, text.Substring(at, 2)) >= 0
        && !(at + 2 < text.Length && Array.IndexOf(CounterBeforeWord, text.Substring(at, 3)) >= 0);
}
