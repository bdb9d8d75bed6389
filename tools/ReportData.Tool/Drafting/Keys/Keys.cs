using System;
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
    private static readonly string[] PerMilleRates = { "人口自然增长率", "出生率", "死亡率" };

    /// <summary>How a review of the key alone opens (<see cref="DraftFigure.ReviewsOnlyTheKey"/>).</summary>
    private const string KeyReview = "key: ";

    private const string DuplicateKeyReview = "another figure of this period already has the key ";

    public static IReadOnlyList<DraftFigure> Assign(List<FigureDraft> figures, KeyVocabulary vocabulary)
    {
        // First against the vocabulary alone, then against the draft's own keys: so the figures a key fits
        // decide which dimension it keeps in the draft, not the first figure that happens to guess it.
        var byVocabulary = new KeyDimensions(vocabulary, Enumerable.Empty<KeyValuePair<string, string>>());
        var choices = figures.Select(figure => Resolve(byVocabulary, figure, Choose(figure, vocabulary))).ToList();
        var dimensions = new KeyDimensions(vocabulary, Owners(choices));
        var result = new List<DraftFigure>();
        var members = new HashSet<string>(System.StringComparer.Ordinal);
        var periods = figures.Select(PeriodAndBound.Period).ToList();
        // A settled key of a placed section (a headline series, the vocabulary's exact label) keeps its member against a guess or a
        // figure of an unsure section printed before it (五年来 … 年均增长 before 过去一年 … 增长).
        var claimed = new HashSet<string>(
            figures.Select((figure, index) => (figure, choice: choices[index], period: periods[index]))
                .Where(item => item.choice.Confidence == KeyConfidence.Settled && item.choice.Key is not null && item.figure.Section.Doubt is null)
                .Select(item => Member(item.choice.Key! + item.choice.Suffix, item.period, item.figure)),
            System.StringComparer.Ordinal);
        var placeholders = 0;
        // Where the numbering of each key's duplicates goes on, by key, dimension and member: every number below it is taken
        // or does not fit, so a text that prints one indicator thousands of times is numbered in linear time, not quadratic.
        var nextDuplicate = new Dictionary<string, int>(System.StringComparer.Ordinal);
        for (var index = 0; index < figures.Count; index++)
        {
            var figure = figures[index];
            var quantity = figure.Quantity;
            var (printedUnit, corrected, per, suffix, dimension, growth, isChange, key, confidence, why, reviews, notes) = Resolve(dimensions, figure, choices[index]);
            // 增长-3.2% is a fall as 下降3.2% is: the value is printed without its sign, the build proves it only with decline.
            var isDecline = (isChange && (figure.Wording.IsDecline || figure.Wording.OpensWithDecline)) || quantity.Signed;
            // 我国60岁以上人口已达2.5亿 in this year's plan is no goal but a fact as of the year before, and 今年高校毕业生820多万人 a
            // forecast of the year: drafted as actuals, marked. A sum of money stated so (今年财政支出21万亿元) is the year's budget:
            // a target, marked.
            var inPlan = figure.Section.Kind is SectionKind.Targets or SectionKind.Horizon;
            var statedForYear = inPlan && ForecastReading.IsStatedForThisYear(figure);
            var reachedAlready = statedForYear && figure.Section.Kind == SectionKind.Targets && ForecastReading.IsReachedAlready(figure);
            var forecast = statedForYear && !reachedAlready && figure.Section.Kind == SectionKind.Targets && dimension == "Persons";
            var isTarget = inPlan && !reachedAlready && !forecast;
            if (!isTarget && ForecastReading.IsTargetNamedInReview(figure))
            {
                // 增长11.3%，低于13%左右的预期目标 is that year's target; 提前实现…500元的目标 a level reached. A review is drafted as actuals.
                reviews.Add("kind: the review calls this number a 目标: the year's target it is compared with, or a level reached? check");
            }

            if (confidence != KeyConfidence.Settled)
            {
                reviews.Add(KeyReview + why);
            }


            if (figure.Section.Doubt is not null)
            {
                reviews.Add("period: " + figure.Section.Doubt);
            }

            if (reachedAlready)
            {
                reviews.Add("kind: the plan says this number is reached already (已达…): drafted as an actual of the year before; check");
            }
            else if (forecast)
            {
                reviews.Add("kind: the plan states how many people the year brings, with no verb of a target (今年高校毕业生…): drafted as the year's forecast, an actual; a target? check");
            }
            else if (isTarget && statedForYear)
            {
                reviews.Add("kind: the plan states this number for the year without a target's verb (今年高校毕业生…): a forecast (actual) or a target? check");
            }

            if (figure.ListProblem is not null)
            {
                reviews.Add(figure.ListProblem);
            }

            if (figure.ListNote is not null)
            {
                notes.Add(figure.ListNote);
            }

            if (quantity.Signed)
            {
                notes.Add($"printed as {quantity.SignedValue}{quantity.Unit} (a minus sign): recorded as a fall of {quantity.Value}");
                if (figure.Wording.IsDecline || !isChange)
                {
                    reviews.Add(figure.Wording.IsDecline
                        ? $"sign: a fall ({figure.Wording.ChangeWord}) of a negative number ({quantity.SignedValue}): check which way the indicator moved"
                        : $"sign: a negative level ({quantity.SignedValue}{quantity.Unit}) is recorded with decline: true; check it");
                }
            }

            var bound = isTarget ? PeriodAndBound.Bound(figure) : PeriodAndBound.ActualBound(figure);
            if (quantity.Approximate)
            {
                notes.Add("printed with 多/余 after the number");
            }

            var (year, horizon, periodReview) = periods[index];
            if (reachedAlready && year is { } planYear)
            {
                year = planYear - 1;
            }

            if (periodReview is not null)
            {
                reviews.Add(periodReview);
            }
            else if (horizon is not null && figure.Section.Kind == SectionKind.PastPeriod && PastPeriodReading.TotalNote(figure, horizon) is { } total)
            {
                // docs/authoring.md: a multi-year total's note starts with it.
                notes.Insert(0, total);
            }

            var placeholder = key is null;
            if (placeholder)
            {
                // A change keeps Growth in its placeholder: the build proves a fall only for a change, never for a level.
                key = "Todo" + (++placeholders).ToString(CultureInfo.InvariantCulture) + (isChange ? "Growth" : string.Empty);
            }

            var member = Member(key + suffix, year, horizon, isTarget);
            if (((confidence != KeyConfidence.Settled || figure.Section.Doubt is not null) && claimed.Contains(member)) || !members.Add(member))
            {
                reviews.Add($"{DuplicateKeyReview}{key}: choose a key");
                var numbering = string.Join("|", member, dimension);
                var n = nextDuplicate.TryGetValue(numbering, out var next) ? next : 2;
                string Numbered() => key + "Duplicate" + n.ToString(CultureInfo.InvariantCulture);
                while ((dimension is not null && !dimensions.Fits(Numbered(), dimension)) || !members.Add(Member(Numbered() + suffix, year, horizon, isTarget)))
                {
                    n++;
                }

                nextDuplicate[numbering] = n + 1;
                key = Numbered();
            }

            if (dimension is not null)
            {
                dimensions.Use(key!, dimension);
            }

            var keyOnly = reviews.Count > 0 && reviews.All(review => review.StartsWith(KeyReview, StringComparison.Ordinal) || review.StartsWith(DuplicateKeyReview, StringComparison.Ordinal));
            result.Add(new DraftFigure(
                key!,
                year,
                horizon,
                isTarget ? FigureKind.Target : FigureKind.Actual,
                bound,
                figure.Label.Length > 0 ? figure.Label : Labels.Bounded(figure.Quote),
                quantity.Value,
                printedUnit,
                corrected,
                Clauses.QuoteAround(figure.Quote, quantity.Start, quantity.End),
                figure.Estimate,
                isDecline,
                notes.Count > 0 ? string.Join("; ", notes) : null,
                reviews.Count > 0 ? string.Join("; ", reviews) : null,
                figure.Position,
                quantity.Words,
                per) { ReviewsOnlyTheKey = keyOnly });
        }

        return result;
    }

    /// <summary>
    /// The unit as printed and as corrected (a bare 万 completed by the label's noun, a per-mille rate printed as %),
    /// and the key the vocabulary finds for the figure, with how sure it is.
    /// </summary>
    private static Choice Choose(FigureDraft figure, KeyVocabulary vocabulary)
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
        var dimension = PrintedUnits.DimensionOf(effective);
        var per = Rates.PerOf(figure.Label, effective);
        if (per is not null && PrintedUnits.TryGetRate(effective, per, out var rateSuffix, out var rateDimension))
        {
            (suffix, dimension) = (rateSuffix, rateDimension);
        }

        var isChange = (figure.Wording.ChangeWord is not null || figure.Wording.OpensWithDecline) && printedUnit is "%" or "％" or "倍" or "个百分点";
        var growth = isChange && printedUnit != "个百分点";
        var (key, confidence, why) = vocabulary.Find(figure.Label, suffix, growth);
        if (confidence == KeyConfidence.Settled && figure.PartOfPlace is { } part && !figure.Label.Contains(part))
        {
            // 全面加快东山组团建设。…实施重点项目32个: the cluster's projects, not the district's, under the district's key.
            (confidence, why) = (KeyConfidence.Likely, $"the paragraph is about {part}: is this its figure, or the whole place's?");
        }

        if (key is not null && confidence == KeyConfidence.Settled && dimension == "Count" && HeadlineKeys.Keys.Contains(key))
        {
            // 全省地区生产总值连跨4个千亿台阶: none of the headline series counts things, so a count under one's name is another's.
            (key, confidence, why) = (null, KeyConfidence.Unknown, $"a count under the name of the headline series {key}: choose a key of its own");
        }

        if (key is not null && confidence == KeyConfidence.Settled && dimension == "MoneyUsd")
        {
            // 对外贸易总额2.97万亿美元: a headline series kept in yuan has its dollars under its own key in every report.
            key = HeadlineKeys.InDollars(key);
        }

        if (confidence != KeyConfidence.Settled && figure.LookupLabel is not null && vocabulary.Find(figure.LookupLabel, suffix, growth) is { Confidence: < KeyConfidence.Unknown } byLookup
            && (byLookup.Confidence == KeyConfidence.Settled || key is null))
        {
            (key, confidence, why) = byLookup;
        }

        // A key composed word for word from the label is a better guess than one of its parts (碳账户贷款余额: not LoanBalance). Against
        // such a guess (a key of the glossary's indicators) only the glossaries and the folder's terms compose; the lexicon's own English
        // composes only what nothing else knows, in place of a placeholder.
        var withLexicon = confidence == KeyConfidence.Unknown;
        if (confidence >= KeyConfidence.Guessed && KeyComposer.Compose(figure.LookupLabel ?? figure.Label, growth, KeyVocabulary.IsCounted(dimension), vocabulary.Learned, withLexicon) is { } composed)
        {
            var needsLexicon = withLexicon && KeyComposer.Compose(figure.LookupLabel ?? figure.Label, growth, KeyVocabulary.IsCounted(dimension), vocabulary.Learned, lexicon: false) != composed;
            (key, confidence, why) = (composed, KeyConfidence.Likely, needsLexicon ? "composed from the label's words (TermGlossary, TermLexicon): check it" : "composed from the label's words (TermGlossary): check it");
        }

        return new Choice(printedUnit, corrected, per, suffix, dimension, growth, isChange, key, confidence, why, reviews, notes);
    }

    /// <summary>The choice with a key that keeps one dimension (see <see cref="KeyDimensions"/>); what changed goes to its note or review.</summary>
    private static Choice Resolve(KeyDimensions dimensions, FigureDraft figure, Choice choice)
    {
        if (choice.Key is null || choice.Dimension is null)
        {
            return choice;
        }

        var (resolved, settled, change) = dimensions.Resolve(choice.Key, choice.Dimension, figure.Label, choice.Growth);
        if (change is null)
        {
            return choice;
        }

        if (settled && choice.Confidence == KeyConfidence.Settled)
        {
            choice.Notes.Add(change);
            return choice with { Key = resolved };
        }

        return choice with { Key = resolved, Confidence = choice.Confidence == KeyConfidence.Settled ? KeyConfidence.Likely : choice.Confidence, Why = choice.Why is null ? change : choice.Why + "; " + change };
    }

    /// <summary>
    /// The dimension each key of the draft keeps where the vocabulary does not know it: that of its surest figure
    /// (settled, else likely, else guessed; the first of equals); so a guessed key (出口 inside 出口产业示范区, a count) cannot take a key
    /// from the figure it belongs to (出口 in 亿元).
    /// </summary>
    private static IEnumerable<KeyValuePair<string, string>> Owners(IEnumerable<Choice> choices) =>
        choices.Where(choice => choice.Key is not null && choice.Dimension is not null)
            .GroupBy(choice => choice.Key!, System.StringComparer.Ordinal)
            .Select(group => new KeyValuePair<string, string>(
                group.Key,
                group.OrderBy(choice => choice.Confidence).First().Dimension!));

    /// <summary>A member as the duplicate check compares it: key with suffix, year or horizon, kind.</summary>
    private static string Member(string keyWithSuffix, (int? Year, string? Horizon, string? Review) period, FigureDraft figure) =>
        Member(keyWithSuffix, period.Year, period.Horizon, figure.Section.Kind is SectionKind.Targets or SectionKind.Horizon);

    /// <summary>
    /// The constant a figure becomes, as the build names it: a year's actual or its target, or the class of a horizon's goals
    /// or of a past period's figures (今后五年 and 十四五 are both FiveYearGoals: two goals of one key there would meet).
    /// </summary>
    private static string Member(string keyWithSuffix, int? year, string? horizon, bool isTarget) => horizon is not null
        ? string.Join("|", keyWithSuffix, ReportData.Authoring.Model.Naming.HorizonClass(horizon, isTarget) ?? horizon)
        : string.Join("|", keyWithSuffix, year?.ToString(CultureInfo.InvariantCulture), isTarget ? "target" : "actual");

    private sealed record Choice(
        string PrintedUnit,
        string? Corrected,
        string? Per,
        string Suffix,
        string? Dimension,
        bool Growth,
        bool IsChange,
        string? Key,
        KeyConfidence Confidence,
        string? Why,
        List<string> Reviews,
        List<string> Notes);
}
