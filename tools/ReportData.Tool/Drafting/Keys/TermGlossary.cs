using System.Collections.Generic;
using System.Linq;

namespace ReportData.Tool.Drafting;

/// <summary>
/// General words of Chinese statistical and administrative reporting and the English each stands for in a key,
/// for <see cref="KeyComposer"/>: words any 政府工作报告 uses (enterprises, projects, investment, urban, rural,
/// provincial, ...), never names of one city's programmes. Nouns are singular: the composer makes the last one
/// plural for a count. The words are the embedded table <c>TermGlossary.tsv</c>, with its source; the verbs stay here.
/// </summary>
internal static class TermGlossary
{
    /// <summary>The words with their English: the embedded table <c>TermGlossary.tsv</c> (an English of <c>-</c> is a word a key does not spell).</summary>
    public static IReadOnlyList<(string Term, string English)> Words { get; } = Load();

    private static (string Term, string English)[] Load() =>
        DataTable.Embedded("TermGlossary.tsv", "term", "english", "origin").Select(row => (row[0], row[1] == "-" ? string.Empty : row[1])).ToArray();

    /// <summary>Leading verbs that make a key <c>New…</c> (新增38家 → New…), as the dataset names additions.</summary>
    public static readonly IReadOnlyList<string> AddingVerbs = new[] { "新增", "新建", "新认定", "新设", "新培育", "新引进", "新开工", "新改建", "新投用", "新落地" };

    /// <summary>Leading verbs that become a participle after the object (拆除违法建筑 → …Demolished).</summary>
    public static readonly IReadOnlyList<(string Verb, string Participle)> ActingVerbs = new (string, string)[]
    {
        ("拆除", "Demolished"), ("处置", "Disposed"), ("整治", "Rectified"), ("治理", "Treated"), ("淘汰", "PhasedOut"), ("关停", "Closed"),
        ("培训", "Trained"), ("发放", "Issued"), ("引进", "Recruited"), ("改造", "Renovated"), ("交付", "Delivered"),
        ("搬迁", "Relocated"), ("办结", "Resolved"), ("化解", "Resolved"), ("消除", "Eliminated"), ("取缔", "Banned"), ("关闭", "Closed"),
        ("修复", "Restored"), ("盘活", "Revitalized"), ("安置", "Resettled"), ("帮扶", "Assisted"), ("办理", "Handled"), ("撤并", "Merged"),
        ("下放", "Delegated"), ("认证", "Certified"), ("查处", "Investigated"), ("减免", "Reduced"), ("培养", "Trained"),

        // Added after reading the seeds' key misses.
        ("拆迁", "Demolished"),
    };

    /// <summary>Leading verbs that say nothing a key keeps (建设省级… → Provincial…).</summary>
    public static readonly IReadOnlyList<string> PlainVerbs = new[]
    {
        "累计建成", "建成", "建设", "完成", "实现", "实施", "培育", "创建", "打造", "启动", "推进", "开展", "组织", "争取", "获批", "入选", "累计", "达到", "拥有",
        "设立", "建立", "组建", "举办", "开通", "落地", "签约", "招引", "改建", "提升", "投用",
    };

    /// <summary>Filler the composer passes over (的, 和 between nouns is And; the whole city or year a key never says).</summary>
    public static readonly IReadOnlyList<string> Fillers = new[] { "的", "各类", "等", "以上", "全部", "全市", "全区", "全县", "全年", "年内", "当年" };
}
