using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using NUnit.Framework;
using ReportData.Authoring.Coverage;
using ReportData.Authoring.Numbers;
using ReportData.Docs;

namespace ReportData.Tests.Data;

/// <summary>
/// Every number of the summary and targets paragraphs is a figure or deliberately skipped, computed with
/// the generator's own parser (the docs tool's <see cref="Documents.Coverage"/>). The whole picture is docs/coverage.md.
/// </summary>
public class CoverageTests
{
    private static readonly System.Collections.Generic.IReadOnlyList<ReportCoverage> Reports = Documents.Coverage(SeedFiles.Repository);

    [TestCaseSource(typeof(SeedFiles), nameof(SeedFiles.ReportFileNames))]
    public void SummaryAndTargetsParagraphsHaveNoUnexplainedNumbers(string yamlFile)
    {
        var report = Reports.Single(r => r.YamlFile == yamlFile);
        Assert.That(report.Numbers.Any(n => n.InKeyParagraph), Is.True, "report.keyParagraphs must name the summary and targets paragraphs");
        var unexplained = report.UnexplainedInKeyParagraphs.Select(n => n.Number + " in …" + n.Context + "…").ToList();
        Assert.That(unexplained, Is.Empty, "draft these numbers as figures, or list them under skipped: with a reason");
    }

    [TestCaseSource(typeof(SeedFiles), nameof(SeedFiles.ReportFileNames))]
    public void EverySkippedPassageExplainsANumber(string yamlFile)
    {
        var report = Reports.Single(r => r.YamlFile == yamlFile);
        Assert.That(report.SkipsWithoutNumbers, Is.Empty, "a skipped quote with digits must hold a number that is not a figure's value");
    }

    [Test]
    public void EveryFigurePrintedValueIsAWholeNumberOfItsQuote()
    {
        // Stricter than the build's check (a substring): "1" must not pass because the quote says "11".
        // A number printed in words (千 of 突破千亿元) is its words, and must stand in the quote.
        var numbers = new Regex(@"\d+(?:\.\d+)?");
        var wrong = ReportDataset.Figures
            .Where(f => Regex.IsMatch(f.PrintedValue, "^[零〇一二两三四五六七八九十百千万亿]+$")
                ? !f.Quote.Contains(f.PrintedValue)
                : !f.PrintedValue.Split('-', '—', '–', '－', '~', '～', '至').All(part => numbers.Matches(f.Quote).Select(m => m.Value).Contains(part)))
            .Select(f => f.Id + ": " + f.PrintedValue + " in " + f.Quote)
            .ToList();
        Assert.That(wrong, Is.Empty);
    }

    [Test]
    public void NumbersInWordsAreAccountedForLikeDigits()
    {
        var jinhua = Reports.Single(r => r.YamlFile == "jinhua-2018.report.yaml");
        var goals = Reports.Single(r => r.YamlFile == "quzhou-2022.report.yaml");
        var quzhou2024 = Reports.Single(r => r.YamlFile == "quzhou-2024.report.yaml");
        Assert.Multiple(() =>
        {
            Assert.That(Accounts(jinhua, "千亿", "旅游收入突破千亿元"), Is.EqualTo(new[] { (CoverageStatus.Figure, "TourismRevenue") }));
            Assert.That(Accounts(jinhua, "百万", "人才资源总量超百万"), Is.EqualTo(new[] { (CoverageStatus.Figure, "TalentPool") }));
            Assert.That(Accounts(goals, "千亿", "外贸进出口总额突破千亿大关"), Is.EqualTo(new[] { (CoverageStatus.Figure, "ForeignTrade") }));
            Assert.That(Accounts(goals, "翻番", "工业总量翻番").Select(a => a.Status), Is.EqualTo(new[] { CoverageStatus.Skipped }));
            Assert.That(Accounts(quzhou2024, "翻了一番", "三级医院数量").Select(a => a.Status), Is.EqualTo(new[] { CoverageStatus.Skipped }));
            Assert.That(Accounts(goals, "亿", "亿元GDP").Select(a => a.Status), Is.EqualTo(new[] { CoverageStatus.Skipped }), "in the goals paragraph");

            // The magnitude of digits (3870亿元), a unit (个百分点) and 百姓 are not numbers in words.
            var all = Reports.SelectMany(r => r.Numbers).ToList();
            Assert.That(all.Where(n => n.Number == "亿" && n.Context.Contains("3870亿元")), Is.Empty);
            Assert.That(all.Where(n => n.Number == "百" && (n.Context.Contains("百分点") || n.Context.Contains("百姓"))), Is.Empty);

            // Nor is the magnitude of digits printed with 多 (3700多万学生, 7500多亿元), also across a zero-width line break
            // (550 ​ 多万公里): the figure of the digits covers it.
            var national2022 = Reports.Single(r => r.YamlFile == "national-2022.report.yaml");
            var national2017 = Reports.Single(r => r.YamlFile == "national-2017.report.yaml");
            Assert.That(Accounts(national2022, "3700", "3700多万学生受益"), Is.EqualTo(new[] { (CoverageStatus.Figure, "NutritionProgrammeBeneficiaries") }));
            Assert.That(all.Where(n => n.Number is "万" or "亿" && Regex.IsMatch(n.Context, "[0-9][多余]" + n.Number)), Is.Empty);
            Assert.That(national2017.Numbers.Where(n => n.Number == "万" && n.Context.Contains("多万公里")), Is.Empty);
            Assert.That(Accounts(national2017, "550", "多万公里").Select(a => a.Status), Is.EqualTo(new[] { CoverageStatus.Figure }));
        });
    }

