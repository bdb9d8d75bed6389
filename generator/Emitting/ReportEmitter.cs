using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ReportData.Generator.CompilationFacts;
using ReportData.Generator.Model;

namespace ReportData.Generator.Emitting;

/// <summary>
/// Emits one report file: its constants, nested under city and year classes, and a holder class
/// that keeps its <c>Figure</c> records as data (one text line per figure, UTF-8 where the compilation
/// allows) and decodes them on first use. Data rather than one <c>new Figure(...)</c> per figure: the
/// first access then costs one pass over the text instead of JIT-compiling code proportional to the
/// dataset, and UTF-8 literals stay out of the 16 MB user-string heap that caps an assembly (CS8103).
/// </summary>
internal static class ReportEmitter
{
    /// <summary>Figure lines per data literal: bounds the size of one literal and of the text decoded at once.</summary>
    public const int FiguresPerPart = 256;

    public static string Emit(ReportEmitModel model)
    {
        var report = model.Report;
        var excluded = new HashSet<string>(model.Assignment.ExcludedIds);
        var figures = report.Figures.Where(figure => !excluded.Contains(report.Info.City + "." + figure.RelativeId)).ToList();
        var writer = GeneratedCode.StartFile();
        writer.Open("namespace " + model.Options.Namespace);
        WriteConstants(writer, report, figures);
        writer.Line();
        WriteHolder(writer, report, figures, model.Assignment.HolderClass, model.Options);
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
        if (figure.ValueHigh is not { } high)
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
        writer.Line("public const double " + figure.MemberName + "High = " + DoubleLiteral(high) + ";");
    }

    private static void WriteHolder(SourceWriter writer, ReportSpec report, List<FigureSpec> figures, string holderClass, EmitOptions options)
    {
        var info = report.Info;
        writer.Line("/// <summary>The figure records of " + CSharpText.Doc(report.FileName) + ", kept as text and decoded on first use.</summary>");
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

        var figure = GeneratedCode.Runtime("Figure");
        var reader = "global::" + options.Namespace + ".ReportDataset.FigureData";
        var parts = (figures.Count + FiguresPerPart - 1) / FiguresPerPart;
        // The id prefixes route ReportDataset.Find here, so that a lookup decodes this report only.
        var prefixes = figures.Select(figure => info.City + "." + figure.PeriodClass).Distinct().OrderBy(prefix => prefix, System.StringComparer.Ordinal);
        writer.Line("/// <summary>The figure records, decoded on first use; found by the city and year classes their ids start with.</summary>");
        writer.Line("internal static readonly " + reader + ".Partition Figures = new " + reader + ".Partition(Decode"
            + string.Concat(prefixes.Select(prefix => ", " + CSharpText.Literal(prefix))) + ");");
        writer.Line();
        writer.Line("/// <summary>Decodes the figure records, in file order.</summary>");
        writer.Open("private static " + figure + "[] Decode()");
        if (parts == 0)
        {
            writer.Line("return global::System.Array.Empty<" + figure + ">();");
        }
        else
        {
            writer.Line("var figures = new " + figure + "[" + Int(figures.Count) + "];");
            writer.Line("var next = 0;");
            for (var part = 0; part < parts; part++)
            {
                writer.Line("next = " + reader + ".Read(Part" + Int(part) + ", Source, figures, next);");
            }

            writer.Line("return figures;");
        }

        writer.Close();

        for (var part = 0; part < parts; part++)
        {
            writer.Line();
            if (part == 0)
            {
                // Says how to read the data lines below without opening the decoder.
                writer.Line("// One figure per line: " + FigureDataText.FieldOrder);
                writer.Line("// ('|' between fields, empty for null; decoded by ReportDataset.FigureData).");
            }

            var lines = figures.Skip(part * FiguresPerPart).Take(FiguresPerPart).Select(figure => FigureDataText.Line(figure, info.City)).ToList();
            if (options.Utf8Data)
            {
                var quotes = FigureDataText.RawDelimiter(lines);
                writer.Line("private static global::System.ReadOnlySpan<byte> Part" + Int(part) + " => " + quotes);
                foreach (var line in lines)
                {
                    writer.Line(line);
                }

                writer.Line(quotes + "u8;");
            }
            else
            {
                // Before C# 11: a verbatim string, whose lines cannot be indented.
                writer.Line("private static string Part" + Int(part) + " =>");
                for (var i = 0; i < lines.Count; i++)
                {
                    var text = lines[i].Replace("\"", "\"\"");
                    writer.Unindented((i == 0 ? "@\"" : string.Empty) + text + (i == lines.Count - 1 ? "\";" : string.Empty));
                }
            }
        }

        writer.Close();
    }

    /// <summary>The exact decimal as the shortest literal; integral values get a D suffix so large ones stay doubles.</summary>
    private static string DoubleLiteral(decimal value)
    {
        var text = DecimalLiteral.Format(value);
        return text.IndexOf('.') >= 0 ? text : text + "D";
    }

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string NullableInt(int? value) => value is { } number ? Int(number) : "null";
}
