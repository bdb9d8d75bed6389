using System.Collections.Generic;
using System.Linq;

namespace ReportData.Tool.Drafting;

/// <summary>
/// A broad bilingual lexicon of the vocabulary of Chinese municipal and provincial government work reports (政府工作报告)
/// and statistical bulletins (统计公报), so that <see cref="KeyComposer"/> can compose a readable key for a label of a
/// report nobody has seen rather than leave a <c>TodoN</c> placeholder. The terms are the embedded table <c>TermLexicon.tsv</c>,
/// by domain (economy, business, innovation, rural, environment, urban and transport, social, health and culture, governance
/// and safety, measures); the verbs stay here.
/// <para>
/// Independence: written from general knowledge of these reports' language, without opening the seed reports, their YAML
/// keys, the tests' expected data or the drafting benchmark's misses. So what the drafting benchmark gains from it is a held-out measurement, not a fit to the seeds.
/// </para>
/// <para>
/// Precedence: what a folder's keys teach (<see cref="LearnedTerms"/>) wins, then <see cref="TermGlossary"/> and
/// <see cref="Glossary"/>; the lexicon only adds terms those do not have (on the same Chinese term the earlier one wins).
/// </para>
/// <para>
/// Conventions, as in <see cref="TermGlossary"/>: English nouns singular (the composer pluralises a count's last noun),
/// PascalCase, standard short forms (Rd, Sme, Soe, Pv, Tcm, Gdp, Ai, Iot); Center, Labor (American), Enrolment as the
/// glossary spells it. An empty English is a word a key does not spell (拥有量, 本外币, 各项). Verbs: those of building or
/// obtaining (建设, 创建, 打造, 培育, 获批, 带动) say nothing in a key; 新X (新建成, 新获批, 新签约) makes it <c>New…</c>; verbs of
/// acting on a thing (整改, 腾退, 加装, 破获) become its participle after the object (…Rectified, …Installed). Entries are
/// nouns and noun compounds: no verb + noun phrase (a long entry would swallow the verb that the rules above render), and
/// no single common character.
/// </para>
/// </summary>
internal static partial class TermLexicon
{
    /// <summary>Every term of the lexicon with its English, domain by domain: the embedded table <c>TermLexicon.tsv</c> (an English of <c>-</c> is a word a key does not spell).</summary>
    public static IReadOnlyList<(string Term, string English)> Words { get; } = Load();

    private static (string Term, string English)[] Load() =>
        DataTable.Embedded("TermLexicon.tsv", "term", "english", "domain").Select(row => (row[0], row[1] == "-" ? string.Empty : row[1])).ToArray();

    /// <summary>Leading verbs, besides <see cref="TermGlossary.AddingVerbs"/>, that make a key <c>New…</c>.</summary>
    public static readonly IReadOnlyList<string> AddingVerbs = new[]
    {
        "新获批", "新创建", "新建成", "新开通", "新招引", "新签约", "新入选", "新增加", "新注册", "新登记", "新设立", "新组建", "新入库", "新备案",
        "新获评", "新评定", "新命名", "新推出", "新开设", "新开办", "新铺设", "新配备", "新安装", "新种植", "新创办", "新成立", "新上线", "新投入",
    };

    /// <summary>Leading verbs, besides <see cref="TermGlossary.ActingVerbs"/>, that become a participle after the object.</summary>
    public static readonly IReadOnlyList<(string Verb, string Participle)> ActingVerbs = new (string, string)[]
    {
        ("整改", "Rectified"), ("整治提升", "Rectified"), ("清理", "Cleared"), ("清退", "Cleared"), ("出清", "Cleared"), ("清零", "Cleared"),
        ("腾退", "Vacated"), ("腾出", "Vacated"), ("收储", "Acquired"), ("征收", "Expropriated"), ("征迁", "Expropriated"), ("扩建", "Expanded"),
        ("改扩建", "Expanded"), ("迁建", "Relocated"), ("疏解", "Relocated"), ("升级", "Upgraded"), ("提档升级", "Upgraded"), ("提升改造", "Upgraded"),
        ("提质改造", "Upgraded"), ("改善", "Improved"), ("加装", "Installed"), ("安装", "Installed"), ("接入", "Connected"), ("流转", "Transferred"),
        ("转移", "Transferred"), ("吸纳", "Absorbed"), ("减少", "Reduced"), ("压减", "Reduced"), ("压缩", "Reduced"), ("削减", "Reduced"),
        ("缩短", "Shortened"), ("收回", "Recovered"), ("追回", "Recovered"), ("挽回", "Recovered"), ("破获", "Solved"), ("侦破", "Solved"),
        ("抓获", "Arrested"), ("打掉", "Dismantled"), ("捣毁", "Dismantled"), ("受理", "Accepted"), ("审结", "Concluded"), ("排查", "Inspected"),
        ("救治", "Treated"), ("转化", "Commercialized"), ("注册", "Registered"), ("扶持", "Supported"), ("惠及", "Benefited"), ("拨付", "Disbursed"),
        ("下达", "Allocated"), ("筹集", "Raised"), ("净增", "NetAdded"), ("退出", "Exited"), ("整合", "Merged"), ("兼并", "Merged"), ("销号", "Closed"),
        ("修缮", "Restored"), ("维修", "Repaired"), ("翻新", "Renovated"), ("美化", "Beautified"), ("硬化", "Paved"), ("拓宽", "Widened"),
        ("铺设", "Laid"), ("埋设", "Laid"), ("栽植", "Planted"), ("配备", "Equipped"), ("签订", "Signed"), ("发布", "Published"), ("出台", "Issued"),
        ("修订", "Revised"), ("收集", "Collected"), ("查获", "Seized"), ("查办", "Investigated"), ("调处", "Resolved"), ("治愈", "Cured"),
        ("接收", "Received"), ("救助", "Assisted"), ("保护", "Protected"), ("修建", "Built"), ("清淤", "Dredged"), ("疏浚", "Dredged"), ("加固", "Reinforced"),
    };

    /// <summary>Leading verbs, besides <see cref="TermGlossary.PlainVerbs"/>, that say nothing a key keeps.</summary>
    public static readonly IReadOnlyList<string> PlainVerbs = new[]
    {
        "带动", "推动", "支持", "推广", "落实", "兑现", "获得", "获评", "荣获", "列入", "纳入", "入围", "成功创建", "创成", "投入", "吸引",
        "安排", "争取到", "认定", "评定", "评为", "授牌", "命名", "谋划", "引导", "接待", "建设完成", "基本建成",
        "成功举办", "承办", "建好", "办好", "开设", "开办", "配置", "设置", "布局",
    };
}
