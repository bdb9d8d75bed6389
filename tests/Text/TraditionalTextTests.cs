using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using NUnit.Framework;
using ReportData.Authoring.Text;
using ReportData.Tests.Hardening;
using ReportData.Tests.Infrastructure;

namespace ReportData.Tests.Text;

/// <summary>
/// Reports printed in traditional characters: the conversion table (OpenCC's, one character for one) checked against
/// ICU's Hant-Hans, and an excerpt of the 2024 national report in traditional characters built through the generator
/// with its quotes as printed (億元 proven as 亿元, 萬人 as 万人).
/// </summary>
public class TraditionalTextTests
{
    private static string Fixture(string name) => Path.Combine(GeneratorHarness.FixturesDirectory, "Traditional", name);

    [Test]
    public void TheTableHoldsEveryOneForOneEntryOfItsDataFile()
    {
        var rows = File.ReadAllLines(DiagnosticCatalogueTests.RepositoryFile("authoring/Text/TraditionalToSimplified.tsv"))
            .Where(line => !line.StartsWith('#'))
            .ToList();
        Assert.That(rows, Has.All.Length.EqualTo(3), "one UTF-16 character, a tab, one character");
        Assert.That(TraditionalCharacters.Count, Is.EqualTo(rows.Count + 4).And.GreaterThan(2900), "the rows and the four corner brackets");
        Assert.That(TraditionalCharacters.ToSimplified("億萬國經濟發展糧產量與"), Is.EqualTo("亿万国经济发展粮产量与"));
        Assert.That(TraditionalCharacters.ToSimplified("「千項萬億」"), Is.EqualTo("“千项万亿”"), "corner brackets read as quotation marks");
        Assert.That(TraditionalCharacters.ToSimplified("全市生产总值达到2125.2亿元"), Is.SameAs("全市生产总值达到2125.2亿元").Or.EqualTo("全市生产总值达到2125.2亿元"));
    }

    [Test]
    public void TheTableAgreesWithIcuWhereverIcuSimplifies()
    {
        // ICU and OpenCC choose different simplified variants for these; both are simplified characters.
        var variants = new Dictionary<char, char> { ['穭'] = '稆', ['襬'] = '䙓', ['諮'] = '谘', ['逕'] = '迳', ['鉅'] = '钜', ['鏇'] = '镟', ['钁'] = '䦆' };
        var reference = File.ReadAllLines(Fixture("icu-hant-hans.tsv")).Where(line => !line.StartsWith('#')).Select(line => (Traditional: line[0], Icu: line[2])).ToList();
        Assert.That(reference, Has.Count.EqualTo(TraditionalCharacters.Count - 4), "ICU's reading of every character of the data file");
        var disagreements = reference
            .Where(row => row.Icu != row.Traditional && TraditionalCharacters.ToSimplified(row.Traditional) != row.Icu)
            .ToDictionary(row => row.Traditional, row => row.Icu);
        Assert.That(disagreements, Is.EquivalentTo(variants));
        Assert.That(reference.Count(row => TraditionalCharacters.ToSimplified(row.Traditional) == row.Icu), Is.GreaterThan(2700));
    }

    [Test]
    public void ATraditionalCharacterReportBuildsThroughTheGeneratorWithItsQuotesAsPrinted()
    {
        var files = new List<AdditionalText>
        {
            new InMemoryAdditionalText("/reports/national-2024-excerpt.report.yaml", File.ReadAllText(Fixture("national-2024-excerpt.report.yaml"))),
            new InMemoryAdditionalText("/reports/national-2024-excerpt.txt", File.ReadAllText(Fixture("national-2024-excerpt.txt"))),
        };
        var run = GeneratorHarness.Run(files);
        Assert.That(run.GeneratorDiagnostics, Is.Empty);
        Assert.That(run.CompilationDiagnostics, Is.Empty);
        var source = run.GeneratedSource("Nation.national-2024-excerpt.report.g.cs");

        // Read from the text: 1800億元 is 180 billion yuan, 1244萬人 12,440,000 persons, 1.3萬億斤 1.3 × 10^12 jin.
        Assert.That(source, Does.Contain("public const double FiscalDeficitIncreaseBillion = 180D;"));
        Assert.That(source, Does.Contain("public const double FiscalDeficitBillion = 4060D;"));
        Assert.That(source, Does.Contain("public const double NewUrbanJobsPersons = 12440000D;"));
        Assert.That(source, Does.Contain("public const double GrainOutputJin = 1300000000000D;"));
        Assert.That(source, Does.Contain("赤字規模4.06萬億元，比上年年初預算增加1800億元"), "the quote is kept as printed");
    }

    [Test]
    public void AWrongUnitAgainstATraditionalPrintIsRD2005NamingThePrintedUnit()
    {
        const string Text = "全年財政收入1800億元，增長6.4%。";
        var yaml = Fixtures.Header + Fixtures.Figure("Revenue", "1800", "万元", "全年財政收入1800億元");
        var diagnostic = HardeningHarness.AssertSingle(HardeningHarness.Diagnose(yaml, Text), "RD2005", Fixtures.At(yaml, "unit: 万元", skip: 6));
        Assert.That(diagnostic.GetMessage(CultureInfo.InvariantCulture), Does.Contain("prints '億元"));
    }

    [Test]
    public void AQuoteNotInTheTraditionalTextIsStillRD2002()
    {
        const string Text = "全年財政收入1800億元，增長6.4%。";
        var yaml = Fixtures.Header + Fixtures.Figure("Revenue", "1800", "亿元", "全年財政支出1800億元");
        HardeningHarness.AssertSingle(HardeningHarness.Diagnose(yaml, Text), "RD2002", Fixtures.At(yaml, "quote: ", skip: 7));
    }
}
