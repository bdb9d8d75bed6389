using System.Threading.Tasks;
using NUnit.Framework;

namespace ReportData.Tests.Analyzers;

/// <summary>
/// A <c>+</c> that builds a string is concatenation, never arithmetic: no RD3xxx on printing and formatting, so no code
/// fix ever rewrites a printed number. Arithmetic done before the text is joined is still arithmetic.
/// </summary>
public class StringBuildingTests
{
    private static string Method(string body) =>
        "using System;\nusing ReportData;\npublic static class Snippet\n{\n    public static void Run()\n    {\n        " + body + "\n    }\n}\n";

    [TestCase("Console.WriteLine(\"GDP \" + Quzhou.Y2023.GdpBillion + \" growth \" + Quzhou.Y2023.GdpGrowthPercent);")]
    [TestCase("var a = Quzhou.Y2023.GdpBillion; var b = Quzhou.Y2023.GdpGrowthPercent; Console.WriteLine(a + \" \" + b);")]
    [TestCase("Console.WriteLine(Quzhou.Y2013.FarmlandReclaimedMu + \" mu, \" + Quzhou.Y2013.NewParkGreenSpaceHectares + \" ha\");")]
    [TestCase("Console.WriteLine($\"{Quzhou.Y2023.GdpBillion} {Quzhou.Y2023.GdpGrowthPercent}\");")]
    [TestCase("Console.WriteLine(string.Format(\"{0} {1}\", Quzhou.Y2023.GdpBillion, Quzhou.Y2023.GdpGrowthPercent));")]
    [TestCase("Console.WriteLine(Quzhou.Y2023.GdpBillion.ToString() + Quzhou.Y2023.GdpGrowthPercent);")]
    [TestCase("var s = \"\"; s += Quzhou.Y2023.GdpBillion; s += Quzhou.Y2023.GdpGrowthPercent; Console.WriteLine(s);")]
    [TestCase("var s = \"GDP \" + Quzhou.Y2023.GdpBillion; Console.WriteLine(s + Quzhou.Y2023.GdpGrowthPercent);")]
    public Task StringBuildingIsNeverFlagged(string body) => UnitVerifier.Analyze(Method(body));

    [Test]
    public Task PrintedMuAndHectaresGetNoFix() =>
        // The code fix once rewrote "29000 mu" into "1933.33 mu": with no diagnostic there is nothing to fix.
        UnitVerifier.NoFix(Method("Console.WriteLine(\"Reclaimed \" + Quzhou.Y2013.FarmlandReclaimedMu + \" mu, parks \" + Quzhou.Y2013.NewParkGreenSpaceHectares + \" ha\");"));

    [TestCase("Console.WriteLine({|RD3001:Quzhou.Y2023.GdpBillion + Quzhou.Y2023.GdpGrowthPercent|} + \" total\");")]
    [TestCase("Console.WriteLine(\"total \" + ({|RD3001:Quzhou.Y2023.GdpBillion + Quzhou.Y2023.GdpGrowthPercent|}));")]
    [TestCase("Console.WriteLine($\"{{|RD3001:Quzhou.Y2023.GdpBillion - Quzhou.Y2023.GdpGrowthPercent|}}\");")]
    public Task ArithmeticBeforeTheTextIsStillFlagged(string body) => UnitVerifier.Analyze(Method(body));
}
