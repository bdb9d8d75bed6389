using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using ReportData.Authoring.Model;
using ReportData.Authoring.Numbers;
using ReportData.Authoring.Shared;

namespace ReportData.Authoring.Coverage;

/// <summary>How a number printed in a report text is accounted for.</summary>
public enum CoverageStatus
{
    /// <summary>It is the printed value of a figure, inside that figure's quote.</summary>
    Figure,

    /// <summary>It stands inside a passage listed under <c>skipped</c>, with a reason.</summary>
    Skipped,

    /// <summary>Neither: a figure is missing, or a skip reason is.</summary>
    Unexplained,
}

/// <summary>One number in a report text and what accounts for it.</summary>
/// <param name="Number">The digits as printed (<c>2125.2</c>), or a number in words (<c>千亿</c>, <c>翻番</c>; see <see cref="WordNumbers"/>).</param>
/// <param name="Position">Where it starts in the folded text.</param>
/// <param name="Paragraph">The line of the text file it stands on (0-based): report texts have one paragraph per line.</param>
/// <param name="InKeyParagraph">Whether that paragraph is a summary or targets paragraph named by <c>report.keyParagraphs</c>.</param>
/// <param name="Context">The folded text around it.</param>
/// <param name="Explanation">The figure keys, or the skip reason; null when unexplained.</param>
public sealed record NumberInText(string Number, int Position, int Paragraph, bool InKeyParagraph, string Context, CoverageStatus Status, string? Explanation);

/// <summary>The numbers of one report text and how each is accounted for.</summary>
/// <param name="YamlFile">The report file.</param>
/// <param name="Title">City, cityName and year, for headings.</param>
/// <param name="TextFile">The report text's file name.</param>
/// <param name="Numbers">Every number of the text in order, years before 年 excepted.</param>
/// <param name="Years">How many years (19xx/20xx before 年) were left out: years are not figures.</param>
/// <param name="SkipsWithoutNumbers">Skipped quotes with digits that explain no number of the text (stale entries).</param>
public sealed record ReportCoverage(string YamlFile, string Title, string TextFile, IReadOnlyList<NumberInText> Numbers, int Years, IReadOnlyList<string> SkipsWithoutNumbers)
{
    public IEnumerable<NumberInText> UnexplainedInKeyParagraphs => Numbers.Where(n => n.Status == CoverageStatus.Unexplained && n.InKeyParagraph);

    public IEnumerable<NumberInText> UnexplainedElsewhere => Numbers.Where(n => n.Status == CoverageStatus.Unexplained && !n.InKeyParagraph);
}

/// <summary>
/// Finds every number in a report text and accounts for it: a number is covered when it is a figure's
/// printed value (or an end of its printed range) standing inside an occurrence of that figure's quote,
/// or when it stands inside an occurrence of a skipped quote. Texts and quotes are compared folded, as
/// the generator's provenance check compares them.
/// </summary>
public static class CoverageAnalyzer
{
    private static readonly Regex YearPattern = new(@"^(19|20)\d\d$", RegexOptions.CultureInvariant);

    private static readonly char[] RangeSeparators = { '-', '—', '–', '－', '~', '～', '至' };

    private const int ContextCharacters = 20;

