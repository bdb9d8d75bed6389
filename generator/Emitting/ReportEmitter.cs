using System.Collections.Generic;
using System.Linq;
using ReportData.Authoring.Model;
using ReportData.Authoring.Numbers;
using ReportData.Generator.CompilationFacts;

namespace ReportData.Generator.Emitting;

/// <summary>
/// Emits one report file: its constants, nested under city and year classes, and its decoder, a method
/// of the one holder class <c>ReportFigures</c> that holds the report's <c>Figure</c> records as data
/// (<see cref="FigureTableEmitter"/>) for the library's decoder to read on first use. Data rather than one <c>new Figure(...)</c> per figure: the first
/// access then costs one pass over arrays instead of JIT-compiling code proportional to the dataset,
/// and UTF-8 literals stay out of the 16 MB user-string heap that caps an assembly (CS8103).
/// </summary>
internal static class ReportEmitter
{
    public static Microsoft.CodeAnalysis.Text.SourceText Emit(ReportEmitModel model)
    {
        var report = model.Report;
        var excluded = new HashSet<string>(model.Assignment.ExcludedIds);
        var figures = excluded.Count == 0
            ? report.Figures.ToList()
            : report.Figures.Where(figure => !excluded.Contains(report.Info.City + "." + figure.RelativeId)).ToList();
        var writer = GeneratedCode.StartFile(EstimatedLength(figures));
        writer.Open("namespace " + model.Options.Namespace);
        FigureDocs.BeforeConstants(writer, model.Options.ConstantDocs);
        WriteConstants(writer, report, figures, model.Options);
        FigureDocs.AfterConstants(writer, model.Options.ConstantDocs);
        writer.Line();
        WriteDecoder(writer, report, figures, model.Assignment.DecoderName, model.Options);
        writer.Close();
        return writer.ToSourceText();
    }

    private static void WriteConstants(SourceWriter writer, ReportSpec report, List<FigureSpec> figures, EmitOptions options)
    {
        writer.Open("public static partial class " + report.Info.City);
        var periods = figures.GroupBy(figure => figure.PeriodClass).OrderBy(group => group.Key, System.StringComparer.Ordinal);
        var sourceParagraph = FigureDocs.SourceParagraph(report.Info, report.FileName);
        var firstPeriod = true;
        foreach (var period in periods)
        {
            if (!firstPeriod)
            {
                writer.Line();
            }

            firstPeriod = false;
            UnitMarkingEmitter.WriteClassMarks(writer, period.Where(figure => string.IsNullOrEmpty(figure.GroupClass)), options.UnitMarking);
            writer.Open("public static partial class " + period.Key);
            var first = true;
            foreach (var group in period.GroupBy(figure => figure.GroupClass ?? string.Empty).OrderBy(group => group.Key, System.StringComparer.Ordinal))
            {
                if (group.Key.Length > 0)
                {
                    if (!first)
                    {
                        writer.Line();
                    }

                    UnitMarkingEmitter.WriteClassMarks(writer, group, options.UnitMarking);
                    writer.Open("public static partial class " + group.Key);
                }

                var firstMember = true;
                foreach (var figure in group)
                {
                    if (!firstMember)
                    {
                        writer.Line();
                    }

                    firstMember = false;
                    WriteConstant(writer, figure, sourceParagraph, options);
                }

                if (group.Key.Length > 0)
                {
                    writer.Close();
                }

                first = false;
            }

            writer.Close();
        }

        writer.Close();
    }

    private static void WriteConstant(SourceWriter writer, FigureSpec figure, string sourceParagraph, EmitOptions options)
    {
        if (figure.ValueHigh is not { } high)
        {
            FigureDocs.Write(writer, figure, sourceParagraph, options.ConstantDocs);
            WriteConstantLines(writer, figure, string.Empty, figure.Value, options.UnitMarking);
            return;
        }

        // A printed range stays a range: two constants, no made-up single value.
        FigureDocs.Write(writer, figure, sourceParagraph, options.ConstantDocs, "Low end of the range.");
        WriteConstantLines(writer, figure, UnitMarkingEmitter.LowSuffix, figure.Value, options.UnitMarking);
        writer.Line();
        FigureDocs.Write(writer, figure, sourceParagraph, options.ConstantDocs, "High end of the range.");
        WriteConstantLines(writer, figure, UnitMarkingEmitter.HighSuffix, high, options.UnitMarking);
    }

    /// <summary>The unit as metadata where the compilation has only the per-constant attribute (<see cref="UnitMarkingEmitter"/>), then the constant.</summary>
    private static void WriteConstantLines(SourceWriter writer, FigureSpec figure, string suffix, decimal value, UnitMarking marking)
    {
        UnitMarkingEmitter.WriteConstantMark(writer, figure, marking);
        writer.StartLine().Append("public const double ").Append(figure.MemberName).Append(suffix).Append(" = ").Append(DecimalLiteral.Double(value)).Append(';');
        writer.EndLine();
    }

    /// <summary>
    /// The report's part of the holder class: one method. The holder has no static fields, hence no static constructor, and
    /// the dataset's report table names the report's source and id prefixes, so that nothing of a report runs, or is
    /// compiled, before a lookup routes to it. One class for all reports rather than one each: the store's creation then
    /// loads one type, not one per report.
    /// </summary>
    private static void WriteDecoder(SourceWriter writer, ReportSpec report, List<FigureSpec> figures, string decoderName, EmitOptions options)
    {
        writer.Open("internal static partial class " + ReportTableEmitter.HolderClass);
        writer.Line("/// <summary>Decodes the figure records of " + CSharpText.Doc(report.FileName) + " (the report <paramref name=\"source\"/>), kept as data, in file order (layout: <c>ReportData.Storage.FigureTable</c>).</summary>");
        writer.Line(GeneratedCode.Attribute);
        FigureTableEmitter.WriteDecode(writer, figures, decoderName, report.Info.City, options.Utf8Data);
        writer.Close();
    }

    /// <summary>
    /// About the file's length, so that its builder is allocated once: each figure's texts appear about twice
    /// (in its docs and in the text table) beside some 400 characters of docs, declarations and numbers.
    /// </summary>
    private static int EstimatedLength(List<FigureSpec> figures)
    {
        var length = 4096;
        foreach (var figure in figures)
        {
            length += 400 + 2 * (figure.Label.Length + figure.Quote.Length + (figure.Note?.Length ?? 0)) + figure.Key.Length + figure.MemberName.Length;
        }

        return length;
    }
}
