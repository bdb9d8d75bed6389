using System.Linq;
using System.Threading.Tasks;
using NUnit.Framework;

namespace ReportData.Tests.Analyzers;

/// <summary>
/// What carries a unit from a constant to an operator (docs/diagnostics.md, "What the analyzer follows"), and where
/// the analyzer stops rather than guess.
/// </summary>
public class FollowRuleTests
{
    private static string Method(string body) =>
        "using System;\nusing ReportData;\npublic static class Snippet\n{\n    public static object Run(bool flag)\n    {\n        " + body + "\n    }\n}\n";

    [Test]
    public Task ALongSumLosesNoUnit()
    {
        // The first version stopped at a depth of 12: 14 levels plus a growth rate went unflagged.
        var levels = string.Join(" + ", Enumerable.Repeat("Quzhou.Y2023.GdpBillion", 200));
        return UnitVerifier.Analyze(Method("return {|RD3001:" + levels + " + Quzhou.Y2023.GdpGrowthPercent|};"));
    }

    [Test]
    public Task ALongChainOfLocalsLosesNoUnit()
    {
        var chain = "var v0 = Quzhou.Y2023.GdpBillion;\n" + string.Concat(Enumerable.Range(1, 100).Select(i => $"var v{i} = v{i - 1} + Quzhou.Y2013.GdpBillion;\n"));
        return UnitVerifier.Analyze(Method(chain + "return {|RD3001:v100 > Quzhou.Y2023.GdpGrowthPercent|};"));
    }

    [TestCase("return {|RD3001:FigureIndex.Dataset.Get(\"Quzhou.Y2023.GdpBillion\").Value + Quzhou.Y2023.GdpGrowthPercent|};")]
    [TestCase("return {|RD3001:FigureIndex.Dataset.Find(\"Quzhou.Y2023.GdpBillion\")!.Value + Quzhou.Y2023.GdpGrowthPercent|};")]
    [TestCase("return {|RD3001:ReportDataset.Find(\"Quzhou.Y2023.GdpBillion\")?.Value + Quzhou.Y2023.GdpGrowthPercent|};")]
    [TestCase("var (a, b) = (Quzhou.Y2023.GdpBillion, Quzhou.Y2023.GdpGrowthPercent); return {|RD3001:a + b|};")]
    [TestCase("(var a, var b) = (Quzhou.Y2023.GdpBillion, Quzhou.Y2023.GdpGrowthPercent); return {|RD3001:b < a|};")]
    [TestCase("double a, b; (a, b) = (Quzhou.Y2023.GdpBillion, Quzhou.Y2023.GdpGrowthPercent); return {|RD3001:a - b|};")]
    [TestCase("var t = (Quzhou.Y2023.GdpBillion, Quzhou.Y2023.GdpGrowthPercent); return {|RD3001:t.Item1 + t.Item2|};")]
    [TestCase("var t = (Gdp: Quzhou.Y2023.GdpBillion, Rate: Quzhou.Y2023.GdpGrowthPercent); return {|RD3001:t.Gdp + t.Rate|};")]
    [TestCase("(double Gdp, double Rate) t = (Quzhou.Y2023.GdpBillion, Quzhou.Y2023.GdpGrowthPercent); return {|RD3001:t.Rate > t.Gdp|};")]
    [TestCase("var y = flag ? 1 : 2; var g = y switch { 1 => Quzhou.Y2023.GdpBillion, _ => Quzhou.Y2013.GdpBillion }; return {|RD3001:g + Quzhou.Y2023.GdpGrowthPercent|};")]
    [TestCase("var g = flag switch { true => Quzhou.Y2023.GdpBillion, false => throw new InvalidOperationException() }; return {|RD3001:g + Quzhou.Y2023.GdpGrowthPercent|};")]
    [TestCase("double x; x = Quzhou.Y2023.GdpBillion; return {|RD3001:x + Quzhou.Y2023.GdpGrowthPercent|};")]
    [TestCase("double x; if (flag) { x = Quzhou.Y2023.GdpBillion; } else { x = Jinhua.Y2017.GdpBillion; } return {|RD3001:x + Quzhou.Y2023.GdpGrowthPercent|};")]
    [TestCase("double x = Quzhou.Y2023.GdpBillion; x += Quzhou.Y2013.GdpBillion; x++; return {|RD3001:x + Quzhou.Y2023.GdpGrowthPercent|};")]
    [TestCase("return {|RD3001:Math.Round(Quzhou.Y2023.GdpBillion) + Quzhou.Y2023.GdpGrowthPercent|};")]
    [TestCase("return {|RD3001:Math.Floor(Quzhou.Y2023.GdpBillion) > Quzhou.Y2023.GdpGrowthPercent|};")]
    public Task FollowsTheUnitThere(string body) => UnitVerifier.Analyze(Method(body));

