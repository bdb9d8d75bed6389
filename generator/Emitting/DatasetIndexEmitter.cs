using System.Linq;
using ReportData.Authoring.Model;
using ReportData.Authoring.Shared;
using ReportData.Generator.CompilationFacts;

namespace ReportData.Generator.Emitting;

/// <summary>
/// Emits what spans all report files: the documented declarations of the city, year and group
/// classes (once, so partial declarations do not repeat their docs) and <c>ReportDataset</c>.
/// </summary>
internal static class DatasetIndexEmitter
{
    public static string Emit(IndexEmitModel model)
    {
        var writer = GeneratedCode.StartFile();
        writer.Open("namespace " + model.Options.Namespace);
        foreach (var city in model.Plan.Cities)
        {
            WriteCity(writer, city);
            writer.Line();
        }

        WriteKeys(writer, model.Plan.Keys);
        writer.Line();
        WriteDataset(writer, model.Plan, model.Runtime);
        writer.Line();
        ReportTableEmitter.WriteHolderDeclaration(writer);
        writer.Close();
        return writer.ToString();
    }

    /// <summary>The file's hint name: one file for the whole dataset.</summary>
    public const string HintName = "ReportDataset.g.cs";

    private static void WriteCity(SourceWriter writer, CityIndexSpec city)
    {
        writer.Summary(CSharpText.Doc("Figures of " + city.City + " (" + city.CityName + ") from its government work reports (政府工作报告), one nested class per year."));
        writer.Line(GeneratedCode.Attribute);
        writer.Open("public static partial class " + city.City);
        var first = true;
        foreach (var period in city.Periods)
        {
            writer.BlankLineUnlessFirst(ref first);
            var year = period.PeriodClass.Substring(1);
            var contents = period.HasActuals ? "actual figures of " + year + " as constants" : string.Empty;
            var goals = period.Groups.Where(group => !Naming.IsPastPeriodClass(group.ClassName)).ToList();
            var past = period.Groups.Where(group => Naming.IsPastPeriodClass(group.ClassName)).ToList();
            if (goals.Count > 0)
            {
                contents += (contents.Length > 0 ? "; " : string.Empty) + "targets and goals in " + string.Join(" and ", goals.Select(group => group.ClassName));
            }

            if (past.Count > 0)
            {
                contents += (contents.Length > 0 ? "; " : string.Empty) + "figures of the years it reviews in " + string.Join(" and ", past.Select(group => group.ClassName));
            }

            writer.Summary(CSharpText.Doc(city.CityName + " (" + city.City + ") " + year + ": " + contents + "."));
            writer.Open("public static partial class " + period.PeriodClass);
            var firstGroup = true;
            foreach (var group in period.Groups)
            {
                writer.BlankLineUnlessFirst(ref firstGroup);
                writer.Summary(CSharpText.Doc(group.Horizon is null
                    ? "Targets for " + year + " as the report set them (主要预期目标 and work plan)."
                    : Naming.IsPastPeriodClass(group.ClassName)
                        ? "Actual figures over the " + group.Horizon + " the " + year + " report reviews (a total, a yearly average or a change over the period); the text gives no start year."
                        : "Goals for " + group.Horizon + " set in the " + year + " report; the text gives no end year."));
                writer.Line("public static partial class " + group.ClassName + " { }");
            }

            writer.Close();
        }

        writer.Close();
    }

    private static void WriteKeys(SourceWriter writer, EquatableArray<string> keys)
    {
        writer.Summary("The dataset's indicator keys as constants, so that queries need no bare strings: <c>index.Series(\"Quzhou\", FigureKeys.Gdp)</c>.");
        writer.Line(GeneratedCode.Attribute);
        writer.Open("public static class " + Naming.KeysClass);
        for (var i = 0; i < keys.Count; i++)
        {
            if (i > 0)
            {
                writer.Line();
            }

            writer.Line("/// <summary>The key <c>" + keys[i] + "</c>, as in <c>Figure.Key</c>.</summary>");
            writer.Line("public const string " + keys[i] + " = \"" + keys[i] + "\";");
        }

        writer.Close();
    }

    private static void WriteDataset(SourceWriter writer, DatasetPlan plan, RuntimeSupport runtime)
    {
        const string Figure = "global::ReportData.Figure";
        const string ReadOnlyList = "global::System.Collections.Generic.IReadOnlyList";

        // A documentation ID, which the compiler does not bind: a project that references the ReportData package
        // and a generator-only library (whose internal copy of Figure it can see in crefs) would get CS0419.
        writer.Summary("Every figure of the dataset as a <see cref=\"T:ReportData.Figure\"/> record, and lookup by id.");
        writer.Line(GeneratedCode.Attribute);
        // Internal when Figure is: a public member may not expose an internal type.
        writer.Open(runtime.DatasetAccessibility + " static partial class ReportDataset");
        var members = new[]
        {
            ("All figures, report by report in file order; decoded on first use.",
                "public static " + ReadOnlyList + "<" + Figure + "> Figures => Store.Figures;"),
            ("The reports the figures were drafted from.",
                "public static " + ReadOnlyList + "<global::ReportData.ReportSource> Reports => Store.Reports;"),
            ("The figure with this id, such as <c>\"Quzhou.Y2023.GdpBillion\"</c>, or null when there is none; see <see cref=\"Get\"/>.",
                "public static " + Figure + "? Find(string id) => Store.Find(id);"),
            ("The figure with this id; throws <see cref=\"global::System.Collections.Generic.KeyNotFoundException\"/> when there is none.",
                "public static " + Figure + " Get(string id) => Store.Get(id);"),
            ("Looks up a figure by id; decodes only the report the id's city and year route to.",
                "public static bool TryFind(string id, [global::System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out " + Figure + "? figure) => Store.TryFind(id, out figure);"),
        };
        foreach (var (summary, declaration) in members)
        {
            writer.Summary(summary);
            writer.Line(declaration);
            writer.Line();
        }

        ReportTableEmitter.WriteStore(writer, plan.Reports);
        writer.Close();
    }
}
