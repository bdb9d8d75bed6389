using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using NUnit.Framework;
using ReportData.Authoring.Numbers;
using ReportData.Tests.Infrastructure;
using ReportData.Tests.Tool;
using ReportData.Tool.Drafting;
using static ReportData.Tests.Hardening.HardeningHarness;

namespace ReportData.Tests.Text;

/// <summary>
/// Spaces that group thousands, as district reports print them (1 056.6亿元): one number by the one rule of the
/// build, the coverage scanner and the drafting tool, its value as printed; years and other numbers side by side stay apart.
/// </summary>
public class GroupSpacesTests
{
    private const string Quote = "全区地区生产总值完成1 056.6亿元";

    [TestCase("1 056.6亿元", "1 056.6")]
    [TestCase("12 345 678人", "12 345 678")]
    [TestCase("1\u00A0056.6亿元", "1\u00A0056.6")]
    public void AGroupSpaceJoinsOneNumber(string text, string number)
    {
        var numbers = PrintedDigits.Numbers(text);
        Assert.That(numbers.Select(n => text.Substring(n.Start, n.End - n.Start)), Is.EqualTo(new[] { number }));
    }

    [TestCase("2019 100个", "2019", "100")]
    [TestCase("1 05亿元", "1", "05")]
    [TestCase("1,234 567", "1,234", "567")]
    public void NumbersSideBySideStayApart(string text, string first, string second)
    {
        var numbers = PrintedDigits.Numbers(text);
        Assert.That(numbers.Select(n => text.Substring(n.Start, n.End - n.Start)), Is.EqualTo(new[] { first, second }));
    }

    [Test]
    public void AValuePrintedWithGroupSpacesBuildsAsItsNumber()
    {
        var yaml = Fixtures.Header + Fixtures.Figure("Gdp", "1 056.6", "亿元", Quote);
        var outcome = DiagnoseInText(yaml, Quote);
        Assert.That(outcome.Diagnostics, Is.Empty);
        Assert.That(outcome.Run.GeneratedSource(Fixtures.GeneratedReportFile), Does.Contain("public const double GdpBillion = 105.66;"));
    }

    [TestCase("1056.6", TestName = "ValueWithoutTheGroupSpaceIsNotAsPrinted")]
    [TestCase("056.6", TestName = "ValueThatIsPartOfAGroupedNumberIsNotFound")]
    public void AValueNotAsPrintedIsRD2003(string value)
    {
        var yaml = Fixtures.Header + Fixtures.Figure("Gdp", value, "亿元", Quote);
        AssertSingle(DiagnoseInText(yaml, Quote), "RD2003", Fixtures.At(yaml, "value: ", skip: 7));
    }

    [Test]
    public void TheDrafterReadsTheNumberAndTheBuildProvesIt()
    {
        var text = "2020年某区人民政府工作报告\n一、2019年工作回顾\n" + Quote + "，增长6.0%。\n";
        var draft = Drafter.Draft(text, new DraftOptions("Mou", "某", null, "t.txt"), KeyVocabulary.Empty);
        Assert.That(draft.Figures.Select(f => (f.Value, f.Unit)), Is.EqualTo(new[] { ("1 056.6", "亿元"), ("6.0", "%") }));

        using var folder = new ScratchFolder();
        File.WriteAllText(folder.File("t.txt"), text);
        File.WriteAllText(folder.File("mou-2020.report.yaml"), DraftWriter.Write(draft, null));
        var (_, _, checkError) = CheckCommandTests.Run("check", folder.Path);
        Assert.That(Regex.Matches(checkError, @"error (RD\d{4})").Select(match => match.Groups[1].Value).Where(id => id != "RD4001"), Is.Empty, checkError);
    }
}
