using System.Linq;
using ReportData.Generator.CompilationFacts;
using ReportData.Generator.Model;

namespace ReportData.Generator.Emitting;

/// <summary>
/// Emits what spans all report files: the documented declarations of the city, year and group
/// classes (once, so partial declarations do not repeat their docs) and <c>ReportDataset</c>.
/// </summary>
internal static class DatasetIndexEmitter
{
    public const string HintName = "ReportDataset.g.cs";

    public static string Emit(IndexEmitModel model)
    {
        var writer = GeneratedCode.StartFile();
        writer.Open("namespace " + model.Options.Namespace);
        foreach (var city in model.Plan.Cities)
        {
            WriteCity(writer, city);
            writer.Line();
        }

        WriteDataset(writer, model.Plan, model.Runtime, model.Options);
        writer.Close();
        return writer.ToString();
    }

    private static void WriteCity(SourceWriter writer, CityIndexSpec city)
    {
        writer.Summary(CSharpText.Doc("Figures of " + city.City + " (" + city.CityName + ") from its government work reports (政府工作报告), one nested class per year."));
        writer.Line(GeneratedCode.Attribute);
        writer.Open("public static partial class " + city.City);
        var first = true;
        foreach (var period in city.Periods)
        {
            if (!first)
            {
                writer.Line();
            }

            first = false;
            var year = period.PeriodClass.Substring(1);
            var contents = period.HasActuals ? "actual figures of " + year + " as constants" : string.Empty;
            if (period.Groups.Count > 0)
            {
                contents += (contents.Length > 0 ? "; " : string.Empty) + "targets and goals in " + string.Join(" and ", period.Groups.Select(group => group.ClassName));
            }

            writer.Summary(CSharpText.Doc(city.CityName + " (" + city.City + ") " + year + ": " + contents + "."));
            writer.Open("public static partial class " + period.PeriodClass);
            var firstGroup = true;
            foreach (var group in period.Groups)
            {
                if (!firstGroup)
                {
                    writer.Line();
                }

                firstGroup = false;
                writer.Summary(CSharpText.Doc(group.Horizon is null
                    ? "Targets for " + year + " as the report set them (主要预期目标 and work plan)."
                    : "Goals for " + group.Horizon + " set in the " + year + " report; the text gives no end year."));
                writer.Line("public static partial class " + group.ClassName + " { }");
            }

            writer.Close();
        }

        writer.Close();
    }

    private static void WriteDataset(SourceWriter writer, DatasetPlan plan, RuntimeSupport runtime, EmitOptions options)
    {
        const string Figure = "global::ReportData.Figure";
        const string ReadOnlyList = "global::System.Collections.Generic.IReadOnlyList";
        var holders = plan.Reports.Select(report => report.HolderClass).ToList();

        // A documentation ID, which the compiler does not bind: a project that references the ReportData package
        // and a generator-only library (whose internal copy of Figure it can see in crefs) would get CS0419.
        writer.Summary("Every figure of the dataset as a <see cref=\"T:ReportData.Figure\"/> record, and lookup by id.");
        writer.Line(GeneratedCode.Attribute);
        // Internal when Figure is: a public member may not expose an internal type.
        writer.Open(runtime.DatasetAccessibility + " static partial class ReportDataset");
        writer.Summary("All figures, report by report in file order.");
        writer.Line("public static " + ReadOnlyList + "<" + Figure + "> Figures => AllFigures.Figures;");
        writer.Line();
        writer.Summary("The reports the figures were drafted from.");
        writer.Line("public static " + ReadOnlyList + "<global::ReportData.ReportSource> Reports => Store.Reports;");
        writer.Line();
        writer.Summary(
            "The figure with this id, such as <c>\"Quzhou.Y2023.GdpBillion\"</c>.",
            "Throws <see cref=\"global::System.Collections.Generic.KeyNotFoundException\"/> when no figure has the id; see <see cref=\"TryFind\"/>.");
        writer.Open("public static " + Figure + " Find(string id)");
        writer.Line("if (TryFind(id, out var figure))");
        writer.Line("{");
        writer.Line("    return figure;");
        writer.Line("}");
        writer.Line();
        writer.Line("throw new global::System.Collections.Generic.KeyNotFoundException(\"No figure has the id '\" + id + \"'.\");");
        writer.Close();
        writer.Line();
        writer.Summary("Looks up a figure by id without throwing; O(1), no allocation.");
        writer.Open("public static bool TryFind(string id, [global::System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out " + Figure + "? figure)");
        writer.Line("if (id is null)");
        writer.Line("{");
        writer.Line("    throw new global::System.ArgumentNullException(nameof(id));");
        writer.Line("}");
        writer.Line();
        writer.Line("return Store.Routes.TryFind(id, out figure);");
        writer.Close();
        writer.Line();

        // A nested class is initialized on its first use, once, thread-safely: nothing is built until asked for.
        // Store knows the reports and routes ids to them; a report's figures are decoded when first looked up,
        // all of them only when AllFigures is first used.
        writer.Open("private static class Store");
        writer.Line("internal static readonly FigureData.Partition[] Partitions = new FigureData.Partition[]");
        writer.Line("{");
        foreach (var holder in holders)
        {
            writer.Line("    " + holder + ".Figures,");
        }

        writer.Line("};");
        writer.Line();
        writer.Line("internal static readonly " + ReadOnlyList + "<global::ReportData.ReportSource> Reports = new global::System.Collections.ObjectModel.ReadOnlyCollection<global::ReportData.ReportSource>(new global::ReportData.ReportSource[]");
        writer.Line("{");
        foreach (var holder in holders)
        {
            writer.Line("    " + holder + ".Source,");
        }

        writer.Line("});");
        writer.Line();
        writer.Line("internal static readonly FigureData.Router Routes = new FigureData.Router(Partitions);");
        writer.Close();
        writer.Line();
        writer.Open("private static class AllFigures");
        writer.Line("internal static readonly " + ReadOnlyList + "<" + Figure + "> Figures = new global::System.Collections.ObjectModel.ReadOnlyCollection<" + Figure + ">(Concat(Store.Partitions));");
        writer.Line();
        writer.Line("[global::System.Runtime.CompilerServices.MethodImpl(FigureData.RunsOnce)]");
        writer.Open("private static " + Figure + "[] Concat(FigureData.Partition[] partitions)");
        writer.Line("var count = 0;");
        writer.Line("foreach (var partition in partitions)");
        writer.Line("{");
        writer.Line("    count += partition.Figures.Length;");
        writer.Line("}");
        writer.Line();
        writer.Line("var all = new " + Figure + "[count];");
        writer.Line("var offset = 0;");
        writer.Line("foreach (var partition in partitions)");
        writer.Line("{");
        writer.Line("    partition.Figures.CopyTo(all, offset);");
        writer.Line("    offset += partition.Figures.Length;");
        writer.Line("}");
        writer.Line();
        writer.Line("return all;");
        writer.Close();
        writer.Close();
        writer.Line();
        FigureDataEmitter.Write(writer, options.Utf8Data);
        writer.Close();
    }
}
