using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NUnit.Framework;
using ReportData.Generator;
using ReportData.Testing;
using ReportData.Tests.Infrastructure;

namespace ReportData.Tests.Layout;

/// <summary>
/// The figure records survive being kept as text: the generated code is compiled, loaded and asked for
/// its figures, whose every field is compared with what the YAML says. Text chosen to hit the escapes:
/// the field separator '|', a backslash, line breaks and other controls, a run of quotes, an empty note,
/// nulls and ranges.
/// </summary>
public class FigureDataTests
{
    private const string Text = "全市生产总值达到2125.2亿元|增长\\6.8%。今后五年新增企业1-2家。单位能耗下降3%。";

    private const string Yaml =
        "report:\n" +
        "  city: Testville\n" +
        "  cityName: 测试市\n" +
        "  year: 2024\n" +
        "  text: report.txt\n" +
        "figures:\n" +
        "  - key: Gdp\n" +
        "    year: 2023\n" +
        "    label: 全市生产总值\n" +
        "    value: 2125.2\n" +
        "    unit: 亿元\n" +
        "    quote: \"全市生产总值达到2125.2亿元|增长\\\\6.8%\"\n" +
        "    estimate: true\n" +
        "    note: \"\"\n" +
        "  - key: NewFirms\n" +
        "    horizon: 今后五年\n" +
        "    kind: target\n" +
        "    label: 新增企业\n" +
        "    value: 1-2\n" +
        "    unit: 家\n" +
        "    quote: 今后五年新增企业1-2家\n" +
        "    note: \"line one\\nline two | \\\\ \\\\e\"\n" +
        "  - key: EnergyIntensity\n" +
        "    year: 2023\n" +
        "    label: 单位能耗\n" +
        "    value: 3\n" +
        "    unit: \"%\"\n" +
        "    correctedUnit: 个百分点\n" +
        "    decline: true\n" +
        "    quote: 单位能耗下降3%\n" +
        "    note: \"read as points:\\t\\\"\\\"\\\"quoted\\\"\\\"\\\" \\r\\u2028\\u200B end\"\n";

    [TestCase(LanguageVersion.Latest, TestName = "FiguresRoundTripThroughUtf8Data")]
    [TestCase(LanguageVersion.Latest, true, TestName = "FiguresRoundTripThroughUtf8DataDecodedFromSpansOnNetCore")]
    [TestCase(LanguageVersion.CSharp10, TestName = "FiguresRoundTripThroughStringDataBeforeCSharp11")]
    public void FiguresRoundTripThroughTheirText(LanguageVersion languageVersion, bool netCore = false)
    {
        var (figures, source) = CompileAndLoad(GeneratorHarness.SingleFiles(Yaml, Text), languageVersion, netCore);
        Assert.That(source, languageVersion == LanguageVersion.Latest ? Does.Contain("\"u8") : Does.Not.Contain("\"u8"));

        var gdp = figures.Single(figure => figure.Key == "Gdp");
        var firms = figures.Single(figure => figure.Key == "NewFirms");
        var energy = figures.Single(figure => figure.Key == "EnergyIntensity");
        Assert.Multiple(() =>
        {
            Assert.That(figures.Select(figure => figure.Id), Is.EqualTo(new[] { "Testville.Y2023.GdpBillion", "Testville.Y2024.FiveYearGoals.NewFirmsCount", "Testville.Y2023.EnergyIntensityPercentagePoints" }));
            Assert.That(figures.Select(figure => figure.City), Is.All.EqualTo("Testville"));
            Assert.That(figures.Select(figure => figure.Source.CityName), Is.All.EqualTo("测试市"));

            Assert.That(gdp.Year, Is.EqualTo(2023));
            Assert.That(gdp.Horizon, Is.Null);
            Assert.That(gdp.Kind, Is.EqualTo(FigureKind.Actual));
            Assert.That(gdp.Value, Is.EqualTo(212.52));
            Assert.That(gdp.ValueHigh, Is.Null);
            Assert.That(gdp.Unit, Is.EqualTo(FigureUnit.BillionYuan));
            Assert.That(gdp.PrintedValue, Is.EqualTo("2125.2"));
            Assert.That(gdp.PrintedUnit, Is.EqualTo("亿元"));
            Assert.That(gdp.CorrectedUnit, Is.Null);
            Assert.That(gdp.Label, Is.EqualTo("全市生产总值"));
            Assert.That(gdp.Quote, Is.EqualTo("全市生产总值达到2125.2亿元|增长\\6.8%"));
            Assert.That(gdp.IsEstimate, Is.True);
            Assert.That(gdp.Bound, Is.EqualTo(TargetBound.None));
            Assert.That(gdp.IsDecline, Is.False);
            Assert.That(gdp.Note, Is.Empty, "an empty note is not a missing one");

            Assert.That(firms.Year, Is.Null);
            Assert.That(firms.Horizon, Is.EqualTo("今后五年"));
            Assert.That(firms.Kind, Is.EqualTo(FigureKind.Target));
            Assert.That(firms.Value, Is.EqualTo(1));
            Assert.That(firms.ValueHigh, Is.EqualTo(2));
            Assert.That(firms.Unit, Is.EqualTo(FigureUnit.Count));
            Assert.That(firms.IsEstimate, Is.False);
            Assert.That(firms.Note, Is.EqualTo("line one\nline two | \\ \\e"));

            Assert.That(energy.Value, Is.EqualTo(-3), "a fall is negative");
            Assert.That(energy.IsDecline, Is.True);
            Assert.That(energy.Unit, Is.EqualTo(FigureUnit.PercentagePoints));
            Assert.That(energy.PrintedUnit, Is.EqualTo("%"));
            Assert.That(energy.CorrectedUnit, Is.EqualTo("个百分点"));
            Assert.That(energy.Note, Is.EqualTo("read as points:\t\"\"\"quoted\"\"\" \r\u2028\u200B end"), "controls, line separators, format characters and a run of quotes");
        });
    }

