using System.Linq;
using System.Collections.Generic;
using ReportData;

namespace ReportData.Tool.Drafting;

/// <summary>What the user gives for a draft: the city, and the year where the text does not print it.</summary>
public sealed record DraftOptions(string City, string? CityName, int? Year, string TextFile);

/// <summary>The metadata a draft's <c>report:</c> block gets: given on the command line or read from the text's header.</summary>
public sealed record DraftReportInfo(
    string City,
    string CityName,
    string? Title,
    int Year,
    int? Reviews,
    int? TargetsFor,
    string TextFile,
    string? Date,
    string? Session,
    string? Speaker,
    IReadOnlyList<string> KeyParagraphs,
    string? Level = null);

/// <summary>
/// One candidate figure. Value and unit as printed; <see cref="Quote"/> verbatim from the text (the clause
/// carrying the number); <see cref="Review"/> says why a person must look at it, or is null when settled.
/// </summary>
/// <param name="Words">A number printed in Chinese numerals (千 of 突破千亿元), as printed; <see cref="Value"/> then holds its digits.</param>
/// <param name="Per">The population a rate is per (人 of 人均可支配收入), as <c>per</c> records it; null for a figure that is no rate.</param>
/// <param name="Position">Where the number starts in the text as drafted, its line breaks read as \n (for ordering and benchmarks).</param>
public sealed record DraftFigure(
    string Key,
    int? Year,
    string? Horizon,
    FigureKind Kind,
    TargetBound? Bound,
    string Label,
    string Value,
    string Unit,
    string? CorrectedUnit,
    string Quote,
    bool IsEstimate,
    bool IsDecline,
    string? Note,
    string? Review,
    int Position,
    string? Words = null,
    string? Per = null)
{
    /// <summary>Whether the figure is a target (of the year or the horizon), not an actual.</summary>
    public bool IsTarget => Kind == FigureKind.Target;

    /// <summary>
    /// Whether <see cref="Review"/> asks about the key alone (a guessed or composed key, a key another figure has): value, unit,
    /// year or horizon, kind and bound are settled.
    /// </summary>
    public bool ReviewsOnlyTheKey { get; init; }
}

/// <summary>A passage whose numbers are not figures, with the reason.</summary>
public sealed record DraftSkip(string Quote, string Reason);

/// <summary>A whole draft: what <c>reportdata draft</c> writes as a <c>*.report.yaml</c>.</summary>
public sealed record Draft(DraftReportInfo Report, IReadOnlyList<DraftFigure> Figures, IReadOnlyList<DraftSkip> Skipped)
{
    public int ToReview
    {
        get
        {
            var count = 0;
            foreach (var figure in Figures)
            {
                if (figure.Review is not null)
                {
                    count++;
                }
            }

            return count;
        }
    }

    /// <summary>How many figures are marked for more than their key: a fact (year, kind, bound, unit, list, sign) to check.</summary>
    public int ToReviewBeyondTheKey => Figures.Count(figure => figure.Review is not null && !figure.ReviewsOnlyTheKey);
}
