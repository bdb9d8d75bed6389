using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ReportData.Generator.Model;

namespace ReportData.Generator.Emitting;

/// <summary>
/// Emits one report file: its constants, nested under city and year classes, and a holder class
/// that creates its <c>Figure</c> records on first use, in methods of bounded size.
/// </summary>
internal static class ReportEmitter
{
    /// <summary>Figures per factory method: keeps every method small to JIT and its stack frame bounded.</summary>
    public const int FiguresPerMethod = 256;

    public static string Emit(ReportEmitModel model)
    {
        var report = model.Report;
        var excluded = new HashSet<string>(model.Assignment.ExcludedIds);
        var figures = report.Figures.Where(figure => !excluded.Contains(report.Info.City + "." + figure.RelativeId)).ToList();
        var writer = GeneratedCode.StartFile();
        writer.Open("namespace " + model.Options.Namespace);
        WriteConstants(writer, report, figures);
        writer.Line();
        WriteHolder(writer, report, figures, model.Assignment.HolderClass);
        writer.Close();
        return writer.ToString();
    }

    private static void WriteConstants(SourceWriter writer, ReportSpec report, List<FigureSpec> figures)
    {
        writer.Open("public static partial class " + report.Info.City);
        var periods = figures.GroupBy(figure => figure.PeriodClass).OrderBy(group => group.Key, System.StringComparer.Ordinal);
        var firstPeriod = true;
        foreach (var period in periods)
        {
            if (!firstPeriod)
            {
                writer.Line();
            }

            firstPeriod = false;
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
                    WriteConstant(writer, figure, report);
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

    private static void WriteConstant(SourceWriter writer, FigureSpec figure, ReportSpec report)
    {
        var docs = FigureDocs.Paragraphs(figure, report.Info, report.FileName);
        if (figure.ValueHigh is null)
        {
            writer.Summary(docs);
            writer.Line("public const double " + figure.MemberName + " = " + DoubleLiteral(figure.Value) + ";");
            return;
        }

        // A printed range stays a range: two constants, no made-up single value.
        writer.Summary(docs.Prepend("Low end of the range.").ToArray());
        writer.Line("public const double " + figure.MemberName + "Low = " + DoubleLiteral(figure.Value) + ";");
        writer.Line();
        writer.Summary(docs.Prepend("High end of the range.").ToArray());
        writer.Line("public const double " + figure.MemberName + "High = " + DoubleLiteral(figure.ValueHigh) + ";");
    }

    private static void WriteHolder(SourceWriter writer, ReportSpec report, List<FigureSpec> figures, string holderClass)
    {
        var info = report.Info;
        writer.Line("/// <summary>The figure records of " + CSharpText.Doc(report.FileName) + ".</summary>");
        writer.Line(GeneratedCode.Attribute);
        writer.Open("internal static class " + holderClass);
        writer.Line("/// <summary>The report the figures come from.</summary>");
        writer.Line("internal static readonly " + GeneratedCode.Runtime("ReportSource") + " Source = new " + GeneratedCode.Runtime("ReportSource") + "("
            + string.Join(", ", new[]
            {
                CSharpText.Literal(info.City),
                CSharpText.Literal(info.CityName),
                Int(info.Year),
                CSharpText.Literal(info.Title),
                CSharpText.Literal(info.TextFile),
                CSharpText.Literal(report.FileName),
                NullableInt(info.ReviewsYear),
                NullableInt(info.TargetsYear),
                CSharpText.Literal(info.Date),
                CSharpText.Literal(info.Session),
                CSharpText.Literal(info.Speaker),
            }) + ");");
        writer.Line();

        var parts = (figures.Count + FiguresPerMethod - 1) / FiguresPerMethod;
        writer.Line("/// <summary>Creates the figure records, in file order.</summary>");
        writer.Open("internal static " + GeneratedCode.Runtime("Figure") + "[] Create()");
        if (parts <= 1)
        {
            writer.Line("return Part0();");
        }
        else
        {
            writer.Line("var figures = new " + GeneratedCode.Runtime("Figure") + "[" + Int(figures.Count) + "];");
            for (var part = 0; part < parts; part++)
            {
                writer.Line("Part" + Int(part) + "().CopyTo(figures, " + Int(part * FiguresPerMethod) + ");");
            }

            writer.Line("return figures;");
        }

        writer.Close();
        for (var part = 0; part < System.Math.Max(parts, 1); part++)
        {
            writer.Line();
            writer.Open("private static " + GeneratedCode.Runtime("Figure") + "[] Part" + Int(part) + "() => new " + GeneratedCode.Runtime("Figure") + "[]");
            foreach (var figure in figures.Skip(part * FiguresPerMethod).Take(FiguresPerMethod))
            {
                writer.Line(FigureConstruction(figure, info) + ",");
            }

            writer.Close(";");
        }

        writer.Close();
    }

    private static string FigureConstruction(FigureSpec figure, ReportInfoSpec info) =>
        "new " + GeneratedCode.Runtime("Figure") + "("
        + string.Join(", ", new[]
        {
            CSharpText.Literal(info.City + "." + figure.RelativeId),
            CSharpText.Literal(info.City),
            NullableInt(figure.Year),
            CSharpText.Literal(figure.Horizon),
            CSharpText.Literal(figure.Key),
            GeneratedCode.Runtime("FigureKind") + "." + figure.Kind,
            DoubleLiteral(figure.Value),
            figure.ValueHigh is null ? "null" : DoubleLiteral(figure.ValueHigh),
            GeneratedCode.Runtime("FigureUnit") + "." + figure.Unit,
            CSharpText.Literal(figure.PrintedValue),
            CSharpText.Literal(figure.PrintedUnit),
            CSharpText.Literal(figure.CorrectedUnit),
            CSharpText.Literal(figure.Label),
            CSharpText.Literal(figure.Quote),
            "Source",
            figure.IsEstimate ? "true" : "false",
            GeneratedCode.Runtime("TargetBound") + "." + figure.Bound,
            figure.IsDecline ? "true" : "false",
            CSharpText.Literal(figure.Note),
        }) + ")";

    /// <summary>The exact decimal as written by the parser; integral values get a D suffix so large ones stay doubles.</summary>
    private static string DoubleLiteral(string value) => value.IndexOf('.') >= 0 ? value : value + "D";

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string NullableInt(int? value) => value is { } number ? Int(number) : "null";
}
