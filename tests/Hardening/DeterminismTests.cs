using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using NUnit.Framework;
using ReportData.Tests.Infrastructure;
using static ReportData.Tests.Hardening.HardeningHarness;

namespace ReportData.Tests.Hardening;

/// <summary>
/// The generated code and the diagnostics are the same bytes whatever the order of AdditionalFiles,
/// the culture of the compiler's thread, or the run; hint names are unique and ASCII-safe whatever
/// the files are called. (The seed dataset under other cultures: GeneratorTests.OutputIsIdenticalUnderAnotherCulture.)
/// </summary>
public class DeterminismTests
{
    private static readonly string[] Cultures = { "de-DE", "tr-TR", "fr-FR", "ar-SA" };

    [Test]
    public void OutputDoesNotDependOnTheOrderOfAdditionalFiles()
    {
        var files = GeneratorHarness.SeedFiles().ToList();
        var expected = Everything(GeneratorHarness.Run(files));
        var reversed = Enumerable.Reverse(files).ToList();
        var random = new Random(7);
        var shuffled = files.OrderBy(_ => random.Next()).ToList();
        Assert.That(shuffled.Select(file => file.Path), Is.Not.EqualTo(files.Select(file => file.Path)), "the shuffle shuffled");

        Assert.That(Everything(GeneratorHarness.Run(reversed)), Is.EqualTo(expected));
        Assert.That(Everything(GeneratorHarness.Run(shuffled)), Is.EqualTo(expected));
    }

    [Test]
    public void WhichFileKeepsADuplicatedFigureDoesNotDependOnTheOrderOfAdditionalFiles()
    {
        // Both files define Testville.Y2023.GdpBillion: the first by path keeps it, in either order.
        var first = Additional("/reports/a.report.yaml", Fixtures.ValidYaml.Replace("label: 全市生产总值\n", "label: 生产总值（a）\n"));
        var second = Additional("/reports/b.report.yaml", Fixtures.ValidYamlDeliveredIn(2025).Replace("  - key: GdpGrowth\n", "  - key: OtherGrowth\n"));
        var text = Additional("/reports/report.txt", Fixtures.ReportText);
        var forward = Diagnose(new List<AdditionalText> { first, second, text });
        var backward = Diagnose(new List<AdditionalText> { text, second, first });
        Assert.That(Everything(backward.Run), Is.EqualTo(Everything(forward.Run)));
        Assert.That(forward.Diagnostics.Select(d => (d.Id, d.Location.GetLineSpan().Path)), Is.EqualTo(new[] { ("RD1008", "/reports/b.report.yaml") }));
        Assert.That(Everything(forward.Run), Does.Contain("生产总值（a）"));
    }

    [Test]
    public void RepeatedRunsGiveIdenticalOutput()
    {
        var first = Everything(GeneratorHarness.Run(GeneratorHarness.SeedFiles()));
        var second = Everything(GeneratorHarness.Run(GeneratorHarness.SeedFiles()));
        Assert.That(second, Is.EqualTo(first));
    }

    [Test]
    public void DiagnosticsAreIdenticalUnderEveryCulture()
    {
        // Numbers in messages (years, limits, line numbers) and lower-cased help links are where a culture would show.
        var yaml = Fixtures.ValidYaml
            .Replace("    year: 2023\n", "    year: 18000\n")
            .Replace("value: 7\n", "value: 7.12345678901234567\n")
            .Replace("    unit: \"%\"\n", "    unit: \"%\"\n    unit: \"%\"\n")
            + "  - key: Gdp\n    year: 2024\n    kind: target\n    label: 地区生产总值增长\n    value: 1,5\n    unit: \"%\"\n    quote: 地区生产总值增长7%左右\n";
        var invariant = InCulture(CultureInfo.InvariantCulture, () => Messages(GeneratorHarness.RunSingle(yaml, Fixtures.ReportText)));
        Assert.That(invariant, Has.Count.GreaterThanOrEqualTo(3));
        foreach (var culture in Cultures)
        {
            var other = InCulture(CultureInfo.GetCultureInfo(culture), () => Messages(GeneratorHarness.RunSingle(yaml, Fixtures.ReportText)));
            Assert.That(other, Is.EqualTo(invariant), culture);
        }
    }