    public static ReportCoverage Analyze(SeedReport report)
    {
        var (folded, lineStarts) = TextFolding.FoldWithLines(report.Text);
        int LineOf(int position) => FoldedLines.LineOf(lineStarts, position);
        var spec = report.Spec;

        var keyLines = new HashSet<int>();
        foreach (var paragraph in report.Parsed.KeyParagraphs)
        {
            foreach (var start in Occurrences(folded, TextFolding.Fold(paragraph.Snippet)))
            {
                keyLines.Add(LineOf(start));
            }
        }

        // Spans are visited in order of their start with the numbers (a sweep): each number looks only at the spans open
        // where it stands, so that the time grows with the text, not with the text times the quotes' occurrences in it.
        var figureSpans = new List<(int Start, int End, string[] Values, string Key)>();
        foreach (var figure in spec.Figures)
        {
            var quote = TextFolding.Fold(figure.Quote);
            var values = figure.PrintedValue.Trim().Split(RangeSeparators, StringSplitOptions.RemoveEmptyEntries);
            foreach (var start in Occurrences(folded, quote))
            {
                figureSpans.Add((start, start + quote.Length, values, figure.Key));
            }
        }

        var skipSpans = new List<(int Start, int End, SkipSpec Skip)>();
        foreach (var skip in report.Parsed.Skipped)
        {
            var quote = TextFolding.Fold(skip.Quote);
            foreach (var start in Occurrences(folded, quote))
            {
                skipSpans.Add((start, start + quote.Length, skip));
            }
        }

        var numbers = new List<NumberInText>();
        var years = 0;
        var usedSkips = new HashSet<SkipSpec>();
        // Numbers as the generator's provenance check reads them: 1,234.5 is one number, ６.５ another.
        var printed = PrintedDigits.Numbers(folded).Select(number => (Start: number.Start, Number: folded.Substring(number.Start, number.End - number.Start), InWords: false))
            .Concat(WordNumbers.Find(folded).Select(found => (Start: found.Start, Number: found.Words, InWords: true)))
            .OrderBy(number => number.Start);
        figureSpans.Sort((a, b) => a.Start.CompareTo(b.Start));
        skipSpans.Sort((a, b) => a.Start.CompareTo(b.Start));
        var openFigures = new SpanSweep<(int Start, int End, string[] Values, string Key)>(figureSpans, span => span.Start, span => span.End);
        var openSkips = new SpanSweep<(int Start, int End, SkipSpec Skip)>(skipSpans, span => span.Start, span => span.End);
        foreach (var (start, number, inWords) in printed)
        {
            var end = start + number.Length;
            if (!inWords && IsYear(number) && NextIsYearMark(folded, end))
            {
                years++;
                continue;
            }

            // A number in words is a figure's when the figure's words (its printed value) begin it: 千 of 千亿元.
            var keys = openFigures.OpenAt(start)
                .Where(span => span.Start <= start && end <= span.End
                    && (inWords ? span.Values.Any(value => WordNumbers.IsPrintedAs(number, value)) : span.Values.Contains(number)))
                .Select(span => span.Key)
                .Distinct()
                .ToList();
            var skips = openSkips.OpenAt(start).Where(span => span.Start <= start && end <= span.End).Select(span => span.Skip).ToList();
            foreach (var skip in skips)
            {
                usedSkips.Add(skip);
            }

            var (status, explanation) = keys.Count > 0
                ? (CoverageStatus.Figure, string.Join(", ", keys))
                : skips.Count > 0
                    ? (CoverageStatus.Skipped, skips[0].Reason)
                    : (CoverageStatus.Unexplained, (string?)null);
            var line = LineOf(start);
            numbers.Add(new NumberInText(number, start, line, keyLines.Contains(line), Context(folded, start, end), status, explanation));
        }

        // A skipped passage that holds a number (digits, or words as WordNumbers finds them) must explain one; one
        // without (第四届市运会: small numerals in words are not searched) explains a number the analysis cannot see.
        var stale = report.Parsed.Skipped
            .Where(skip => !usedSkips.Contains(skip) && (PrintedDigits.Numbers(skip.Quote).Count > 0 || WordNumbers.Find(TextFolding.Fold(skip.Quote)).Any()))
            .Select(skip => skip.Quote)
            .ToList();
        var title = $"{spec.Info.City} {spec.Info.CityName} {spec.Info.Year}";
        return new ReportCoverage(report.YamlFile, title, spec.Info.TextFile, numbers, years, stale);
    }

    /// <summary>True when 年 is the next character after <paramref name="end"/> but white space: the number before it is a year.</summary>
    public static bool NextIsYearMark(string text, int end)
    {
        var at = end;
        while (at < text.Length && char.IsWhiteSpace(text[at]))
        {
            at++;
        }

        return at < text.Length && text[at] == '年';
    }

    /// <summary>A year as printed before 年, in ASCII or full-width digits (２０２４年).</summary>
    public static bool IsYear(string number) => YearPattern.IsMatch(PrintedDigits.ToAscii(number));

    private static IEnumerable<int> Occurrences(string text, string quote)
    {
        if (quote.Length == 0)
        {
            yield break;
        }

        for (var at = text.IndexOf(quote, StringComparison.Ordinal); at >= 0; at = text.IndexOf(quote, at + 1, StringComparison.Ordinal))
        {
            yield return at;
        }
    }

    private static string Context(string folded, int start, int end)
    {
        var from = Math.Max(0, start - ContextCharacters);
        var to = Math.Min(folded.Length, end + ContextCharacters);
        return folded.Substring(from, to - from);
    }
}
