using System;
using System.Collections.Generic;
using System.Linq;
using ReportData.Authoring.Text;
using ReportData.Tool.Drafting;

namespace ReportData.Tool.Text;

/// <summary>
/// Drafts a report printed in traditional characters: the engine reads the text in simplified characters (its
/// vocabulary, units and keys are simplified), and every passage it takes from the text is written back as printed.
/// The conversion is one character for one (<see cref="TraditionalCharacters"/>), so a passage found in the
/// simplified text stands at the same place in the printed one: the quotes stay verbatim, as the build requires.
/// </summary>
public static class TraditionalDraft
{
    /// <summary>The draft of <paramref name="text"/>, in whichever characters it is printed.</summary>
    public static Draft Draft(string text, DraftOptions options, KeyVocabulary vocabulary)
    {
        var simplified = TraditionalCharacters.ToSimplified(text);
        var draft = Drafter.Draft(simplified, options, vocabulary);
        return ReferenceEquals(simplified, text) ? draft : AsPrinted(draft, text, simplified);
    }

    private static Draft AsPrinted(Draft draft, string printed, string simplified)
    {
        string Printed(string passage) => AsPrinted(passage, printed, simplified);
        string? PrintedOrNull(string? passage) => passage is null ? null : Printed(passage);
        var report = draft.Report with
        {
            CityName = Printed(draft.Report.CityName),
            Title = PrintedOrNull(draft.Report.Title),
            Date = PrintedOrNull(draft.Report.Date),
            Session = PrintedOrNull(draft.Report.Session),
            // The speaker is written as title and name with one space between, whatever blank the text prints there: each part as printed.
            Speaker = draft.Report.Speaker is { } speaker ? string.Join(" ", speaker.Split(' ').Select(Printed)) : null,
            KeyParagraphs = draft.Report.KeyParagraphs.Select(Printed).ToList(),
        };
        var figures = draft.Figures.Select(figure => figure with { Quote = Printed(figure.Quote), Label = Printed(figure.Label) }).ToList();
        var skipped = draft.Skipped.Select(skip => skip with { Quote = Printed(skip.Quote) }).ToList();
        return new Draft(report, figures, skipped);
    }

    /// <summary>The printed passage at the place <paramref name="passage"/> stands in the simplified text; the passage itself when it is not there.</summary>
    private static string AsPrinted(string passage, string printed, string simplified)
    {
        if (passage.Length == 0)
        {
            return passage;
        }

        var at = simplified.IndexOf(passage, StringComparison.Ordinal);
        return at < 0 ? passage : printed.Substring(at, passage.Length);
    }
}
