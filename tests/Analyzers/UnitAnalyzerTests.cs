using System.Collections.Generic;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using NUnit.Framework;

namespace ReportData.Tests.Analyzers;

/// <summary>
/// The unit analyzer (RD3001, RD3002) on code against the ReportData library: what it flags, with which message, and
/// what it leaves alone. Expected diagnostics are marked in the sources (<see cref="UnitVerifier"/>).
/// </summary>
public class UnitAnalyzerTests
{
    private const string Usings = "using System;\nusing ReportData;\n";

    private static string Method(string body) => Usings + "public static class Snippet\n{\n    public static object Run()\n    {\n        " + body + "\n    }\n}\n";

    [Test]
    public Task FlagsBillionsOfYuanPlusAGrowthRate() => UnitVerifier.Analyze(
        Method("return {|#0:Quzhou.Y2023.GdpBillion + Quzhou.Y2023.GdpGrowthPercent|};"),
        UnitVerifier.Diagnostic("RD3001").WithLocation(0).WithSeverity(DiagnosticSeverity.Warning)
            .WithMessage("'+' combines BillionYuan (MoneyCny) with Percent (Ratio): values of different dimensions cannot be added, subtracted or compared"));

    [TestCase("return {|RD3001:Quzhou.Y2023.GdpBillion - Quzhou.Y2023.GdpGrowthPercent|};")]
    [TestCase("return {|RD3001:Quzhou.Y2023.GdpBillion < Quzhou.Y2023.GdpGrowthPercent|};")]
    [TestCase("return {|RD3001:Quzhou.Y2023.GdpBillion == Quzhou.Y2023.GdpGrowthPercent|};")]
    [TestCase("return {|RD3001:Math.Max(Quzhou.Y2023.GdpBillion, Quzhou.Y2023.GdpGrowthPercent)|};")]
    [TestCase("return {|RD3001:Math.Min(Quzhou.Y2023.GdpGrowthPercent, Quzhou.Y2023.GdpBillion)|};")]
    [TestCase("return {|RD3001:DateTime.Now.Year > 2000 ? Quzhou.Y2023.GdpBillion : Quzhou.Y2023.GdpGrowthPercent|};")]
    [TestCase("var sum = Quzhou.Y2023.GdpBillion; {|RD3001:sum += Quzhou.Y2023.GdpGrowthPercent|}; return sum;")]
    [TestCase("var gdp = Quzhou.Y2023.GdpBillion; return {|RD3001:gdp - Quzhou.Y2023.GdpGrowthPercent|};")]
    [TestCase("return {|RD3001:ReportDataset.Find(\"Quzhou.Y2023.GdpBillion\").Value + Quzhou.Y2023.GdpGrowthPercent|};")]
    [TestCase("var f = ReportDataset.Find(\"Quzhou.Y2023.GdpGrowthPercent\"); return {|RD3001:f.Value > Quzhou.Y2023.GdpBillion|};")]
    [TestCase("return {|RD3001:-Quzhou.Y2023.GdpBillion + (Quzhou.Y2023.GdpGrowthPercent + 1)|};")]
    [TestCase("return {|RD3001:Quzhou.Y2023.NewUrbanJobsPersons + Quzhou.Y2023.GdpGrowthPercent|};")]
    public Task FlagsEveryKindOfCombinationAcrossDimensions(string body) => UnitVerifier.Analyze(Method(body));

    [Test]
    public Task FlagsAReadonlyFieldInitialisedFromAConstant() => UnitVerifier.Analyze(
        Usings + "public static class Snippet\n{\n    private static readonly double Gdp = Quzhou.Y2023.GdpBillion;\n\n"
        + "    public static bool Run() => {|RD3001:Gdp > Quzhou.Y2023.GdpGrowthPercent|};\n}\n");

    [Test]
    public Task AReadonlyFieldAConstructorAssignsIsNotGuessed() => UnitVerifier.Analyze(
        Usings + "public sealed class Snippet\n{\n    private readonly double _level = Quzhou.Y2023.GdpBillion;\n\n"
        + "    public Snippet(bool rate) { if (rate) { _level = Quzhou.Y2023.GdpGrowthPercent; } }\n\n"
        + "    public bool Run() => _level > Quzhou.Y2023.GdpGrowthPercent;\n}\n");

