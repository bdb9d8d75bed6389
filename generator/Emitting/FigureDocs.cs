using System.Globalization;
using System.Text;
using ReportData.Authoring.Model;
using ReportData.Authoring.Numbers;
using ReportData.Authoring.Units;
using ReportData.Generator.CompilationFacts;

namespace ReportData.Generator.Emitting;

/// <summary>
/// The IntelliSense text of a figure: label, value as printed and normalized, quote, source. Written straight
/// into the file (no string per paragraph): a dataset of 100,000 figures would otherwise make half a million.
/// </summary>
internal static class FigureDocs
{
    /// <summary>The source paragraph, the same for every figure of a report: escaped once per report.</summary>
    public static string SourceParagraph(ReportInfoSpec report, string reportFileName) =>
        CSharpText.Doc("Source: " + (report.Title ?? report.CityName + " " + report.Year.ToString(CultureInfo.InvariantCulture))
            + " (" + report.TextFile + ", " + reportFileName + ").");

    /// <summary>
    /// Writes the figure's doc comment as <paramref name="docs"/> asks: the full <c>&lt;summary&gt;</c>, its first
    /// line only, or nothing. <paramref name="lead"/> (plain text) comes first when there is one.
    /// </summary>
    public static void Write(SourceWriter writer, FigureSpec figure, string sourceParagraph, ConstantDocs docs, string? lead = null)
    {
        if (docs == ConstantDocs.Summary)
        {
            var summary = writer.StartLine().Append("/// <summary>");
            if (lead is not null)
            {
                summary.Append(lead).Append(' ');
            }

            AppendLabel(summary, figure);
            summary.Append("</summary>");
            writer.EndLine();
            return;
        }

        if (docs == ConstantDocs.Full)
        {
            WriteFull(writer, figure, sourceParagraph, lead);
        }
    }

    /// <summary>
    /// Written before a report's constants: without their docs, CS1591 (missing XML comment) would fail every
    /// build that generates a documentation file with warnings as errors; so it is turned off for them, and only them.
    /// </summary>
    public static void BeforeConstants(SourceWriter writer, ConstantDocs docs)
    {
        if (docs == ConstantDocs.None)
        {
            writer.Line("#pragma warning disable CS1591 // ReportDataConstantDocs is none: the constants have no XML docs.");
        }
    }

    /// <summary>Written after a report's constants: undoes <see cref="BeforeConstants"/>.</summary>
    public static void AfterConstants(SourceWriter writer, ConstantDocs docs)
    {
        if (docs == ConstantDocs.None)
        {
            writer.Line("#pragma warning restore CS1591");
        }
    }

    private static void WriteFull(SourceWriter writer, FigureSpec figure, string sourceParagraph, string? lead)
    {
        writer.Line("/// <summary>");
        if (lead is not null)
        {
            writer.StartLine().Append("/// ").Append(lead);
            writer.EndLine();
        }

        var line = writer.StartLine().Append(lead is null ? "/// " : "/// <para>");
        AppendLabel(line, figure);
        EndParagraph(writer, line, isFirst: lead is null);

        line = StartParagraph(writer);
        var quote = new CSharpText.DocParagraph(line);
        quote.Append("“");
        quote.Append(figure.Quote);
        quote.Append("”");
        EndParagraph(writer, line);

        StartParagraph(writer).Append(sourceParagraph);
        EndParagraph(writer, line);

        if (figure.Kind == FigureKind.Target)
        {
            line = StartParagraph(writer).Append("Target");
            if (figure.Bound != TargetBound.None)
            {
                line.Append(", bound: ").Append(figure.Bound.ToString());
            }

            EndParagraph(writer, line.Append('.'));
        }

        if (figure.IsEstimate)
        {
            EndParagraph(writer, StartParagraph(writer).Append("Estimate (预计): not a final statistic."));
        }

        if (figure.CorrectedUnit is not null)
        {
            line = StartParagraph(writer);
            var corrected = new CSharpText.DocParagraph(line);
            corrected.Append("Unit printed as '");
            corrected.Append(figure.PrintedUnit);
            corrected.Append("', read as '");
            corrected.Append(figure.CorrectedUnit);
            corrected.Append("'.");
            EndParagraph(writer, line);
        }

        if (figure.Note is not null)
        {
            line = StartParagraph(writer);
            var note = new CSharpText.DocParagraph(line);
            note.Append("Note: ");
            note.Append(figure.Note);
            EndParagraph(writer, line);
        }

        writer.Line("/// </summary>");
    }

    /// <summary>The first line: label, year or horizon, value as printed and normalized, unit.</summary>
    private static void AppendLabel(StringBuilder line, FigureSpec figure)
    {
        var label = new CSharpText.DocParagraph(line);
        label.Append(figure.Label);
        label.Append(", ");
        if (figure.Year is { } year)
        {
            label.Append(year.ToString(CultureInfo.InvariantCulture));
        }
        else
        {
            label.Append(figure.Horizon);
        }

        label.Append(": ");
        AppendPrinted(ref label, figure);
        label.Append(" as printed; value ");
        if (figure.IsDecline)
        {
            label.Append("a fall of ");
            AppendPrinted(ref label, figure);
            label.Append(": ");
        }

        label.Append(DecimalLiteral.Format(figure.Value));
        if (figure.ValueHigh is { } high)
        {
            label.Append(" to ");
            label.Append(DecimalLiteral.Format(high));
        }

        if (figure.Unit != FigureUnit.None)
        {
            label.Append(" (");
            label.Append(figure.Unit.ToString());
            label.Append(")");
        }

        label.Append(".");
    }

    private static void AppendPrinted(ref CSharpText.DocParagraph paragraph, FigureSpec figure)
    {
        paragraph.Append(figure.PrintedValue);
        if (figure.PrintedUnit.Length > 0)
        {
            paragraph.Append(" ");
            paragraph.Append(figure.PrintedUnit);
        }
    }

    private static StringBuilder StartParagraph(SourceWriter writer) => writer.StartLine().Append("/// <para>");

    private static void EndParagraph(SourceWriter writer, StringBuilder line, bool isFirst = false)
    {
        if (!isFirst)
        {
            line.Append("</para>");
        }

        writer.EndLine();
    }
}
