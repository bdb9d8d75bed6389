using System;
using System.Collections.Generic;
using System.Linq;
using ReportData.Tool.Drafting;
using ReportData.Tool.Generator;

namespace ReportData.Benchmarks.Drafting;

/// <summary>
/// How the drafting benchmark pairs a draft with its answer: a keyed figure is found when a draft figure has its printed
/// value and unit and a quote overlapping its quote in the text (one to one, in text order); and what "right" means for
/// year or horizon, kind and bound. Both tables (the seeds' and the corpus key's) score through this one place.
/// </summary>
public static class DraftMatching
{
    /// <summary>
    /// Each keyed figure with the draft figure found for it, or null when the draft does not have it. A draft figure's quote is
    /// taken where its number stands (<see cref="DraftFigure.Position"/>), not wherever the same words recur: 空气质量优良天数比例96.3%
    /// of the review is not the target 空气质量优良天数比例96.3%以上 further on.
    /// </summary>
    public static IReadOnlyList<(KeyedFigure Keyed, DraftFigure? Found)> Pairs(string text, IReadOnlyList<KeyedFigure> keyed, Draft draft)
    {
        var folded = ReportFolder.Fold(text);
        var draftSpans = draft.Figures.Select(figure => Where(folded, figure.Quote, FoldedPosition(text, figure.Position))).ToList();
        var used = new HashSet<int>();
        var pairs = new List<(KeyedFigure, DraftFigure?)>();
        foreach (var figure in keyed)
        {
            var spans = Spans(folded, figure.Quote);
            var index = -1;
            for (var i = 0; i < draft.Figures.Count && index < 0; i++)
            {
                var candidate = draft.Figures[i];
                if (!used.Contains(i) && (candidate.Words ?? candidate.Value) == figure.Value && candidate.Unit == figure.Unit
                    && draftSpans[i].Any(d => spans.Any(c => d.Start < c.End && c.Start < d.End)))
                {
                    index = i;
                }
            }

            if (index >= 0)
            {
                used.Add(index);
            }

            pairs.Add((figure, index >= 0 ? draft.Figures[index] : null));
        }

        return pairs;
    }

    /// <summary>The occurrence of a draft figure's quote that holds its number, or every occurrence when its position is unknown.</summary>
    private static List<(int Start, int End)> Where(string folded, string quote, int foldedPosition)
    {
        var spans = Spans(folded, quote);
        var holding = spans.Where(span => span.Start <= foldedPosition && foldedPosition < span.End).ToList();
        return holding.Count > 0 ? holding : spans;
    }

    /// <summary>
    /// Where the character at <paramref name="position"/> of the text lands in its folded form: the length of the folded text
    /// before it, a mark standing for it so that white space before it folds as it would (<see cref="ReportFolder.Fold"/>).
    /// </summary>
    private static int FoldedPosition(string text, int position) =>
        position < 0 || position > text.Length ? -1 : ReportFolder.Fold(text.Substring(0, position) + "\u0001").Length - 1;

    /// <summary>Whether the draft has the keyed figure's year or horizon, kind and bound.</summary>
    public static bool PeriodKindBoundAgree(DraftFigure found, KeyedFigure figure) =>
        found.Year == figure.Year && found.Horizon == figure.Horizon && found.IsTarget == figure.IsTarget
            && NormalBound(found.Bound?.ToString(), found.IsTarget) == figure.Bound;

    /// <summary>A share as the tables print it: 99.4 %, or – when there is nothing to divide by.</summary>
    public static string Percent(int part, int whole) =>
        whole == 0 ? "–" : (100.0 * part / whole).ToString("F1", System.Globalization.CultureInfo.InvariantCulture) + " %";

    /// <summary>A bound as compared: a target with no qualifier and one that says 达到 are the same.</summary>
    public static string NormalBound(string? bound, bool isTarget) =>
        bound is null || bound.Length == 0 || bound.Equals("none", StringComparison.OrdinalIgnoreCase) || (isTarget && bound.Equals("reach", StringComparison.OrdinalIgnoreCase))
            ? string.Empty
            : bound.ToLowerInvariant();

    private static List<(int Start, int End)> Spans(string folded, string quote)
    {
        var needle = ReportFolder.Fold(quote);
        var spans = new List<(int, int)>();
        for (var at = needle.Length == 0 ? -1 : folded.IndexOf(needle, StringComparison.Ordinal); at >= 0; at = folded.IndexOf(needle, at + 1, StringComparison.Ordinal))
        {
            spans.Add((at, at + needle.Length));
        }

        return spans;
    }
}
