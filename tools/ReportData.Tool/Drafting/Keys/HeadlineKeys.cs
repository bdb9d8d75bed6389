using System;
using System.Collections.Generic;
using System.Linq;

namespace ReportData.Tool.Drafting;

/// <summary>
/// The headline series every report prints (GDP, budget revenue, investment, retail sales, prices, jobs, income, grain,
/// trade, energy intensity, the deficit and bonds) and the one key each gets in every draft, national or local, settled
/// without a review mark. The table is the embedded data file <c>HeadlineKeys.tsv</c>, with its source in its header.
/// </summary>
public static class HeadlineKeys
{
    /// <summary>
    /// Words of scope and time, and the verbs of a year's result printed after them (全省完成地区生产总值), that name no part of a
    /// series: 年末 and 末 are the year's end a rate is measured at (2019年末全国城镇调查失业率).
    /// </summary>
    private static readonly string[] Scopes = { "全国", "全省", "全区", "全市", "全县", "全州", "全盟", "全年", "年末", "末", "我国", "我省", "我区", "我市", "本市", "市区", "其中", "今年", "去年", "五年", "总体", "完成", "实现" };

    private static readonly string[] Qualifiers = { "同比", "比上年", "实际", "名义", "年均", "平均", "总体", "预计" };

    /// <summary>The table's rows: the term as printed, its key, and whether it is a level, a percent rate or a percent change.</summary>
    public static IReadOnlyList<(string Term, string Key, string Kind)> Entries { get; } = Load();

    /// <summary>Every key the table can give (a level's key and its growth key, a rate's or change's key).</summary>
    public static IReadOnlyList<string> Keys { get; } = Entries
        .SelectMany(entry => entry.Kind switch
        {
            "level" => new[] { entry.Key, entry.Key + "Growth" },
            "growth" => new[] { entry.Key + "Growth" },
            _ => new[] { entry.Key },
        })
        .Distinct(StringComparer.Ordinal)
        .ToList();

    /// <summary>The headline series the reports print in US dollars (实际使用外资 … 亿美元); every other money series is kept in yuan.</summary>
    private static readonly string[] KeptInDollars = { "ActualForeignInvestment" };

    /// <summary>
    /// The key of a headline amount printed in US dollars: a series kept in yuan (对外贸易总额2.97万亿美元) takes the dataset's
    /// <c>InDollars</c> key, so one key keeps one currency in every report; any other key is returned as it is.
    /// </summary>
    internal static string InDollars(string key) =>
        Keys.Contains(key) && !key.EndsWith("Growth", StringComparison.Ordinal) && Array.IndexOf(KeptInDollars, key) < 0 ? key + "InDollars" : key;

    private static readonly Dictionary<string, (string Key, string Kind)> ByTerm =
        Entries.ToDictionary(entry => entry.Term, entry => (entry.Key, entry.Kind), StringComparer.Ordinal);

    /// <summary>
    /// The headline key of a label, or null: the label (scope words such as 全省 and qualifiers such as 同比 dropped) is a term of
    /// the table, or, for a change (<paramref name="level"/> is the label without its 增长), the level is. A level's key needs a
    /// unit that is no percent; a rate's a percent level; a change's (and a level's growth) a percent change.
    /// </summary>
    public static string? Find(string label, string? level, bool isGrowth, bool isPercent)
    {
        if (isGrowth && level is not null && ByTerm.TryGetValue(Clean(level), out var changed))
        {
            return changed.Kind switch
            {
                "level" or "growth" when isPercent => changed.Key + "Growth",
                "change" when isPercent => changed.Key,
                _ => null,
            };
        }

        if (isGrowth || !ByTerm.TryGetValue(Clean(label), out var entry))
        {
            return null;
        }

        return entry.Kind switch
        {
            "level" when !isPercent => entry.Key,
            "rate" or "change" when isPercent => entry.Key,
            _ => null,
        };
    }

    /// <summary>Whether the label (scope words dropped) is a headline series' term (出口额, 全省地区生产总值).</summary>
    internal static bool IsTerm(string label) => ByTerm.ContainsKey(Clean(label.Trim()));

    /// <summary>Whether there are two or more labels and each is a headline series' term (城镇居民人均可支配收入, 农村居民人均纯收入).</summary>
    internal static bool AreTerms(IReadOnlyList<string> labels) => labels.Count > 1 && labels.All(IsTerm);

    private static string Clean(string label)
    {
        var text = CleanScopes(label);
        // 全疆, 全岛, 全旗: 全 and a region's one-character name is a scope like 全省.
        return text.Length > 3 && text[0] == '全' && !ByTerm.ContainsKey(text) && ByTerm.ContainsKey(text.Substring(2)) ? text.Substring(2) : text;
    }

    private static string CleanScopes(string label)
    {
        var text = label.Replace(" ", string.Empty).Replace("“", string.Empty).Replace("”", string.Empty);
        for (var changed = true; changed;)
        {
            changed = false;
            foreach (var scope in Scopes)
            {
                if (text.Length > scope.Length + 1 && text.StartsWith(scope, StringComparison.Ordinal))
                {
                    (text, changed) = (text.Substring(scope.Length), true);
                }
            }

            foreach (var qualifier in Qualifiers)
            {
                if (text.Length > qualifier.Length + 1 && text.EndsWith(qualifier, StringComparison.Ordinal))
                {
                    (text, changed) = (text.Substring(0, text.Length - qualifier.Length), true);
                }
            }
        }

        return text;
    }

    private static List<(string Term, string Key, string Kind)> Load() =>
        DataTable.Embedded("HeadlineKeys.tsv", "term", "key", "kind").Select(row => (row[0], row[1], row[2])).ToList();
}