    [TestCase("惠及3700多万学生", new string[0])]
    [TestCase("减税7500多亿元", new string[0])]
    [TestCase("光缆线路550 \u200B 多万公里", new string[0])]
    [TestCase("收入超百万元、新增千余家", new[] { "百万", "千" })]
    public void AMagnitudeAfterDigitsAndDuoIsNoNumberOfItsOwn(string text, string[] expected) =>
        Assert.That(WordNumbers.Find(Regex.Unescape(text)).Select(found => found.Words), Is.EqualTo(expected));

    [Test]
    public void ANumberInWordsThatNoFigureOrSkipCoversIsUnexplained()
    {
        // Guards the guard on a report of its own: 千 is a figure's words, 翻番 is neither a figure nor skipped.
        var root = Path.Combine(Path.GetTempPath(), "reportdata-coverage-" + System.Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(root, "seeds"));
        try
        {
            File.WriteAllText(Path.Combine(root, "ReportData.sln"), string.Empty);
            File.WriteAllText(Path.Combine(root, "seeds", "report.txt"), "旅游收入突破千亿元，老百姓收入增长，工业总量翻番，增速提高0.7个百分点。\n");
            File.WriteAllText(Path.Combine(root, "seeds", "test.report.yaml"),
                "report:\n  city: Testville\n  cityName: 测试市\n  year: 2018\n  text: report.txt\n  keyParagraphs:\n    - 旅游收入突破千亿元\n" +
                "figures:\n" +
                "  - {key: TourismRevenue, year: 2017, label: 旅游收入, value: 1000, words: 千, unit: 亿元, quote: 旅游收入突破千亿元}\n" +
                "  - {key: GrowthRateChange, year: 2017, label: 增速提高, value: 0.7, unit: 个百分点, quote: 增速提高0.7个百分点}\n");
            var report = Documents.Coverage(Repository.FindFrom(root)).Single();
            Assert.That(report.Numbers.Select(n => (n.Number, n.Status)), Is.EqualTo(new[]
            {
                ("千亿", CoverageStatus.Figure),
                ("翻番", CoverageStatus.Unexplained),
                ("0.7", CoverageStatus.Figure),
            }));
            Assert.That(report.UnexplainedInKeyParagraphs.Select(n => n.Number), Is.EqualTo(new[] { "翻番" }), "the text is one paragraph, a key paragraph");
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static (CoverageStatus Status, string? Explanation)[] Accounts(ReportCoverage report, string number, string context) =>
        report.Numbers.Where(n => n.Number == number && n.Context.Contains(context)).Select(n => (n.Status, n.Explanation)).ToArray();

    [Test]
    public void TheAnalysisSeesANumberThatNoFigureOrSkipCovers()
    {
        // Guards the guard: a text number outside every quote must come out unexplained.
        var report = Reports.Single(r => r.YamlFile == "quzhou-2024.report.yaml");
        Assert.That(report.Numbers.Count(n => n.Status == CoverageStatus.Figure), Is.GreaterThan(100));
        Assert.That(report.Numbers.Where(n => n.Number == "2125.2").Select(n => n.Explanation), Has.Member("Gdp"));
        Assert.That(report.Numbers.Where(n => n.Number == "42" && n.Context.Contains("民营经济42条")).Select(n => n.Status), Has.All.EqualTo(CoverageStatus.Skipped), "民营经济42条 is a policy name");
        Assert.That(report.Numbers.Where(n => n.Number == "42" && n.Context.Contains("重大项目42个")).Select(n => n.Explanation), Has.All.EqualTo("CountyTownCapacityProjects"));
    }
}
