using System.Threading.Tasks;
using NUnit.Framework;

namespace ReportData.Tests.Analyzers;

/// <summary>
/// A relational or constant pattern compares its input with a constant (<c>x is &gt; c</c> is <c>x &gt; c</c>, <c>x is c</c>
/// is <c>x == c</c>), and the generated figures are constants a pattern may name: the same rules as the operators.
/// </summary>
public class PatternTests
{
    private static string Method(string body) =>
        "using System;\nusing ReportData;\npublic static class Snippet\n{\n    public static object Run(double input)\n    {\n        " + body + "\n    }\n}\n";

    [TestCase("return Quzhou.Y2023.GdpBillion is {|RD3001:> Quzhou.Y2023.GdpGrowthPercent|};")]
    [TestCase("return Quzhou.Y2023.GdpBillion is not {|RD3001:<= Quzhou.Y2023.GdpGrowthPercent|};")]
    [TestCase("return Quzhou.Y2023.GdpBillion is {|RD3001:Quzhou.Y2023.GdpGrowthPercent|};")]
    [TestCase("return Quzhou.Y2023.GdpBillion is > 0 and {|RD3001:< Quzhou.Y2024.Targets.GdpGrowthPercent|};")]
    [TestCase("return Quzhou.Y2023.GdpBillion switch { {|RD3001:>= Quzhou.Y2024.Targets.GdpGrowthPercent|} => \"met\", _ => \"missed\" };")]
    [TestCase("var gdp = Quzhou.Y2023.GdpBillion; switch (gdp) { case {|RD3001:> Quzhou.Y2023.GdpGrowthPercent|}: return 1; default: return 0; }")]
    public Task APatternMixingUnitsIsFlagged(string body) => UnitVerifier.Analyze(Method(body));

    [TestCase("return Quzhou.Y2023.GdpGrowthPercent is >= Quzhou.Y2024.Targets.GdpGrowthPercent;")]
    [TestCase("return Quzhou.Y2023.GdpGrowthPercent switch { >= Quzhou.Y2024.Targets.GdpGrowthPercent => \"met\", > 0 => \"grew\", _ => \"fell\" };")]
    [TestCase("return input is > Quzhou.Y2023.GdpGrowthPercent;")]
    [TestCase("return Quzhou.Y2023.GdpBillion is > 200 and < 300;")]
    [TestCase("return (object)Quzhou.Y2023.GdpBillion is double and > 0;")]
    public Task APatternOfOneUnitOrUnknownIsSilent(string body) => UnitVerifier.Analyze(Method(body));

    [Test]
    public Task APatternInUnitsOfOneDimensionIsRD3002() =>
        UnitVerifier.Analyze(
            "using ReportData;\npublic static class Snippet\n{\n    [FigureUnit(FigureUnit.Yuan)] private const double GrantYuan = 5e8;\n"
            + "    public static bool Run() => Quzhou.Y2023.GdpBillion is {|#0:> {|#1:GrantYuan|}|};\n}\n",
            UnitVerifier.Diagnostic("RD3002").WithLocation(0).WithLocation(1));
}