    [Test]
    public Task ReadonlyFieldsInitialisedFromEachOtherAreUnknownAndEndTheWalk() => UnitVerifier.Analyze(
        Usings + "public static class Snippet\n{\n    private static readonly double A = B;\n    private static readonly double B = A;\n\n"
        + "    public static bool Run() => A > Quzhou.Y2023.GdpGrowthPercent;\n}\n");

    [Test]
    public Task PercentAndPercentagePointsFollowTheirOwnRules()
    {
        // A rate plus points is a rate; the difference of two rates is points; a rate against points is flagged.
        const string Points = "[ReportData.FigureUnit(ReportData.FigureUnit.PercentagePoints)] const double Up = 0.5;\n";
        return UnitVerifier.Analyze(Usings + "public static class Snippet\n{\n    " + Points
            + "    public static object[] Run() => new object[]\n    {\n"
            + "        Quzhou.Y2023.GdpGrowthPercent + Up,\n"
            + "        Quzhou.Y2023.GdpGrowthPercent - Up,\n"
            + "        Up + Quzhou.Y2023.GdpGrowthPercent,\n"
            + "        (Quzhou.Y2023.GdpGrowthPercent - Quzhou.Y2017.GdpGrowthPercent) > Up,\n"
            + "        Quzhou.Y2023.GdpGrowthPercent - Quzhou.Y2017.GdpGrowthPercent - Up,\n"
            + "        {|RD3001:Quzhou.Y2023.GdpGrowthPercent > Up|},\n"
            + "        {|RD3001:(Quzhou.Y2023.GdpGrowthPercent - Quzhou.Y2017.GdpGrowthPercent) < Quzhou.Y2024.Targets.GdpGrowthPercent|},\n"
            + "    };\n}\n");
    }

    [Test]
    public Task UnitsOfOneDimensionAreRd3002NamingTheOperandToConvert() => UnitVerifier.Analyze(
        // 3.1万亩 of construction land (Quzhou 2013, mu) against hectares, and billions of yuan against yuan.
        Usings + "public static class Snippet\n{\n"
        + "    [FigureUnit(FigureUnit.Hectares)] private const double FarmlandHectares = 6000;\n"
        + "    [FigureUnit(FigureUnit.Yuan)] private const double GrantYuan = 5e8;\n\n"
        + "    public static object[] Run() => new object[]\n    {\n"
        + "        {|#0:FarmlandHectares + {|#1:Quzhou.Y2013.NewConstructionLandApprovedMu|}|},\n"
        + "        {|#2:Quzhou.Y2023.GdpBillion + {|#3:GrantYuan|}|},\n"
        + "    };\n}\n",
        UnitVerifier.Diagnostic("RD3002").WithLocation(0).WithLocation(1).WithMessage("'+' combines Hectares with Mu, two units of Area: convert one into the other first"),
        UnitVerifier.Diagnostic("RD3002").WithLocation(2).WithLocation(3).WithMessage("'+' combines BillionYuan with Yuan, two units of MoneyCny: convert one into the other first"));

    [Test]
    public Task SeverityIsConfigurableLikeAnyDiagnostic()
    {
        // What `dotnet_diagnostic.RD3001.severity = error` in .editorconfig sets for the project.
        var test = new UnitVerifier.AnalyzerTest { TestCode = Method("return {|#0:Quzhou.Y2023.GdpBillion + Quzhou.Y2023.GdpGrowthPercent|};") };
        test.SolutionTransforms.Add((solution, project) => solution.WithProjectCompilationOptions(project,
            solution.GetProject(project)!.CompilationOptions!.WithSpecificDiagnosticOptions(new[] { new KeyValuePair<string, ReportDiagnostic>("RD3001", ReportDiagnostic.Error) })));
        test.ExpectedDiagnostics.Add(UnitVerifier.Diagnostic("RD3001").WithLocation(0).WithSeverity(DiagnosticSeverity.Error));
        return test.RunAsync();
    }

    [Test]
    public Task SeverityNoneInEditorConfigSilencesIt()
    {
        var test = new UnitVerifier.AnalyzerTest { TestCode = Method("return Quzhou.Y2023.GdpBillion + Quzhou.Y2023.GdpGrowthPercent;") };
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*.cs]\ndotnet_diagnostic.RD3001.severity = none\n"));
        return test.RunAsync();
    }
}
