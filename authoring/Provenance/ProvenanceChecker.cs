using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using ReportData.Authoring.Diagnostics;
using ReportData.Authoring.Model;
using ReportData.Authoring.Numbers;
using ReportData.Authoring.Shared;
using ReportData.Authoring.Text;

namespace ReportData.Authoring.Provenance;

/// <summary>
/// Checks a parsed report against its source text: the text is there, every quote occurs in it, every
/// printed value occurs in its quote (<see cref="NumberPlaces"/>) with the sign its decline says and with its printed unit
/// (<see cref="UnitProof"/>), an actual's bound with its word (<see cref="QualifierProof"/>), and every skipped passage and key paragraph occurs in it.
/// Failures are errors at the YAML line of the figure; the figure is still emitted so that the
/// build shows this error rather than a cascade of missing-member errors.
/// </summary>
public static class ProvenanceChecker
{
    public static ReportFile Check(ReportFile file, ImmutableArray<ReportText> texts)
    {
        if (file.Report is null)
        {
            return file;
        }

        var info = file.Report.Info;
        var fileName = Path.GetFileName(file.FilePath);
        var diagnostics = new List<DiagnosticInfo>(file.Diagnostics);
        var lookup = TextLookup.Find(texts, ReportPaths.ResolveText(file.FilePath, info.TextFile));
        if (lookup.Ambiguous.Count > 0)
        {
            diagnostics.Add(DiagnosticInfo.Create(
                DiagnosticDescriptors.ReportTextAmbiguous, file.TextSite ?? LocationInfo.FileStart(file.FilePath), fileName, info.TextFile, string.Join(", ", lookup.Ambiguous)));
            return file with { Diagnostics = diagnostics.ToEquatableArray() };
        }

        var text = lookup.Text;
        if (text is null)
        {
            diagnostics.Add(DiagnosticInfo.Create(
                DiagnosticDescriptors.ReportTextMissing, file.TextSite ?? LocationInfo.FileStart(file.FilePath), fileName, info.TextFile));
            return file with { Diagnostics = diagnostics.ToEquatableArray() };
        }

        if (text.Unreadable is { } why)
        {
            // Its characters are lost: one error on 'text', not one "quote not found" on every figure.
            diagnostics.Add(DiagnosticInfo.Create(
                DiagnosticDescriptors.ReportTextNotUtf8, file.TextSite ?? LocationInfo.FileStart(file.FilePath), fileName, info.TextFile, why));
            return file with { Diagnostics = diagnostics.ToEquatableArray() };
        }

        var figures = file.Report.Figures;
        for (var i = 0; i < figures.Count; i++)
        {
            var figure = figures[i];
            var sites = file.FigureSites[i];
            // Compared in the simplified projection, one character for one: a quote as printed in traditional characters is found.
            var printedQuote = TextFolding.Fold(figure.Quote);
            var quote = TraditionalCharacters.ToSimplified(printedQuote);
            if (text.FoldedContent.IndexOf(quote, StringComparison.Ordinal) < 0)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.QuoteNotInReport, sites.Quote, fileName, figure.Key, info.TextFile));
            }
            else if (WhyValueNotProven(quote, printedQuote, figure, sites, fileName) is { } failure)
            {
                diagnostics.Add(failure);
            }
        }

        foreach (var skip in file.Skipped)
        {
            CheckSnippet(text, skip.Quote, "skipped quote", skip.Location, fileName, info.TextFile, diagnostics);
        }

        foreach (var paragraph in file.KeyParagraphs)
        {
            CheckSnippet(text, paragraph.Snippet, "key paragraph snippet", paragraph.Location, fileName, info.TextFile, diagnostics);
        }

        return file with { Diagnostics = diagnostics.ToEquatableArray() };
    }

    /// <summary>
    /// Null when the printed value stands in the quote (RD2003), with the sign its decline says (RD2007) and with
    /// its printed unit (RD2005); otherwise the first failure, at the YAML field it concerns.
    /// </summary>
    private static DiagnosticInfo? WhyValueNotProven(string quote, string printedQuote, FigureSpec figure, FigureSites sites, string fileName)
    {
        var printed = figure.PrintedValue.Trim();
        var inWords = printed.Length > 0 && NumberWords.IsNumeral(printed[0]);
        var places = NumberPlaces.Find(quote, printed);
        if (inWords ? !NumberWords.ContainsWholeWords(quote, printed) : places.Count == 0)
        {
            return DiagnosticInfo.Create(DiagnosticDescriptors.ValueNotInQuote, sites.Value, fileName, figure.PrintedValue, figure.Key);
        }

        if (!figure.IsDecline && !inWords)
        {
            // 增长-3.2% is a fall: recorded as value 3.2 without decline, its constant would be +3.2.
            var unsigned = places.FindAll(place => !NumberPlaces.IsSigned(quote, place.Start));
            if (unsigned.Count == 0)
            {
                return DiagnosticInfo.Create(DiagnosticDescriptors.NegativeRecordedAsRise, sites.Value, fileName, figure.Key, printed);
            }

            places = unsigned;
        }

        if (UnitProof.WhyNotPrinted(quote, places, TraditionalCharacters.ToSimplified(figure.PrintedUnit)) is { } simplifiedInstead)
        {
            // What the quote prints instead, as printed (the places are the same in both forms).
            var instead = ReferenceEquals(quote, printedQuote) ? simplifiedInstead : UnitProof.WhyNotPrinted(printedQuote, places, figure.PrintedUnit) ?? simplifiedInstead;
            // The printed unit, not the corrected one: a correction reads what is printed, so that must be there.
            var unit = figure.PrintedUnit.Length == 0 ? "\"\" (none)" : "'" + figure.PrintedUnit + "'";
            return DiagnosticInfo.Create(DiagnosticDescriptors.UnitNotInQuote, sites.Unit, fileName, unit, figure.Key, printed, instead);
        }

        // An actual's bound records what the report prints with the number (超过6000亿元): that word must be there.
        if (figure.Kind == FigureKind.Actual && figure.Bound != TargetBound.None && !QualifierProof.IsPrinted(quote, places, figure.Bound))
        {
            return DiagnosticInfo.Create(
                DiagnosticDescriptors.QualifierNotInQuote, sites.Bound ?? sites.Value, fileName, figure.Key, YamlWord(figure.Bound), QualifierProof.WordsOf(figure.Bound), printed);
        }

        return WhySignNotProven(quote, figure, sites, fileName, inWords ? WordStarts(quote, printed) : places.ConvertAll(place => place.Start));
    }

    /// <summary>
    /// Null when the figure's sign is what the quote prints (<see cref="FallProof"/>): a decline needs a fall at the number
    /// (RD2011), and a level may be negative only where a minus sign is printed; a change printed as a fall but recorded
    /// without decline is a warning (RD2012), as a word read before a number may belong to another part of the clause.
    /// </summary>
    private static DiagnosticInfo? WhySignNotProven(string quote, FigureSpec figure, FigureSites sites, string fileName, List<int> starts)
    {
        var isChange = FallProof.IsChange(figure.Key, figure.PrintedUnit, figure.Unit);
        if (figure.IsDecline)
        {
            if (!isChange && !FallProof.AnyMinus(quote, starts))
            {
                return DiagnosticInfo.Create(DiagnosticDescriptors.DeclineNotPrinted, sites.Decline, fileName, figure.Key, figure.PrintedValue.Trim(), LevelReason);
            }

            return FallProof.AnyFall(quote, starts)
                ? null
                : DiagnosticInfo.Create(DiagnosticDescriptors.DeclineNotPrinted, sites.Decline, fileName, figure.Key, figure.PrintedValue.Trim(), ChangeReason);
        }

        return isChange && FallProof.AllFall(quote, starts)
            ? DiagnosticInfo.Create(DiagnosticDescriptors.FallRecordedAsRise, sites.Value, fileName, figure.Key, figure.PrintedValue.Trim())
            : null;
    }

    private const string LevelReason = "it is a level (its key has no Growth and does not end in Change, and its unit is no change), and a level is negative only where the quote prints a minus sign before it";

    private const string ChangeReason = "the quote prints no fall at that number (下降, 减少, 回落, 降低, 下滑, 缩小, 下调, 收窄, 削减 before it in its clause, or a minus sign)";

    /// <summary>Where a number printed in words stands in the quote.</summary>
    private static List<int> WordStarts(string quote, string words)
    {
        var starts = new List<int>();
        for (var at = quote.IndexOf(words, StringComparison.Ordinal); at >= 0; at = quote.IndexOf(words, at + 1, StringComparison.Ordinal))
        {
            starts.Add(at);
        }

        return starts;
    }

    /// <summary>The bound as the YAML writes it: <c>atLeast</c> for <see cref="TargetBound.AtLeast"/>.</summary>
    private static string YamlWord(TargetBound bound)
    {
        var name = bound.ToString();
        return char.ToLowerInvariant(name[0]) + name.Substring(1);
    }

    private static void CheckSnippet(ReportText text, string snippet, string what, LocationInfo location, string fileName, string textFile, List<DiagnosticInfo> diagnostics)
    {
        if (text.FoldedContent.IndexOf(TraditionalCharacters.ToSimplified(TextFolding.Fold(snippet)), StringComparison.Ordinal) < 0)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.SnippetNotInReport, location, fileName, what, DiagnosticText.Shorten(snippet), textFile));
        }
    }
}
