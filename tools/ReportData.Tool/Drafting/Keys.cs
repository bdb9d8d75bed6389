using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ReportData.Tool.Generator;

namespace ReportData.Tool.Drafting;

/// <summary>
/// Settles each candidate: its key (vocabulary, then glossary, else a placeholder), kind, year or horizon,
/// bound, misprints and notes; and marks with <c>review</c> every figure a person must still decide.
/// Keeps members unique, as the build requires.
/// </summary>
internal static class Keys
{
    private static readonly HashSet<string> Horizons = new() { "今后五年", "未来五年", "五年", "今后三年", "未来三年", "三年" };

    private static readonly string[] PerMilleRates = { "人口自然增长率", "出生率", "死亡率" };

    public static IReadOnlyList<DraftFigure> Assign(List<FigureDraft> figures, KeyVocabulary vocabulary)
    {
        var result = new List<DraftFigure>();
        var members = new HashSet<string>(System.StringComparer.Ordinal);
        var placeholders = 0;
        foreach (var figure in figures)
        {
            var quantity = figure.Quantity;
            var reviews = new List<string>();
            var notes = new List<string>();
            var printedUnit = quantity.BareMagnitude ?? quantity.Unit;
            string? corrected = null;
            if (quantity.BareMagnitude is not null)
            {
                corrected = BareUnit.Complete(figure.Quote, quantity);
                notes.Add($"the text prints a bare {quantity.BareMagnitude}; the label's noun makes it {corrected}");
            }

            if (printedUnit is "%" or "％" && PerMilleRates.Any(rate => figure.Label.Contains(rate)))
            {
                corrected = "‰";
                notes.Add("a per-mille rate printed as %: likely a misprint of ‰");
                reviews.Add("likely misprint: check the unit against the source");
            }

            var effective = corrected ?? printedUnit;
            PrintedUnits.TryGetSuffix(effective, out var suffix);
            var isChange = figure.Wording.ChangeWord is not null && printedUnit is "%" or "％" or "倍" or "个百分点";
            var isDecline = isChange && figure.Wording.IsDecline;
            var isTarget = figure.Section.Kind is SectionKind.Targets or SectionKind.Horizon;
            var growth = isChange && printedUnit != "个百分点";
            var (key, confidence, why) = vocabulary.Find(figure.Label, suffix, growth);
            if (confidence != KeyConfidence.Settled && figure.LookupLabel is not null && vocabulary.Find(figure.LookupLabel, suffix, growth) is { Confidence: < KeyConfidence.Unknown } byLookup
                && (byLookup.Confidence == KeyConfidence.Settled || key is null))
            {
                (key, confidence, why) = byLookup;
            }

            if (confidence != KeyConfidence.Settled)
            {
                reviews.Add("key: " + why);
            }

            if (figure.ListProblem is not null)
            {
                reviews.Add(figure.ListProblem);
            }

            if (figure.ListNote is not null)
            {
                notes.Add(figure.ListNote);
            }

            var bound = isTarget ? Bound(figure) : null;
            if (!isTarget && (figure.BoundAfter is "以上" or "多" or "余" || figure.Wording.Qualifier is not null || quantity.Approximate))
            {
                notes.Add("printed with " + (figure.Wording.Qualifier ?? figure.BoundAfter ?? "多/余") + " (a qualified actual: bounds are for targets)");
            }
            else if (isTarget && quantity.Approximate)
            {
                notes.Add("printed with 多/余 after the number");
            }

            string? horizon = null;
            int? year = figure.Section.Year;
            if (figure.Section.Kind == SectionKind.Horizon)
            {
                year = null;
                horizon = figure.Section.Horizon;
                if (horizon is null || !Horizons.Contains(horizon))
                {
                    reviews.Add($"the text names the period '{horizon}': choose the horizon");
                    horizon = "今后五年";
                }
            }

            var placeholder = key is null;
            if (placeholder)
            {
                key = "Todo" + (++placeholders).ToString(CultureInfo.InvariantCulture);
            }

            var member = string.Join("|", key + suffix, year?.ToString(CultureInfo.InvariantCulture) ?? horizon, isTarget ? "target" : "actual");
            if (!members.Add(member))
            {
                reviews.Add($"another figure of this period already has the key {key}: choose a key");
                var n = 2;
                while (!members.Add(string.Join("|", key + "Duplicate" + n.ToString(CultureInfo.InvariantCulture) + suffix, year?.ToString(CultureInfo.InvariantCulture) ?? horizon, isTarget ? "target" : "actual")))
                {
                    n++;
                }

                key += "Duplicate" + n.ToString(CultureInfo.InvariantCulture);
            }

            result.Add(new DraftFigure(
                key!,
                year,
                horizon,
                isTarget,
                bound,
                figure.Label.Length > 0 ? figure.Label : figure.Quote,
                quantity.Value,
                printedUnit,
                corrected,
                figure.Quote,
                figure.Estimate,
                isDecline,
                notes.Count > 0 ? string.Join("; ", notes) : null,
                reviews.Count > 0 ? string.Join("; ", reviews) : null,
                figure.Position,
                quantity.Words));
        }

        return result;
    }

    private static string Bound(FigureDraft figure) => figure.BoundAfter switch
    {
        "左右" => "about",
        "以上" => figure.Wording.BoundBefore == "exceeds" ? "exceeds" : "atLeast",
        "以内" or "以下" => "atMost",
        _ => figure.Wording.BoundBefore ?? "reach",
    };
}
