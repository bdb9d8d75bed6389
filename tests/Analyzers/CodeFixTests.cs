using System.Threading.Tasks;
using NUnit.Framework;

namespace ReportData.Tests.Analyzers;

/// <summary>
/// The RD3002 code fix: the right operand converted into the left one's unit by the exact factor, the fixed code free of
/// diagnostics, and fix-all converting every occurrence in the document, project or solution in one run.
/// </summary>
public class CodeFixTests
{
    private static string Snippet(string members, string body) =>
        "using System;\nusing ReportData;\npublic static class Snippet\n{\n" + members + "\n    public static object Run() => " + body + ";\n}\n";

    private const string Grant = "    [FigureUnit(FigureUnit.Yuan)] private const double GrantYuan = 5e8;\n";

    private const string Farmland = "    [FigureUnit(FigureUnit.Hectares)] private const double FarmlandHectares = 6000;\n";

    [Test]
    public Task ConvertsYuanIntoBillions() => UnitVerifier.Fix(
        Snippet(Grant, "{|#0:Quzhou.Y2023.GdpBillion + {|#1:GrantYuan|}|}"),
        Snippet(Grant, "Quzhou.Y2023.GdpBillion + (GrantYuan / 1000000000D)"),
        UnitVerifier.Diagnostic("RD3002").WithLocation(0).WithLocation(1));

    [Test]
    public Task ConvertsMuIntoHectaresExactly()
    {
        // A mu is 2000/3 m², a hectare 10,000 m²: mu × 2000 / 30000 = mu / 15 (1 公顷 = 15 亩).
        Assert.That(Quzhou.Y2013.FarmlandReclaimedMu * 2000D / 30000D, Is.EqualTo(29000d / 15).Within(1e-9));
        return UnitVerifier.Fix(
            Snippet(Farmland, "{|#0:FarmlandHectares + {|#1:Quzhou.Y2013.FarmlandReclaimedMu|}|}"),
            Snippet(Farmland, "FarmlandHectares + (Quzhou.Y2013.FarmlandReclaimedMu * 2000D / 30000D)"),
            UnitVerifier.Diagnostic("RD3002").WithLocation(0).WithLocation(1));
    }

    [Test]
    public Task ConvertsTheConstantOfAPatternIntoAConstantOfTheInputsUnit() => UnitVerifier.Fix(
        Snippet(Grant, "Quzhou.Y2023.GdpBillion is {|#0:> {|#1:GrantYuan|}|}"),
        Snippet(Grant, "Quzhou.Y2023.GdpBillion is > (GrantYuan / 1000000000D)"),
        UnitVerifier.Diagnostic("RD3002").WithLocation(0).WithLocation(1));

    [Test]
    public Task FixAllConvertsEveryPairOfUnitsInOneRun() =>
        // Three pairs of units, four occurrences: fix-all (document, project, solution) converts them all at once.
        UnitVerifier.Fix(
            Snippet(Grant + Farmland, "new object[]\n    {\n"
                + "        {|#0:Quzhou.Y2023.GdpBillion + {|#1:GrantYuan|}|},\n"
                + "        {|#2:Jinhua.Y2017.GdpBillion - {|#3:GrantYuan|}|},\n"
                + "        {|#4:FarmlandHectares + {|#5:Quzhou.Y2013.FarmlandReclaimedMu|}|},\n"
                + "        {|#6:Quzhou.Y2013.NewParkGreenSpaceHectares > {|#7:Quzhou.Y2023.NationalMajorProjectLandQuotaMu|}|},\n"
                + "        {|#8:GrantYuan < {|#9:Quzhou.Y2023.GovernmentBondFundsBillion|}|},\n"
                + "    }"),
            Snippet(Grant + Farmland, "new object[]\n    {\n"
                + "        Quzhou.Y2023.GdpBillion + (GrantYuan / 1000000000D),\n"
                + "        Jinhua.Y2017.GdpBillion - (GrantYuan / 1000000000D),\n"
                + "        FarmlandHectares + (Quzhou.Y2013.FarmlandReclaimedMu * 2000D / 30000D),\n"
                + "        Quzhou.Y2013.NewParkGreenSpaceHectares > (Quzhou.Y2023.NationalMajorProjectLandQuotaMu * 2000D / 30000D),\n"
                + "        GrantYuan < (Quzhou.Y2023.GovernmentBondFundsBillion * 1000000000D),\n"
                + "    }"),
            UnitVerifier.Diagnostic("RD3002").WithLocation(0).WithLocation(1),
            UnitVerifier.Diagnostic("RD3002").WithLocation(2).WithLocation(3),
            UnitVerifier.Diagnostic("RD3002").WithLocation(4).WithLocation(5),
            UnitVerifier.Diagnostic("RD3002").WithLocation(6).WithLocation(7),
            UnitVerifier.Diagnostic("RD3002").WithLocation(8).WithLocation(9));

    [Test]
    public Task FixAllCoversEveryDocumentOfTheProject()
    {
        var test = new UnitVerifier.FixTest();
        test.TestState.Sources.Add(("/0/A.cs", "using ReportData;\npublic static class A\n{\n" + Grant + "    public static double Run() => {|#0:Quzhou.Y2023.GdpBillion + {|#1:GrantYuan|}|};\n}\n"));
        test.TestState.Sources.Add(("/0/B.cs", "using ReportData;\npublic static class B\n{\n" + Farmland + "    public static double Run() => {|#2:FarmlandHectares + {|#3:Quzhou.Y2013.FarmlandReclaimedMu|}|};\n}\n"));
        test.FixedState.Sources.Add(("/0/A.cs", "using ReportData;\npublic static class A\n{\n" + Grant + "    public static double Run() => Quzhou.Y2023.GdpBillion + (GrantYuan / 1000000000D);\n}\n"));
        test.FixedState.Sources.Add(("/0/B.cs", "using ReportData;\npublic static class B\n{\n" + Farmland + "    public static double Run() => FarmlandHectares + (Quzhou.Y2013.FarmlandReclaimedMu * 2000D / 30000D);\n}\n"));
        test.ExpectedDiagnostics.Add(UnitVerifier.Diagnostic("RD3002").WithLocation(0).WithLocation(1));
        test.ExpectedDiagnostics.Add(UnitVerifier.Diagnostic("RD3002").WithLocation(2).WithLocation(3));
        test.NumberOfFixAllIterations = 1;
        test.NumberOfFixAllInProjectIterations = 1;
        test.NumberOfFixAllInDocumentIterations = 2;
        return test.RunAsync();
    }

    [Test]
    public Task AnRd3001IsLeftAsItIsAndTheFixAddsNoDiagnostic() =>
        // No factor turns a rate into money: the RD3001 stays in the fixed code, and converting the RD3002 adds nothing new.
        UnitVerifier.Fix(
            Snippet(Grant, "new object[] { {|#0:Quzhou.Y2023.GdpBillion + {|#1:GrantYuan|}|}, {|RD3001:Quzhou.Y2023.GdpBillion + Quzhou.Y2023.GdpGrowthPercent|} }"),
            Snippet(Grant, "new object[] { Quzhou.Y2023.GdpBillion + (GrantYuan / 1000000000D), {|RD3001:Quzhou.Y2023.GdpBillion + Quzhou.Y2023.GdpGrowthPercent|} }"),
            UnitVerifier.Diagnostic("RD3002").WithLocation(0).WithLocation(1));
}