    [TestCase("double x; x = Quzhou.Y2023.GdpBillion; if (flag) { x = Quzhou.Y2023.GdpGrowthPercent; } return x + Quzhou.Y2023.GdpGrowthPercent;")]
    [TestCase("double x; x = Quzhou.Y2023.GdpBillion; x = Math.Sqrt(x); return x + Quzhou.Y2023.GdpGrowthPercent;")]
    [TestCase("double x = Quzhou.Y2023.GdpBillion; x *= 1e9; return x + Quzhou.Y2023.GdpGrowthPercent;")]
    [TestCase("double x = Quzhou.Y2023.GdpBillion; Set(ref x); return x + Quzhou.Y2023.GdpGrowthPercent; static void Set(ref double v) => v = 1;")]
    [TestCase("double x = Quzhou.Y2023.GdpBillion; ref var alias = ref x; alias = 7; return x + Quzhou.Y2023.GdpGrowthPercent;")]
    [TestCase("double.TryParse(\"1\", out var x); return x + Quzhou.Y2023.GdpGrowthPercent;")]
    [TestCase("double x = Quzhou.Y2023.GdpBillion; x = x + Quzhou.Y2013.GdpBillion; return x + Quzhou.Y2023.GdpGrowthPercent;")]
    [TestCase("double x; x = 0; x = Quzhou.Y2023.GdpBillion; return x + Quzhou.Y2023.GdpGrowthPercent;")]
    [TestCase("var (a, (b, c)) = (Quzhou.Y2023.GdpBillion, (Quzhou.Y2023.GdpGrowthPercent, 1.0)); return a + b;")]
    [TestCase("var t = Pair(); return t.Item1 + t.Item2; static (double, double) Pair() => (Quzhou.Y2023.GdpBillion, Quzhou.Y2023.GdpGrowthPercent);")]
    [TestCase("var g = flag switch { true => Quzhou.Y2023.GdpBillion, false => Quzhou.Y2023.GdpGrowthPercent }; return g + Quzhou.Y2023.GdpGrowthPercent;")]
    [TestCase("var index = new FigureIndex(ReportDataset.Figures); return index.Get(\"Quzhou.Y2023.GdpBillion\").Value + Quzhou.Y2023.GdpGrowthPercent;")]
    [TestCase("Func<double> later = () => Quzhou.Y2023.GdpBillion; return later() + Quzhou.Y2023.GdpGrowthPercent;")]
    [TestCase("var t = (Level: Quzhou.Y2023.GdpBillion, Other: 0.0); t.Level = Quzhou.Y2023.GdpGrowthPercent; return t.Level > Quzhou.Y2024.Targets.GdpGrowthPercent;")]
    [TestCase("var t = (Quzhou.Y2023.GdpBillion, 0.0); (t.Item1, t.Item2) = (Quzhou.Y2023.GdpGrowthPercent, 1.0); return t.Item1 > Quzhou.Y2024.Targets.GdpGrowthPercent;")]
    [TestCase("var t = (Level: Quzhou.Y2023.GdpBillion, Other: 0.0); ref var level = ref t.Level; level = Quzhou.Y2023.GdpGrowthPercent; return t.Level > Quzhou.Y2024.Targets.GdpGrowthPercent;")]
    [TestCase("var t = (Level: Quzhou.Y2023.GdpBillion, Other: 0.0); double.TryParse(\"7\", out t.Level); return t.Level > Quzhou.Y2024.Targets.GdpGrowthPercent;")]
    public Task StopsRatherThanGuess(string body) => UnitVerifier.Analyze(Method(body));

    /// <summary>
    /// A percent minus a percent is percentage points, and points plus a percent a percent: <c>-=</c> and <c>+=</c> keep
    /// a local's unit except there, and a correct comparison of the result must not be flagged.
    /// </summary>
    [TestCase("var gap = Quzhou.Y2023.GdpGrowthPercent; gap -= Quzhou.Y2024.Targets.GdpGrowthPercent; return gap > Quzhou.Y2013.RuralNetIncomeGrowthShortfallVsTargetPercentagePoints;")]
    [TestCase("var change = Quzhou.Y2013.RuralNetIncomeGrowthShortfallVsTargetPercentagePoints; change += Quzhou.Y2023.GdpGrowthPercent; return change > Quzhou.Y2024.Targets.GdpGrowthPercent;")]
    public Task ACompoundAssignmentThatChangesTheUnitIsNotGuessed(string body) => UnitVerifier.Analyze(Method(body));

    [Test]
    public Task ACompoundAssignmentThatKeepsTheUnitIsStillFollowed() =>
        UnitVerifier.Analyze(Method("var rate = Quzhou.Y2023.GdpGrowthPercent; rate += Quzhou.Y2013.RuralNetIncomeGrowthShortfallVsTargetPercentagePoints; return {|RD3001:rate > Quzhou.Y2013.RuralNetIncomeGrowthShortfallVsTargetPercentagePoints|};"));

    /// <summary>A readonly field is followed from its initializer only where nothing else writes it: no constructor or init accessor of any part of its class.</summary>
    [TestCase("public partial class Stats { public Stats() { _level = Quzhou.Y2023.GdpGrowthPercent; } }")]
    [TestCase("public partial class Stats { private readonly double _other; public Stats() { (_level, _other) = (Quzhou.Y2023.GdpGrowthPercent, 1); } }")]
    [TestCase("public partial class Stats { public Stats(string s) { double.TryParse(s, out _level); } }")]
    [TestCase("public partial class Stats { public double Level { init { this._level = value; } } }")]
    public Task AReadonlyFieldWrittenOutsideItsInitializerIsNotGuessed(string otherPart) =>
        UnitVerifier.Analyze(
            "using System;\nusing ReportData;\npublic partial class Stats\n{\n    private readonly double _level = Quzhou.Y2023.GdpBillion;\n"
            + "    public bool AboveTarget() => _level > Quzhou.Y2024.Targets.GdpGrowthPercent;\n}\n" + otherPart + "\n");

    [Test]
    public Task AReadonlyFieldOnlyReadInItsConstructorIsStillFollowed() =>
        UnitVerifier.Analyze(
            "using System;\nusing ReportData;\npublic partial class Stats\n{\n    private readonly double _level = Quzhou.Y2023.GdpBillion;\n"
            + "    public bool AboveTarget() => {|RD3001:_level > Quzhou.Y2024.Targets.GdpGrowthPercent|};\n}\n"
            + "public partial class Stats { private readonly double _copy; public Stats() { _copy = _level; } }\n");
}
