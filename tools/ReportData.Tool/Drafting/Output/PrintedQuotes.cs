using System.Linq;

namespace ReportData.Tool.Drafting;

/// <summary>
/// A draft of a text read with its line wraps joined (a PDF's hard-wrapped lines, a web page's zero-width lines), its quotes and
/// positions taken back to the text as printed, so that the build finds each quote there.
/// </summary>
internal static class PrintedQuotes
{
    /// <summary>A draft of a hard-wrapped text with its quotes and positions as the printed text has them.</summary>
    public static Draft AsPrinted(Draft draft, LineWraps wraps)
    {
        string Printed(string quote, int around) => wraps.Quote(quote, wraps.StartOf(quote, around));
        var report = draft.Report with { KeyParagraphs = draft.Report.KeyParagraphs.Select(quote => Printed(quote, -1)).ToList() };
        var figures = draft.Figures.Select(figure => AsPrinted(figure, Printed(figure.Quote, figure.Position), wraps.Printed(figure.Position))).ToList();
        var skipped = draft.Skipped.Select(skip => skip with { Quote = Printed(skip.Quote, -1) }).ToList();
        return new Draft(report, figures, skipped);
    }

    /// <summary>
    /// A figure with its quote as printed. A number the text breaks across two lines (9 / 8.7亿元) is not in that quote as one
    /// number, so the build cannot prove it: the figure is marked, for the line to be joined in the text.
    /// </summary>
    private static DraftFigure AsPrinted(DraftFigure figure, string quote, int position)
    {
        var printed = figure with { Quote = quote, Position = position };
        if (quote.Contains(figure.Words ?? figure.Value))
        {
            return printed;
        }

        const string Broken = "text: the number is broken across two lines of the text; join the line there, or the build cannot find the value in its quote";
        return printed with { Review = figure.Review is null ? Broken : figure.Review + "; " + Broken, ReviewsOnlyTheKey = false };
    }
}