    [Test]
    public void LargeReportDecodesEveryFigureAndKeepsARepeatedTextOnce()
    {
        var figures = string.Concat(Enumerable.Range(0, 600).Select(i =>
            "  - key: Indicator" + i + "\n    year: 2023\n    label: 指标\n    value: " + i + "\n    unit: 个\n    quote: 指标" + i + "个\n"));
        var text = string.Concat(Enumerable.Range(0, 600).Select(i => "指标" + i + "个。"));
        var yaml = "report:\n  city: Testville\n  cityName: 测试市\n  year: 2024\n  text: report.txt\nfigures:\n" + figures;

        var (loaded, _) = CompileAndLoad(GeneratorHarness.SingleFiles(yaml, text), LanguageVersion.Latest);
        Assert.That(loaded.Select(figure => figure.Value), Is.EqualTo(Enumerable.Range(0, 600).Select(i => (double)i)));
        Assert.That(loaded.Select(figure => figure.Key), Is.EqualTo(Enumerable.Range(0, 600).Select(i => "Indicator" + i)));
        Assert.That(loaded.All(figure => ReferenceEquals(figure.Label, loaded[0].Label) && ReferenceEquals(figure.PrintedUnit, loaded[0].PrintedUnit)), Is.True, "one string per distinct text");
    }

    [Test]
    public void DecimalValuesDecodeToTheDoublesTheirTextParsesTo()
    {
        // Decimals with up to 15 digits are decoded as an integer over a power of ten; these have 1 to 10
        // fraction digits, so a rounding error in that path would show as a mismatch with double.Parse.
        var printed = Enumerable.Range(1, 300).Select(i => (i * 7919 % 100000).ToString(CultureInfo.InvariantCulture) + "." + (i * 104729L % 10000000000L).ToString(CultureInfo.InvariantCulture).PadLeft(i % 10 + 1, '0')).ToList();
        var figures = string.Concat(printed.Select((value, i) =>
            "  - key: Indicator" + i + "\n    year: 2023\n    label: 指标\n    value: " + value + "\n    unit: 个\n    quote: 指标" + i + "为" + value + "个\n"));
        var text = string.Concat(printed.Select((value, i) => "指标" + i + "为" + value + "个。"));
        var yaml = "report:\n  city: Testville\n  cityName: 测试市\n  year: 2024\n  text: report.txt\nfigures:\n" + figures;

        var (loaded, _) = CompileAndLoad(GeneratorHarness.SingleFiles(yaml, text), LanguageVersion.Latest, netCore: true);
        Assert.That(loaded.Select(figure => figure.Value), Is.EqualTo(printed.Select(value => double.Parse(value, CultureInfo.InvariantCulture))));
    }

    /// <summary>Generates, compiles to IL, loads in a throwaway context and returns <c>ReportDataset.Figures</c>.</summary>
    private static (IReadOnlyList<Figure> Figures, string Source) CompileAndLoad(IEnumerable<AdditionalText> files, LanguageVersion languageVersion, bool netCore = false)
    {
        // NETCOREAPP selects the generated code's span-based UTF-8 decoding, as in a net10.0 build.
        var parseOptions = new CSharpParseOptions(languageVersion, preprocessorSymbols: netCore ? new[] { "NETCOREAPP" } : null);
        var compilation = GeneratorHarness.CreateCompilation(string.Empty);
        compilation = compilation.ReplaceSyntaxTree(compilation.SyntaxTrees.First(), CSharpSyntaxTree.ParseText(string.Empty, parseOptions));
        var driver = GeneratorDriverFactory.Create(files, parseOptions);
        driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);
        Assert.That(generatorDiagnostics, Is.Empty, string.Join("\n", generatorDiagnostics));

        var source = string.Concat(output.SyntaxTrees.Select(tree => tree.ToString()));
        return (GeneratorHarness.LoadFigures(output), source);
    }
}
