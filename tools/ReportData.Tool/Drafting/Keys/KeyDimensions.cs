using System;
using System.Collections.Generic;
using ReportData.Authoring.Planning;

namespace ReportData.Tool.Drafting;

/// <summary>
/// Keeps a draft's keys to one dimension each, as the build requires of every key across reports (RD1014):
/// a key the vocabulary (or an earlier figure of the draft) gives another dimension is not reused as is.
/// The figure gets the key the build's convention makes of it (<see cref="DimensionKeys"/>: a percent change of a
/// level <c>Growth</c>, a share of it <c>Share</c>, percentage points of a rate <c>Change</c>, US dollars <c>InDollars</c>),
/// settled when the vocabulary already uses that key in this dimension, marked for review otherwise; and a
/// placeholder for review when no convention fits.
/// </summary>
internal sealed class KeyDimensions
{
    private static readonly string[] ShareWords = { "占", "比重", "比例", "份额", "占比" };

    private readonly KeyVocabulary _vocabulary;
    private readonly Dictionary<string, string> _draft = new(StringComparer.Ordinal);

    /// <param name="owners">Keys whose dimension is settled before the draft is walked (the vocabulary's, else the dimension of the surest figure using them).</param>
    public KeyDimensions(KeyVocabulary vocabulary, IEnumerable<KeyValuePair<string, string>> owners)
    {
        _vocabulary = vocabulary;
        foreach (var owner in owners)
        {
            _draft.TryAdd(owner.Key, owner.Value);
        }
    }

    /// <summary>The dimension <paramref name="key"/> has: the vocabulary's, else the draft's; null when neither uses it.</summary>
    public string? Of(string key) => _vocabulary.DimensionOf(key) ?? (_draft.TryGetValue(key, out var dimension) ? dimension : null);

    /// <summary>True when <paramref name="key"/> may carry a figure of <paramref name="dimension"/>.</summary>
    public bool Fits(string key, string dimension) => Of(key) is not { } known || known == dimension;

    /// <summary>Records that the draft gives <paramref name="key"/> a figure of <paramref name="dimension"/>.</summary>
    public void Use(string key, string dimension) => _draft.TryAdd(key, dimension);

    /// <summary>
    /// The key for a figure of <paramref name="dimension"/> found as <paramref name="key"/>: the key itself when it fits;
    /// else a conventional derived key (settled when the vocabulary knows it in this dimension);
    /// else null (a placeholder). <c>Why</c> says what was changed, for the figure's review or note.
    /// </summary>
    public (string? Key, bool Settled, string? Why) Resolve(string key, string dimension, string label, bool isGrowth)
    {
        if (Fits(key, dimension))
        {
            return (key, true, null);
        }

        var known = Of(key)!;
        var where = _vocabulary.DimensionOf(key) is not null ? "in the vocabulary" : "in this draft";
        var conflict = $"the key {key} is {known} {where}, this figure is {dimension}";
        foreach (var candidate in Candidates(key, known, dimension, label, isGrowth))
        {
            if (_vocabulary.DimensionOf(candidate) == dimension)
            {
                return (candidate, true, conflict + $": {candidate}, as the vocabulary names it");
            }
        }

        foreach (var candidate in Candidates(key, known, dimension, label, isGrowth))
        {
            if (Fits(candidate, dimension))
            {
                return (candidate, false, conflict + $": {candidate} composed, check it");
            }
        }

        return (null, false, conflict + ": choose a key of its own");
    }

    /// <summary>The build's conventional keys (<see cref="DimensionKeys"/>) that fit the figure: a growth key for a change, a share key for a label that prints one.</summary>
    private static IEnumerable<string> Candidates(string key, string known, string dimension, string label, bool isGrowth)
    {
        foreach (var candidate in DimensionKeys.For(key, dimension, known))
        {
            var fits = candidate == key + DimensionKeys.Growth ? isGrowth
                : candidate == key + DimensionKeys.Share ? Array.Exists(ShareWords, label.Contains)
                : true;
            if (fits)
            {
                yield return candidate;
            }
        }
    }
}
