using System.Linq;
using NUnit.Framework;
using ReportData.Authoring.Model;
using ReportData.Tests.Infrastructure;
using static ReportData.Tests.Hardening.HardeningHarness;

namespace ReportData.Tests.Places;

/// <summary>
/// A five-year plan's goals carry the plan's name as printed (<c>horizon: 十四五</c>) and live among the five-year goals;
/// a name that is no plan is RD1010 at the horizon. The sentences are the 2021 national report's (corpus national-2021.txt).
/// </summary>
public class PlanHorizonTests
{
    private const string Text = "“十四五”时期经济社会发展主要目标是：城镇调查失业率控制在5.5%以内，森林覆盖率达到24.1%。";

    private static string Yaml(string horizon) =>
        "report:\n" +
        "  place: China\n" +
        "  placeName: 中国\n" +
        "  level: national\n" +
        "  year: 2021\n" +
        "  text: report.txt\n" +
        "figures:\n" +
        "  - key: ForestCoverage\n" +
        "    horizon: " + horizon + "\n" +
        "    kind: target\n" +
        "    label: 森林覆盖率\n" +
        "    value: 24.1\n" +
        "    unit: \"%\"\n" +
        "    quote: 森林覆盖率达到24.1%\n";

    [TestCase("十四五")]
    [TestCase("“十四五”")]
    public void APlansGoalKeepsThePlansNameAndIsAFiveYearGoal(string horizon)
    {
        var run = GeneratorHarness.RunSingle(Yaml(horizon), Text, source: "static class Use { const double Goal = GeneratedData.China.Y2021.FiveYearGoals.ForestCoveragePercent; }");
        Assert.That(run.GeneratorDiagnostics, Is.Empty);
        Assert.That(run.CompilationDiagnostics, Is.Empty);
        var goal = GeneratorHarness.LoadFigures(run.OutputCompilation).Single();
        Assert.That((goal.Horizon, goal.Year, goal.Value), Is.EqualTo((horizon, (int?)null, 24.1)));
    }

    [Test]
    public void AReviewsFiguresOverItsFiveYearsAreActualsOfTheirOwnClassBesideThePlansGoals()
    {
        // The 2011 national report (corpus national-2011.txt): the 十一五 average beside the 十二五 goal, one key for both.
        const string Review = "五年来，国内生产总值年均增长11.2%。今后五年，我国经济增长预期目标是在明显提高质量和效益的基础上年均增长7%。";
        var header = Yaml("十四五").Replace("  year: 2021\n", "  year: 2011\n");
        var yaml = header.Substring(0, header.IndexOf("  - key:", System.StringComparison.Ordinal))
            + "  - key: GdpGrowth\n    horizon: 五年\n    label: 国内生产总值年均增长\n    value: 11.2\n    unit: \"%\"\n    quote: 国内生产总值年均增长11.2%\n"
            + "  - key: GdpGrowth\n    horizon: 十二五\n    kind: target\n    label: 经济增长\n    value: 7\n    unit: \"%\"\n    quote: 年均增长7%\n";
        var run = GeneratorHarness.RunSingle(yaml, Review, source:
            "static class Use { const double Past = GeneratedData.China.Y2011.PastFiveYears.GdpGrowthPercent; const double Goal = GeneratedData.China.Y2011.FiveYearGoals.GdpGrowthPercent; }");
        Assert.That(run.GeneratorDiagnostics, Is.Empty);
        Assert.That(run.CompilationDiagnostics, Is.Empty);
        var figures = GeneratorHarness.LoadFigures(run.OutputCompilation);
        Assert.That(figures.Select(f => (f.Id, f.Kind, f.Horizon, f.Value)), Is.EquivalentTo(new[]
        {
            ("China.Y2011.PastFiveYears.GdpGrowthPercent", FigureKind.Actual, "五年", 11.2),
            ("China.Y2011.FiveYearGoals.GdpGrowthPercent", FigureKind.Target, "十二五", 7.0),
        }));
        Assert.That(run.GeneratedSources.Select(s => s.SourceText.ToString()).Single(t => t.Contains("class PastFiveYears { }")),
            Does.Contain("Actual figures over the 五年 the 2011 report reviews"));
    }

    [TestCase("十五")]
    [TestCase("十四")]
    [TestCase("二十五五")]
    [TestCase("十A五")]
    [TestCase("2021-2025")]
    public void ANameThatIsNoPlanIsRD1010AtTheHorizon(string horizon)
    {
        var yaml = Yaml(horizon);
        var diagnostic = AssertSingle(Diagnose(yaml, Text), "RD1010", Fixtures.At(yaml, "horizon: " + horizon, skip: 9));
        Assert.That(diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), Does.Contain("十四五"));
    }

    [TestCase("十一五", true)]
    [TestCase("十九五", true)]
    [TestCase("\"十三五\"", true)]
    [TestCase("十〇五", false)]
    [TestCase("今后五年", false)]
    public void PlanNamesAreTenNFive(string horizon, bool isPlan) =>
        Assert.That(Naming.IsFiveYearPlan(horizon), Is.EqualTo(isPlan));
}
