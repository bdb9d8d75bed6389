using System;
using System.Collections.Generic;
using System.Linq;

namespace ReportData.Tool.Drafting;

/// <summary>How sure the drafting engine is of a key.</summary>
public enum KeyConfidence
{
    /// <summary>The label is one the vocabulary or glossary names exactly: settled.</summary>
    Settled,

    /// <summary>The label is a known one with another unit, resembles a known label, or a key was composed for it: a likely key, to review.</summary>
    Likely,

    /// <summary>The label merely contains an indicator of the glossary: a guess, to review.</summary>
    Guessed,

    /// <summary>No indicator matched: a placeholder key, to review.</summary>
    Unknown,
}

/// <summary>
/// Labels to keys, learned from existing figures (label as printed → key, per unit suffix) and the
/// built-in <see cref="Glossary"/>. Labels are compared after dropping scope words (全市, 全年, 其中 ...).
/// </summary>
public sealed class KeyVocabulary
{
    /// <summary>Words that close a change's label; 增加 and 减少 too, which of a percent are a growth or a fall as 增长 is (各类市场主体增加70%).</summary>
    private static readonly string[] GrowthWords = { "增长", "增速", "增幅", "下降", "降低", "降幅", "提高", "提升", "上升", "上涨", "涨幅", "增加", "减少" };

    private readonly Dictionary<string, string> _exact = new(StringComparer.Ordinal);

