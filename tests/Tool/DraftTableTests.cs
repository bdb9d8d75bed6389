using System.Linq;
using NUnit.Framework;
using ReportData.Tool.Drafting;

namespace ReportData.Tests.Tool;

/// <summary>
/// Targets printed as a table: the name and the number in cells of one row (a tab between them), or each cell on a line
/// of its own, as text from a PDF often arrives. Each number gets its indicator's label and headline key; the quote spans
/// both cells, and the build's check (which folds white space) finds it in the text.
/// </summary>
public class DraftTableTests
{
    private const string Opening = "2025年某市政府工作报告\n一、2024年工作回顾\n全市地区生产总值达到1234.5亿元。\n二、2025年主要预期目标\n今年经济社会发展的主要预期目标是：\n";

    private static readonly (string Key, TargetBound? Bound, string Value, string Unit)[] Expected =
    {
        ("GdpGrowth", TargetBound.About, "6", "%"),
        ("GeneralBudgetRevenueGrowth", TargetBound.Reach, "5", "%"),
        ("NewUrbanJobs", TargetBound.AtLeast, "5", "万人"),
        ("SurveyedUnemploymentRate", TargetBound.AtMost, "5.5", "%"),
    };

    [TestCase("\t", TestName = "Cells of one row")]
    [TestCase("\n", TestName = "Cells on lines of their own")]
    public void EachNumberGetsItsIndicator(string between)
    {
        var rows = new[] { ("地区生产总值增长", "6%左右"), ("一般公共预算收入增长", "5%"), ("城镇新增就业", "5万人以上"), ("城镇调查失业率", "5.5%以内") };
        var text = Opening + string.Concat(rows.Select(row => row.Item1 + between + row.Item2 + "\n"));
        var targets = Drafter.Draft(text, new DraftOptions("Mou", "某", null, "t.txt"), KeyVocabulary.Empty).Figures.Where(figure => figure.IsTarget).ToList();

        Assert.That(targets.Select(figure => (figure.Key, figure.Bound, figure.Value, figure.Unit)), Is.EqualTo(Expected));
        Assert.That(targets, Has.All.Matches<DraftFigure>(figure => figure.Year == 2025 && figure.Review is null));
        Assert.That(targets[0].Quote, Is.EqualTo("地区生产总值增长" + (between == "\t" ? "\t" : " ") + "6%左右"));
    }

    [Test]
    public void AHeadingAndADateAreNoNameCells()
    {
        var text = "政府工作报告\n2025年1月10日\n一、2024年工作回顾\n地区生产总值增长5.2%。\n";
        var draft = Drafter.Draft(text, new DraftOptions("Mou", "某", null, "t.txt"), KeyVocabulary.Empty);
        Assert.That(draft.Figures.Select(figure => figure.Quote), Is.EqualTo(new[] { "地区生产总值增长5.2%" }));
    }
}
