using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using NUnit.Framework;
using ReportData.Tool.Drafting;

namespace ReportData.Tests.Tool;

/// <summary>
/// A report five years on is drafted as the report it was: corpus texts with every year of 2000–2029 before 年 moved five
/// years later and every five-year plan named one later (十三五 → 十四五, 十四五 → 十五五) draft the same figures, with their years
/// and plans moved the same way and the same kinds, keys and marks. So the engine reads 十五五 and the years of reports
/// not yet written as it reads the ones it was developed on; no rule holds a year or a plan's name.
/// </summary>
public class DraftYearShiftTests
{
    private static readonly string[] Plans = { "十一五", "十二五", "十三五", "十四五", "十五五", "十六五" };

    private static readonly Regex Year = new(@"(?<![\d.])(20[0-2]\d)(?=\s*年)", RegexOptions.CultureInvariant);

    private static readonly Regex Plan = new(string.Join("|", Plans.Take(Plans.Length - 1)), RegexOptions.CultureInvariant);

    private static string Later(string plan) => Plans[Array.IndexOf(Plans, plan) + 1];

    private static string FiveYearsOn(string text) =>
        Year.Replace(Plan.Replace(text, match => Later(match.Value)), match => (int.Parse(match.Value) + 5).ToString(System.Globalization.CultureInfo.InvariantCulture));

    [TestCase("national-2011.txt", TestName = "The 十一五 review and 十二五 goals, as 十二五 and 十三五")]
    [TestCase("national-2021.txt", TestName = "The 十三五 review and 十四五 goals, as 十四五 and 十五五")]
    [TestCase("zhejiang-2025.txt", TestName = "A province in the last year of 十四五, as 十五五")]
    [TestCase("hailar-2015.txt", TestName = "A district in the last year of 十二五, as 十三五")]
    public void AReportFiveYearsOnDraftsAsItsOriginal(string file)
    {
        var path = Path.Combine(DraftCorpusTests.CorpusDirectory, file);
        if (!File.Exists(path))
        {
            Assert.Ignore($"the development corpus is not at {DraftCorpusTests.CorpusDirectory}: nothing drafted");
        }

        var text = File.ReadAllText(path);
        var original = Drafter.Draft(text, new DraftOptions("Sample", "示例", null, file), KeyVocabulary.Empty);
        var later = Drafter.Draft(FiveYearsOn(text), new DraftOptions("Sample", "示例", null, file), KeyVocabulary.Empty);

        Assert.That(later.Report.Year, Is.EqualTo(original.Report.Year + 5));
        Assert.That(later.Figures.Select(Describe), Is.EqualTo(original.Figures.Select(figure => Describe(figure, shift: true))));
    }

    private static string Describe(DraftFigure figure) => Describe(figure, shift: false);

    private static string Describe(DraftFigure figure, bool shift)
    {
        var year = shift && figure.Year is < 2030 ? figure.Year + 5 : figure.Year;
        var horizon = shift && figure.Horizon is { } plan && Array.IndexOf(Plans, plan) >= 0 ? Later(plan) : figure.Horizon;
        return string.Join(" | ", figure.Value, figure.Unit, year, horizon, figure.Kind, figure.Bound, figure.Key, figure.Review is null ? "unmarked" : "marked");
    }
}