    [Test]
    public void RangesDeclinesAndConversionsAreIdenticalUnderEveryCulture()
    {
        // Decimal points, minus signs and exact unit arithmetic: the values most exposed to a culture.
        var text = "出口下降1.5%，新增企业1-2家，投资增长0.5倍，产值1.25万亿元，人口3.5万人。";
        var yaml = "report:\n  city: Culturetown\n  cityName: 文化市\n  year: 2024\n  text: report.txt\nfigures:\n"
            + "  - {key: ExportsGrowth, year: 2023, label: 出口, value: 1.5, unit: \"%\", decline: true, quote: 出口下降1.5%}\n"
            + "  - {key: NewEnterprises, year: 2023, label: 新增企业, value: 1-2, unit: 家, quote: 新增企业1-2家}\n"
            + "  - {key: InvestmentGrowth, year: 2023, label: 投资, value: 0.5, unit: 倍, quote: 投资增长0.5倍}\n"
            + "  - {key: Output, year: 2023, label: 产值, value: 1.25, unit: 万亿元, quote: 产值1.25万亿元}\n"
            + "  - {key: Population, year: 2023, label: 人口, value: 3.5, unit: 万人, quote: 人口3.5万人}\n";
        var invariant = InCulture(CultureInfo.InvariantCulture, () => Everything(GeneratorHarness.RunSingle(yaml, text)));
        Assert.That(invariant, Does.Contain("ExportsGrowthPercent = -1.5;").And.Contain("OutputBillion = 1250D;").And.Contain("PopulationPersons = 35000D;"));
        foreach (var culture in Cultures)
        {
            Assert.That(InCulture(CultureInfo.GetCultureInfo(culture), () => Everything(GeneratorHarness.RunSingle(yaml, text))), Is.EqualTo(invariant), culture);
        }
    }

    [Test]
    public void HintNamesAreUniqueAndAsciiSafeWhateverTheFilesAreCalled()
    {
        var names = new[]
        {
            "/reports/衢州-2024.report.yaml",
            "/reports/quzhou 2024 (v2).report.yaml",
            "/reports/Quzhou.report.yaml",
            "/reports/quzhou.report.yaml",
            "/other/quzhou.report.yaml",
            "/reports/a:b*c?.report.yaml",
            "/reports/.report.yaml",
            "C:\\reports\\windows.report.yaml",
        };
        var files = names.Select((path, i) => Additional(path, Fixtures.ValidYaml.Replace("  year: 2024\n", "  year: " + (2000 + i).ToString(CultureInfo.InvariantCulture) + "\n").Replace("year: 2023\n", "year: " + (1950 + i).ToString(CultureInfo.InvariantCulture) + "\n").Replace("    year: 2024\n", "    year: " + (1960 + i).ToString(CultureInfo.InvariantCulture) + "\n")))
            .Append(Additional("/reports/report.txt", Fixtures.ReportText))
            .ToList();
        var run = GeneratorHarness.Run(files);

        Assert.That(run.Result.Results.Single().Exception, Is.Null);
        var hints = run.GeneratedSources.Select(source => source.HintName).ToList();
        Assert.That(hints, Has.Count.EqualTo(names.Length + 1), "one file per report and the index");
        Assert.That(hints, Has.All.Match("^[A-Za-z0-9._-]+\\.g\\.cs$"));
        Assert.That(hints.Distinct(StringComparer.OrdinalIgnoreCase).Count(), Is.EqualTo(hints.Count), "unique even on case-insensitive file systems");
        var reversed = GeneratorHarness.Run(Enumerable.Reverse(files).ToList());
        Assert.That(Everything(reversed), Is.EqualTo(Everything(run)), "and the same whichever file comes first");
    }

    [Test]
    public void TheSameFileGivenTwiceDoesNotBreakTheGenerator()
    {
        // MSBuild passes an AdditionalFiles item twice when two globs include it.
        var outcome = Diagnose(new List<AdditionalText> { Additional(YamlPath, Fixtures.ValidYaml), Additional("/reports/report.txt", Fixtures.ReportText), Additional(YamlPath, Fixtures.ValidYaml) });
        Assert.That(outcome.Diagnostics, Is.Empty, "one file, not two files defining the same figures");
        Assert.That(outcome.Run.GeneratedSources.Select(source => source.HintName), Is.Unique);
        Assert.That(outcome.Run.CompilationDiagnostics, Is.Empty);
    }

    /// <summary>The generated files in the order they enter the compilation (which decides the built assembly), and the diagnostics.</summary>
    private static string Everything(GeneratorRun run) =>
        string.Join("\n//----\n", run.GeneratedSources.Select(source => source.HintName + "\n" + source.SourceText))
        + "\n//----\n" + string.Join("\n", Messages(run));

    /// <summary>The diagnostics as the build prints them, in the compiler's sort order (by file and position).</summary>
    private static List<string> Messages(GeneratorRun run) =>
        run.GeneratorDiagnostics.Select(diagnostic => diagnostic.ToString() + " " + diagnostic.Descriptor.HelpLinkUri).Order(StringComparer.Ordinal).ToList();

    private static T InCulture<T>(CultureInfo culture, Func<T> action)
    {
        var saved = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = culture;
            return action();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = saved;
        }
    }
}
