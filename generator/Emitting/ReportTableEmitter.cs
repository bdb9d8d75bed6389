using System.Collections.Generic;
using ReportData.Authoring.Model;
using ReportData.Authoring.Shared;

namespace ReportData.Generator.Emitting;

/// <summary>
/// Writes the dataset's store: its report table (every report's source and id prefixes, as data that
/// <c>ReportData.Storage.FigureTable</c> reads, see <see cref="FigureTable.FieldsPerReport"/>) and a delegate to each
/// report's decoder (written by <see cref="FigureTableEmitter"/>), so that creating the store runs none of the holder's
/// code and compiles none of it.
/// </summary>
internal static class ReportTableEmitter
{
    /// <summary>The class whose methods are the reports' decoders, one per report file (a partial class across the files).</summary>
    public const string HolderClass = "ReportFigures";

    /// <summary>The holder's declaration with its docs, once: each report file adds its decoder to it.</summary>
    public static void WriteHolderDeclaration(SourceWriter writer)
    {
        writer.Line("/// <summary>The figure records of the report files, kept as data, one decoder method per report, each called on its report's first use.</summary>");
        writer.Line(GeneratedCode.Attribute);
        writer.Line("internal static partial class " + HolderClass + " { }");
    }

    /// <summary>Writes <c>private static readonly FigureStore Store = new FigureStore(...);</c>.</summary>
    public static void WriteStore(SourceWriter writer, EquatableArray<ReportAssignment> reports)
    {
        const string StoreType = "global::ReportData.Storage.FigureStore";
        // Created explicitly: a method group converted implicitly is cached in a static field (C# 11), one test and branch per report in the constructor the first lookup compiles.
        const string Decoder = "global::System.Func<global::ReportData.ReportSource, global::ReportData.Figure[]>";
        var table = new TextTable();
        // One row of fields a report, written after the texts they refer to.
        var rows = new List<List<int>>(reports.Count);
        foreach (var report in reports)
        {
            var info = report.Info;
            var fields = new List<int>();
            rows.Add(fields);
            fields.Add(table.Reference(info.City));
            fields.Add(table.Reference(info.CityName));
            fields.Add((int)info.Level);
            fields.Add(info.Year);
            fields.Add(table.Reference(info.Title));
            fields.Add(table.Reference(info.TextFile));
            fields.Add(table.Reference(report.FileName));
            fields.Add(info.ReviewsYear ?? 0);
            fields.Add(info.TargetsYear ?? 0);
            fields.Add(table.Reference(info.Date));
            fields.Add(table.Reference(info.Session));
            fields.Add(table.Reference(info.Speaker));
            fields.Add(table.Reference(info.Authority));
            fields.Add(report.Prefixes.Count);
            foreach (var prefix in report.Prefixes)
            {
                fields.Add(table.Reference(prefix));
            }
        }

        writer.Line("// The reports' sources and id prefixes are data: creating the store runs no report's code, and each report decodes on its first use.");
        writer.Line("private static readonly " + StoreType + " Store = new " + StoreType + "(");
        CSharpText.AppendLiteral(writer.StartLine().Append("    "), table.Texts).Append(',');
        writer.EndLine();
        DataLiterals.Numbers(writer, "int", table.Ends(), last: false);
        writer.Line("    // Per report: place, place name, level, year, title, text file, YAML file, reviews year, targets year, date, session, speaker, authority; prefix count, prefixes.");
        writer.Line("    new int[]");
        writer.Line("    {");
        foreach (var fields in rows)
        {
            var line = writer.StartLine().Append("       ");
            foreach (var field in fields)
            {
                line.Append(' ').Append(field.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(',');
            }

            writer.EndLine();
        }

        writer.Line("    }" + (reports.Count == 0 ? ");" : ","));
        for (var i = 0; i < reports.Count; i++)
        {
            writer.Line("    new " + Decoder + "(" + HolderClass + "." + reports[i].DecoderName + ")" + (i == reports.Count - 1 ? ");" : ","));
        }
    }
}
