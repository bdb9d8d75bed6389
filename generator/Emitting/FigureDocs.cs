using System.Collections.Generic;
using ReportData.Generator.Model;

namespace ReportData.Generator.Emitting;

/// <summary>The IntelliSense text of a figure: label, value as printed and normalized, quote, source.</summary>
internal static class FigureDocs
{
    public static string[] Paragraphs(FigureSpec figure, ReportInfoSpec report, string reportFileName)
    {
        var period = figure.Year is { } year
            ? year.ToString(System.Globalization.CultureInfo.InvariantCulture)
            : figure.Horizon ?? string.Empty;
        var printed = figure.PrintedValue + (figure.PrintedUnit.Length > 0 ? " " + figure.PrintedUnit : string.Empty);
        var normalized = (figure.IsDecline ? "a fall of " + printed + ": " : string.Empty)
            + DecimalLiteral.Format(figure.Value) + (figure.ValueHigh is { } high ? " to " + DecimalLiteral.Format(high) : string.Empty)
            + (figure.Unit == FigureUnitCode.None ? string.Empty : " (" + figure.Unit + ")");
        var paragraphs = new List<string>
        {
            CSharpText.Doc(figure.Label + ", " + period + ": " + printed + " as printed; value " + normalized + "."),
            CSharpText.Doc("“" + figure.Quote + "”"),
            CSharpText.Doc("Source: " + (report.Title ?? report.CityName + " " + report.Year) + " (" + report.TextFile + ", " + reportFileName + ")."),
        };

        if (figure.Kind == FigureKindCode.Target)
        {
            paragraphs.Add(CSharpText.Doc("Target" + (figure.Bound == TargetBoundCode.None ? "." : ", bound: " + figure.Bound + ".")));
        }

        if (figure.IsEstimate)
        {
            paragraphs.Add("Estimate (预计): not a final statistic.");
        }

        if (figure.CorrectedUnit is not null)
        {
            paragraphs.Add(CSharpText.Doc("Unit printed as '" + figure.PrintedUnit + "', read as '" + figure.CorrectedUnit + "'."));
        }

        if (figure.Note is not null)
        {
            paragraphs.Add(CSharpText.Doc("Note: " + figure.Note));
        }

        return paragraphs.ToArray();
    }
}