    /// <summary>Labels (with their suffix) that the known figures give more than one key, with those keys in order.</summary>
    private readonly Dictionary<string, List<string>> _disputed = new(StringComparer.Ordinal);
    private readonly List<(string Label, string Key, string Suffix)> _entries = new();
    private readonly Dictionary<string, string> _dimensions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string Label, string Key)> _canonical = new(StringComparer.Ordinal);

    private static readonly (string Word, string Same)[] LevelWords =
    {
        ("国家级", "国家"), ("省级", "省"), ("市级", "市"), ("县级", "县"), ("中小微企业", "中小企业"), ("的", string.Empty),
    };

    public static KeyVocabulary Empty { get; } = new(Array.Empty<(string, string, string, string)>());

    /// <param name="figures">Known figures: label as printed, key, the member's unit suffix (<c>Percent</c>) and the unit's dimension (<c>Ratio</c>).</param>
    public KeyVocabulary(IEnumerable<(string Label, string Key, string Suffix, string Dimension)> figures)
    {
        var known = figures.ToList();
        Learned = KeyAlignment.Learn(known.Select(figure => (figure.Label, figure.Key, IsCounted(figure.Dimension))));
        foreach (var (label, key, suffix, dimension) in known)
        {
            // The first figure of a key sets its dimension, as in the build's check (RD1014).
            _dimensions.TryAdd(key, dimension);
            var normal = Normalize(label);
            if (normal.Length == 0)
            {
                continue;
            }

            _entries.Add((normal, key, suffix));
            _canonical.TryAdd(Canonical(label) + "|" + suffix, (label, key));
            if (_exact.TryGetValue(normal + "|" + suffix, out var earlier) && earlier != key)
            {
                // 为市场主体减负 is EnterpriseCostReduction in one report, TaxAndFeeReductions in another: no label settles either.
                if (!_disputed.TryGetValue(normal + "|" + suffix, out var keys))
                {
                    keys = _disputed[normal + "|" + suffix] = new List<string> { earlier };
                }

                keys.Add(key);
            }

            _exact[normal + "|" + suffix] = key;
            if (key.EndsWith("Growth", StringComparison.Ordinal) && StripGrowth(normal) is { } level && level.Length > 0)
            {
                // 地区生产总值增长 → GdpGrowth teaches 地区生产总值 → Gdp, for the level figures.
                _exact.TryAdd(level + "|level", key.Substring(0, key.Length - "Growth".Length));
            }
            else if (suffix != "Percent")
            {
                _exact.TryAdd(normal + "|level", key);
            }
        }
    }

    public int Count => _entries.Count;

    /// <summary>The glossary's terms, longest first, sorted once rather than on every label.</summary>
    private static readonly (string Term, string Key)[] GlossaryLongestFirst = Glossary.Terms.OrderByDescending(t => t.Term.Length).ToArray();

    /// <summary>
    /// Words before a glossary term that leave it the same indicator (全市地区生产总值 is Gdp). Any other prefix
    /// may change what is measured: 新增高新技术企业 counts new enterprises, a flow, not HighTechEnterprises, the stock.
    /// </summary>
    private static readonly HashSet<string> NeutralPrefixes = new(StringComparer.Ordinal)
    {
        "全市", "全区", "全县", "全省", "市区", "我市", "本市", "全年", "实现", "完成", "达到",
    };

    /// <summary>Whether figures of the dimension count things or people, so their key's last noun is plural (NewParks, YoungScientistsRecruited).</summary>
    internal static bool IsCounted(string? dimension) => dimension is "Count" or "Persons" or "PersonTimes";

    /// <summary>The folder's translation style, learned by aligning its labels with their keys (<see cref="KeyAlignment"/>).</summary>
    internal LearnedTerms Learned { get; }

    /// <summary>The dimension the vocabulary's figures give <paramref name="key"/> (<c>MoneyCny</c>), or null when it does not know the key.</summary>
    public string? DimensionOf(string key) => _dimensions.TryGetValue(key, out var dimension) ? dimension : null;

    /// <summary>The key for a label, with how sure it is. <paramref name="suffix"/> is the unit suffix the figure's member gets.</summary>
    public (string? Key, KeyConfidence Confidence, string? Why) Find(string label, string suffix, bool isGrowth)
    {
        var normal = Normalize(label);
        if (normal.Length == 0)
        {
            return (null, KeyConfidence.Unknown, "no label found");
        }

        // The headline series get the same key in every report, whatever the folder spells (GdpGrowth, NewUrbanJobs).
        if (HeadlineKeys.Find(normal, isGrowth ? StripGrowth(normal) : null, isGrowth, suffix == "Percent") is { } headline)
        {
            return (headline, KeyConfidence.Settled, null);
        }

        if (_exact.TryGetValue(normal + "|" + suffix, out var exact))
        {
            return _disputed.TryGetValue(normal + "|" + suffix, out var disputed)
                ? (exact, KeyConfidence.Likely, $"the vocabulary gives this label the keys {string.Join(", ", disputed.Distinct(StringComparer.Ordinal))}: choose one")
                : (exact, KeyConfidence.Settled, null);
        }

        var level = isGrowth ? StripGrowth(normal) : normal;
        if (isGrowth && level is { Length: > 0 } && _exact.TryGetValue(level + "|level", out var levelKey))
        {
            return (levelKey + "Growth", KeyConfidence.Settled, null);
        }

        if (!isGrowth && _exact.TryGetValue(normal + "|level", out var sameLevel) && suffix != "Percent")
        {
            return (sameLevel, KeyConfidence.Likely, "the vocabulary has this label with another unit");
        }

        if (_canonical.TryGetValue(Canonical(label) + "|" + suffix, out var same))
        {
            return (same.Key, KeyConfidence.Likely, $"the vocabulary has '{same.Label}' ({same.Key}), the same words but verbs and levels");
        }

        var core = level ?? normal;
        foreach (var (term, key) in GlossaryLongestFirst)
        {
            if (core == term || core.EndsWith(term, StringComparison.Ordinal) && NeutralPrefixes.Contains(core.Substring(0, core.Length - term.Length)))
            {
                return (isGrowth ? key + "Growth" : key, KeyConfidence.Settled, null);
            }
        }

        // A known label with only filler words around it (完成铁路投资, 中央预算内投资拟安排) is the same indicator, when the vocabulary
        // gives all such labels one key.
        var wrapped = _entries
            .Where(entry => entry.Suffix == suffix && LabelFillers.SameIndicator(normal, entry.Label))
            .Select(entry => entry.Key)
            .Distinct(StringComparer.Ordinal)
            .Take(2)
            .ToList();
        if (wrapped.Count == 1)
        {
            return (wrapped[0], KeyConfidence.Settled, null);
        }

        // The longest known label inside this one (or this one inside a known label) suggests a key.
        var best = _entries
            .Where(entry => entry.Suffix == suffix && entry.Label.Length >= 4 && (normal.Contains(entry.Label) || entry.Label.Contains(normal) && normal.Length >= 4))
            .OrderByDescending(entry => entry.Label.Length)
            .FirstOrDefault();
        if (best.Key is not null)
        {
            return (best.Key, KeyConfidence.Likely, $"label resembles '{best.Label}' ({best.Key})");
        }

        // The indicator a label names first is its subject (研发经费相当于生产总值的比例: 研发经费, not 生产总值).
        // A term after 万元/单位/每 is a denominator (万元GDP用水量 is water per GDP, not GDP): no subject.
        foreach (var (term, key) in Glossary.Terms.Where(t => core.Contains(t.Term) && !IsDenominator(core, t.Term)).OrderBy(t => core.IndexOf(t.Term, StringComparison.Ordinal)).ThenByDescending(t => t.Term.Length))
        {
            return (isGrowth ? key + "Growth" : key, KeyConfidence.Guessed, $"label contains '{term}'");
        }

        return (null, KeyConfidence.Unknown, "no indicator in the vocabulary matches this label");
    }

    private static bool IsDenominator(string label, string term)
    {
        var at = label.IndexOf(term, StringComparison.Ordinal);
        var before = label.Substring(0, at);
        return before.EndsWith("万元", StringComparison.Ordinal) || before.EndsWith("亿元", StringComparison.Ordinal) || before.EndsWith("单位", StringComparison.Ordinal) || before.EndsWith("每", StringComparison.Ordinal);
    }

    /// <summary>
    /// A label as the folder's other wordings of the same indicator may print it: without its leading verbs (only whether it
    /// has one counts: 新认定… and 新增… are one key, … alone another) and with level words unified (省级 = 省, 中小微企业 = 中小企业).
    /// </summary>
    private static string Canonical(string label)
    {
        var text = KeyWords.Clean(label);
        var hasVerb = false;
        while (LearnedTerms.None.LeadingVerb(text) is { } verb)
        {
            (text, hasVerb) = (text.Substring(verb.Length), true);
        }

        foreach (var (word, same) in LevelWords)
        {
            text = text.Replace(word, same);
        }

        return (hasVerb ? "+" : "-") + text;
    }

    /// <summary>A label as the vocabulary compares it (see <see cref="LabelText.Normalize"/>).</summary>
    public static string Normalize(string label) => LabelText.Normalize(label);

    private static string? StripGrowth(string label)
    {
        foreach (var word in GrowthWords)
        {
            if (label.EndsWith(word, StringComparison.Ordinal))
            {
                return label.Substring(0, label.Length - word.Length);
            }
        }

        return null;
    }
}
