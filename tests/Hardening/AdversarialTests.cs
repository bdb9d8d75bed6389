using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using NUnit.Framework;
using ReportData.Tests.Infrastructure;
using static ReportData.Tests.Hardening.HardeningHarness;

namespace ReportData.Tests.Hardening;

/// <summary>
/// Hostile and broken report files, one named case each: the exact diagnostic ID at the exact line and
/// column (1-based, as a build prints them), or clean code where the input is merely unusual. Every case
/// also checks, through <see cref="HardeningHarness"/>, that nothing was thrown, that every diagnostic
/// points into the YAML file, and that the editor analyzer reports exactly the same diagnostics.
/// Expected positions are computed with <see cref="Fixtures.At(string, string, int, int)"/> from the very YAML each
/// case feeds in, never written as numbers, so that a change to the fixture cannot leave them silently stale.
/// </summary>
public class AdversarialTests
{
    /// <summary>Line 1, column 1: where a diagnostic about the file as a whole stands.</summary>
    private static readonly (int Line, int Column) FileStart = (1, 1);

    // ---- The file as a whole ----

    [Test]
    public void EmptyFileIsRD0007AtItsStart() =>
        AssertSingle(Diagnose(string.Empty), "RD0007", FileStart);

    [Test]
    public void FileOfCommentsAndBlankLinesIsEmpty() =>
        AssertSingle(Diagnose("# nothing yet\n\n   \n# still nothing\n"), "RD0007", FileStart);

    [Test]
    public void DocumentMarkerAloneIsEmpty() =>
        AssertSingle(Diagnose("---\n"), "RD0007", FileStart);

    [Test]
    public void ByteOrderMarkOfAFileOnDiskIsNotContent()
    {
        // The compiler decodes AdditionalFiles from bytes; a UTF-8 BOM is dropped by the decoder.
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Fixtures.ValidYaml.Replace("亿元", "亿英镑"))).ToArray();
        var yaml = new ByteAdditionalText(YamlPath, bytes);
        var outcome = Diagnose(new List<AdditionalText> { yaml, Additional("/reports/report.txt", Fixtures.ReportText) });
        AssertSingle(outcome, "RD1004", Fixtures.At("unit: 亿元", skip: 6));
    }

    [Test]
    public void ByteOrderMarkLeftInTheTextKeepsPositionsOnTheText()
    {
        // A text handed over with U+FEFF still in it (a second BOM, or a host that keeps it): the error
        // on line 1 is counted on that text, BOM included, so the editor underlines the right characters.
        const string Yaml = "\uFEFFreport: 5\nfigures: []\n";
        AssertSingle(Diagnose(Yaml), "RD0005", Fixtures.At(Yaml, "5"));
    }

    [Test]
    public void ByteOrderMarkBeforeAValidFileChangesNothing()
    {
        var plain = Diagnose(Fixtures.ValidYaml);
        var marked = Diagnose("\uFEFF" + Fixtures.ValidYaml);
        Assert.That(marked.Diagnostics, Is.Empty);
        Assert.That(Sources(marked), Is.EqualTo(Sources(plain)));
    }

    [Test]
    public void CrlfLineEndsGiveTheSameCodeAsLf()
    {
        var crlf = Diagnose(Fixtures.ValidYaml.Replace("\n", "\r\n"));
        Assert.That(crlf.Diagnostics, Is.Empty);
        Assert.That(Sources(crlf), Is.EqualTo(Sources(Diagnose(Fixtures.ValidYaml))));
    }

    [Test]
    public void CrlfLineEndsKeepLinesAndColumns() =>
        AssertSingle(Diagnose(Fixtures.ValidYaml.Replace("亿元", "亿英镑").Replace("\n", "\r\n")), "RD1004", Fixtures.At("unit: 亿元", skip: 6));

    [Test]
    public void OldMacCrLineEndsKeepLinesAndColumns() =>
        AssertSingle(Diagnose(Fixtures.ValidYaml.Replace("亿元", "亿英镑").Replace("\n", "\r")), "RD1004", Fixtures.At("unit: 亿元", skip: 6));

    [Test]
    public void ColumnsCountUtf16UnitsAsEditorsDoAfterEmojiAndTabs()
    {
        // The column is in UTF-16 code units, as Roslyn and editors count: an emoji is two, a tab one.
        const string Figure = "  - {key: Gdp, year: 2023, label: \"😀😀\tx\", value: 两千, unit: 亿元, quote: 全市生产总值达到2125.2亿元}";
        var yaml = Fixtures.ValidYaml.Substring(0, Fixtures.ValidYaml.IndexOf("  - key: Gdp\n", StringComparison.Ordinal)) + Figure + "\n";
        AssertSingle(Diagnose(yaml), "RD1002", Fixtures.At(yaml, "两千"));
    }

    [Test]
    public void TabIndentationIsASyntaxErrorSpanningToTheTab()
    {
        // YamlDotNet reads the tab as breaking the plain scalar above it: the error starts at that
        // scalar (line 3, "Testville") and its span ends at the tab (line 4, column 1).
        var yaml = Fixtures.ValidYaml.Replace("  cityName: 测试市\n", "\tcityName: 测试市\n");
        var diagnostic = AssertSingle(Diagnose(yaml), "RD0001", Fixtures.At(yaml, "Testville"));
        var tab = Fixtures.At(yaml, "\t");
        Assert.That(diagnostic.Location.GetLineSpan().EndLinePosition, Is.EqualTo(new LinePosition(tab.Line - 1, tab.Column - 1)));
        Assert.That(diagnostic.GetMessage(CultureInfo.InvariantCulture), Does.Contain("tab"));
    }

    [Test]
    public void TabInsideAValueIsText()
    {
        var outcome = Diagnose(Fixtures.ValidYaml.Replace("label: 全市生产总值", "label: 全市\t生产总值"));
        Assert.That(outcome.Diagnostics, Is.Empty);
        Assert.That(outcome.Run.CompilationDiagnostics, Is.Empty);
    }

    [Test]
    public void UnclosedQuoteIsASyntaxError()
    {
        var outcome = Diagnose(Fixtures.ValidYaml.Replace("label: 全市生产总值", "label: \"全市生产总值"));
        var diagnostic = outcome.Diagnostics.Single();
        Assert.That(diagnostic.Id, Is.EqualTo("RD0001"));
        Assert.That(diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1, Is.GreaterThanOrEqualTo(Fixtures.At("label: 全市生产总值").Line), Describe(diagnostic));
    }

    [Test]
    public void MissingColonIsASyntaxErrorAtTheLine()
    {
        var outcome = Diagnose(Fixtures.ValidYaml.Replace("    year: 2023\n", "    year 2023\n"));
        var diagnostic = outcome.Diagnostics.Single();
        Assert.That(diagnostic.Id, Is.EqualTo("RD0001"));
        Assert.That(diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1, Is.InRange(Fixtures.At("year: 2023").Line, Fixtures.At("label: 全市生产总值").Line), Describe(diagnostic));
    }

    [Test]
    public void RawControlCharacterInAValueIsEscapedInTheCode()
    {
        // YamlDotNet accepts a raw C0 control character in a plain scalar; the emitter must keep it inert.
        var outcome = Diagnose(Fixtures.ValidYaml.Replace("label: 全市生产总值", "label: 全市\u0001生产总值"));
        Assert.That(outcome.Diagnostics, Is.Empty);
        Assert.That(outcome.Run.CompilationDiagnostics, Is.Empty);
        Assert.That(StringLiterals(outcome), Does.Contain("全市\u0001生产总值"));
    }

    [Test]
    public void DuplicateMappingKeyIsRD0003OnTheSecondKey()
    {
        var yaml = Fixtures.ValidYaml.Replace("    unit: 亿元\n", "    unit: 亿元\n    unit: 亿元\n");
        AssertSingle(Diagnose(yaml), "RD0003", Fixtures.At(yaml, "unit: 亿元", occurrence: 2));
    }

    [Test]
    public void DuplicateKeyInAMappingOfManyKeysIsRD0003OnTheSecondKey()
    {
        // Twenty extra keys (each also an unknown field) take the mapping past the size where keys are scanned.
        var extra = string.Concat(Enumerable.Range(0, 20).Select(i => "    x" + i + ": 1\n"));
        var yaml = Fixtures.ValidYaml.Replace("    unit: 亿元\n", "    unit: 亿元\n" + extra + "    x3: 2\n");
        var outcome = Diagnose(yaml);
        var duplicates = outcome.Diagnostics.Where(diagnostic => diagnostic.Id == "RD0003").ToList();
        Assert.That(duplicates, Has.Count.EqualTo(1));
        var second = Fixtures.At(yaml, "x3: 2");
        AssertAt(duplicates[0], "RD0003", second.Line, second.Column);
    }

    [TestCase("\\UFFFFFFFF")]
    [TestCase("\\U80000000")]
    public void UnicodeEscapeBeyondUnicodeIsASyntaxErrorAtTheEscape(string escape)
    {
        // YamlDotNet fails on these with an exception of its own rather than a syntax error: it is still one, at the escape.
        var yaml = Fixtures.ValidYaml.Replace("label: 全市生产总值", "label: \"全市" + escape + "\"");
        var diagnostic = Diagnose(yaml).Diagnostics.Single();
        var quote = Fixtures.At(yaml, "\"全市");
        var start = diagnostic.Location.GetLineSpan().StartLinePosition;
        Assert.That(diagnostic.Id, Is.EqualTo("RD0001"), Describe(diagnostic));
        Assert.That((start.Line + 1, start.Character + 1), Is.EqualTo((quote.Line, start.Character + 1)), Describe(diagnostic));
        Assert.That(start.Character + 1, Is.InRange(quote.Column, quote.Column + 3 + escape.Length), Describe(diagnostic));
    }

    [Test]
    public void ByteOrderMarkOfASecondFileJoinedOnIsNamedAtItsField()
    {
        // Two files joined with cat, the second saved with a byte order mark: the mark is now the first character of a field name.
        var yaml = Fixtures.ValidYaml + "\uFEFFskipped:\n  - quote: 增长6.8%\n    reason: a growth rate, recorded elsewhere\n";
        var diagnostic = AssertSingle(Diagnose(yaml), "RD0006", Fixtures.At(yaml, "\uFEFFskipped"));
        Assert.That(diagnostic.GetMessage(CultureInfo.InvariantCulture), Does.Contain("'<U+FEFF>skipped'"));
    }

    [TestCase("\u200B", "<U+200B>")]
    [TestCase("\u00AD", "<U+00AD>")]
    [TestCase("\u0007", "<U+0007>")]
    public void InvisibleCharacterInAKeyIsNamedInTheMessage(string invisible, string named)
    {
        // A key copied from a web page with a zero-width space in it looks like a valid one: the message must show why it is not.
        var yaml = Fixtures.ValidYaml.Replace("  - key: Gdp\n", "  - key: \"Gdp" + invisible + "\"\n");
        var diagnostic = AssertSingle(Diagnose(yaml), "RD1001", Fixtures.At("key: Gdp", skip: 5));
        Assert.That(diagnostic.GetMessage(CultureInfo.InvariantCulture), Does.Contain("'Gdp" + named + "'"));
    }

    [Test]
    public void SecondDocumentIsRD0002AtItsMarker()
    {
        var yaml = Fixtures.ValidYaml + "---\nreport: {}\n";
        AssertSingle(Diagnose(yaml), "RD0002", Fixtures.At(yaml, "---"));
    }

    [Test]
    public void TenMegabyteFileIsRefusedAtItsStart()
    {
        var yaml = Fixtures.ValidYaml + "# " + new string('x', 10 * 1024 * 1024) + "\n";
        AssertSingle(Diagnose(yaml), "RD0008", FileStart);
    }

    [Test]
    public void FileJustUnderTheSizeLimitIsRead()
    {
        var yaml = Fixtures.ValidYaml + "# " + new string('x', 2 * 1024 * 1024 - Fixtures.ValidYaml.Length - 10) + "\n";
        var outcome = Diagnose(yaml);
        Assert.That(outcome.Diagnostics, Is.Empty);
        Assert.That(outcome.Run.GeneratedSources.Count(), Is.EqualTo(2));
    }

    [Test]
    public void FlowNestingBeyondTheLimitIsRD0002AtTheFirstLevelTooDeep()
    {
        // The root mapping is level 1 and the n-th '[' level n + 1: the 16th '[' is level 17, one too deep.
        var yaml = "report: " + new string('[', 10_000) + new string(']', 10_000) + "\n";
        AssertSingle(Diagnose(yaml), "RD0002", Fixtures.At(yaml, "[", occurrence: 16));
    }

    [Test]
    public void BlockNestingBeyondTheLimitIsRD0002()
    {
        var yaml = new StringBuilder();
        for (var depth = 0; depth < 40; depth++)
        {
            yaml.Append(' ', depth * 2).Append("k").Append(depth.ToString(CultureInfo.InvariantCulture)).Append(":\n");
        }

        var text = yaml.Append(' ', 80).Append("leaf\n").ToString();
        // Mappings k0..k15 are levels 1..16; the mapping under k15, starting at k16, is the 17th.
        AssertSingle(Diagnose(text), "RD0002", Fixtures.At(text, "k16:"));
    }

    [Test]
    public void AliasExpansionBombIsRefusedAtTheFirstAliasWithoutExpanding()
    {
        // "Billion laughs": nine levels of nine aliases each would expand to 9^9 strings.
        var yaml = new StringBuilder("a0: &a0 lol\n");
        for (var level = 1; level <= 9; level++)
        {
            var previous = "*a" + (level - 1).ToString(CultureInfo.InvariantCulture);
            yaml.Append('a').Append(level).Append(": &a").Append(level).Append(" [")
                .Append(string.Join(", ", Enumerable.Repeat(previous, 9))).Append("]\n");
        }

        // The first alias, on line 2 ("a1: &a1 [*a0, ...").
        var text = yaml.ToString();
        AssertSingle(Diagnose(text), "RD0002", Fixtures.At(text, "*a0"));
    }

    [Test]
    public void MergeKeyWithAliasIsRefused()
    {
        var yaml = Fixtures.ValidYaml + "  - &base {key: Gdp2, year: 2023}\n  - <<: *base\n";
        // At the alias of "  - <<: *base".
        AssertSingle(Diagnose(yaml), "RD0002", Fixtures.At(yaml, "*base"));
    }

    // ---- Fields and their types ----

    [Test]
    public void MissingRequiredFieldIsRD0004OnTheFigure() =>
        AssertSingle(Diagnose(Fixtures.ValidYaml.Replace("    quote: 全市生产总值达到2125.2亿元\n", string.Empty)), "RD0004", Fixtures.At("key: Gdp"));

    [Test]
    public void MissingReportBlockIsRD0004OnTheFile() =>
        AssertSingle(Diagnose("figures: []\n"), "RD0004", FileStart);

    [Test]
    public void ListWhereATextBelongsIsRD0005OnTheValue() =>
        AssertSingle(Diagnose(Fixtures.ValidYaml.Replace("value: 2125.2", "value: [2125.2, 2125.3]")), "RD0005", Fixtures.At("value: 2125.2", skip: 7));

    [Test]
    public void FiguresThatAreNotAListAreRD0005()
    {
        var yaml = Fixtures.ValidYaml.Substring(0, Fixtures.ValidYaml.IndexOf("figures:", StringComparison.Ordinal)) + "figures: Gdp\n";
        AssertSingle(Diagnose(yaml), "RD0005", Fixtures.At(yaml, "figures: Gdp", skip: 9));
    }

    [Test]
    public void KeyThatIsAListIsRD0005OnThatKey()
    {
        var yaml = Fixtures.ValidYaml.Replace("    year: 2023\n", "    ? [year]\n    : 2023\n    year: 2023\n");
        AssertSingle(Diagnose(yaml), "RD0005", Fixtures.At(yaml, "[year]"));
    }

    [Test]
    public void UnknownFieldIsAWarningAndTheCodeStillCompiles()
    {
        var yaml = Fixtures.ValidYaml.Replace("    unit: 亿元\n", "    unit: 亿元\n    unti: 亿元\n");
        var outcome = Diagnose(yaml);
        var warning = AssertSingle(outcome, "RD0006", Fixtures.At(yaml, "unti:"));
        Assert.That(warning.Severity, Is.EqualTo(DiagnosticSeverity.Warning));
        Assert.That(outcome.Run.CompilationDiagnostics, Is.Empty);
    }

    // ---- Numbers ----

    [Test]
    public void UnknownUnitIsRD1004OnTheUnit() =>
        AssertSingle(Diagnose(Fixtures.ValidYaml.Replace("亿元\n", "亿英镑\n")), "RD1004", Fixtures.At("unit: 亿元", skip: 6));

    [TestCase("两千一百二十五")]
    [TestCase("2,12,5.2")]
    [TestCase("+2125.2")]
    [TestCase("0x84D")]
    [TestCase("٢١٢٥")]
    public void NonNumericValueIsRD1002OnTheValue(string value) =>
        AssertSingle(Diagnose(Fixtures.ValidYaml.Replace("value: 2125.2", "value: " + value)), "RD1002", Fixtures.At("value: 2125.2", skip: 7));

    [TestCase(".nan")]
    [TestCase("NaN")]
    [TestCase(".inf")]
    [TestCase("-.inf")]
    [TestCase("Infinity")]
    [TestCase("1e400")]
    [TestCase("2.1252e3")]
    public void NaNInfinityAndExponentsAreNotPrintedNumbers(string value) =>
        AssertSingle(Diagnose(Fixtures.ValidYaml.Replace("value: 2125.2", "value: " + value)), "RD1002", Fixtures.At("value: 2125.2", skip: 7));

    [TestCase("''")]
    [TestCase("' '")]
    public void EmptyCorrectedUnitIsAnUnknownUnitNotAFigureWithoutOne(string empty)
    {
        // An empty correctedUnit would otherwise make 2125.2 亿元 the unitless Gdp = 2125.2: a unit is corrected to one of the table's.
        var yaml = Fixtures.ValidYaml.Replace("    unit: 亿元\n", "    unit: 亿元\n    correctedUnit: " + empty + "\n    note: left empty\n");
        AssertSingle(Diagnose(yaml), "RD1004", Fixtures.At(yaml, "correctedUnit: ", skip: 15));
    }

    [Test]
    public void ValueBeyondTheRangeOfDoubleIsRD1003() =>
        AssertSingle(Diagnose(Fixtures.ValidYaml.Replace("value: 2125.2", "value: 1" + new string('0', 400))), "RD1003", Fixtures.At("value: 2125.2", skip: 7));

    [Test]
    public void ValueBeyondTheRangeOfDecimalIsRD1003() =>
        AssertSingle(Diagnose(Fixtures.ValidYaml.Replace("value: 2125.2", "value: 79228162514264337593543950336")), "RD1003", Fixtures.At("value: 2125.2", skip: 7));

    [Test]
    public void ValueWithMoreDigitsThanADoubleHoldsIsRD1003() =>
        AssertSingle(Diagnose(Fixtures.ValidYaml.Replace("value: 2125.2", "value: 2125.2000000000001")), "RD1003", Fixtures.At("value: 2125.2", skip: 7));

    [Test]
    public void ValueSoSmallItWouldRoundToZeroIsRD1003() =>
        AssertSingle(Diagnose(Fixtures.ValidYaml.Replace("value: 2125.2", "value: 0.0000000000000000000000000001")), "RD1003", Fixtures.At("value: 2125.2", skip: 7));

    [Test]
    public void RangeWhoseHighEndIsBelowItsLowEndIsRD1002() =>
        AssertSingle(Diagnose(Fixtures.ValidYaml.Replace("value: 2125.2", "value: 2125.2-1")), "RD1002", Fixtures.At("value: 2125.2", skip: 7));

    // ---- Names ----

    [TestCase("GDP-Growth")]
    [TestCase("生产总值")]
    [TestCase("gdp")]
    [TestCase("Gdp Growth")]
    public void KeyThatIsNotACSharpIdentifierIsRD1001OnTheKey(string key) =>
        AssertSingle(Diagnose(Fixtures.ValidYaml.Replace("  - key: Gdp\n", "  - key: " + key + "\n")), "RD1001", Fixtures.At("key: Gdp", skip: 5));

    [TestCase("class")]
    [TestCase("namespace")]
    [TestCase("__arglist")]
    public void KeyThatIsACSharpKeywordIsRD1001(string key)
    {
        var diagnostic = AssertSingle(Diagnose(Fixtures.ValidYaml.Replace("  - key: Gdp\n", "  - key: " + key + "\n")), "RD1001", Fixtures.At("key: Gdp", skip: 5));
        Assert.That(diagnostic.GetMessage(CultureInfo.InvariantCulture), Does.Contain("keyword"));
    }

    [Test]
    public void CityThatIsACSharpKeywordIsRD1001OnTheCity() =>
        AssertSingle(Diagnose(Fixtures.ValidYaml.Replace("city: Testville", "city: static")), "RD1001", Fixtures.At("city: Testville", skip: 6));

    [Test]
    public void OverlongKeyIsRD1001() =>
        AssertSingle(Diagnose(Fixtures.ValidYaml.Replace("  - key: Gdp\n", "  - key: G" + new string('d', 10_000) + "\n")), "RD1001", Fixtures.At("key: Gdp", skip: 5));

    [TestCase("Targets", "\"\"")]
    [TestCase("Y2023", "\"\"")]
    [TestCase("ToString", "\"\"")]
    [TestCase("GdpBillionLow", "\"\"")]
    [TestCase("FigureKeys", "亿元")]
    [TestCase("Equals", "亿元")]
    public void KeyThatWouldClashWithGeneratedNamesIsRD1013(string key, string unit)
    {
        var yaml = Fixtures.ValidYaml.Replace("  - key: Gdp\n", "  - key: " + key + "\n").Replace("    unit: 亿元\n", "    unit: " + unit + "\n");
        AssertSingle(Diagnose(yaml), "RD1013", Fixtures.At("key: Gdp", skip: 5));
    }

    [TestCase("Y2023")]
    [TestCase("Figure")]
    [TestCase("ReportDataset")]
    [TestCase("FigureKeys")]
    public void CityThatWouldClashWithGeneratedNamesIsRD1013(string city) =>
        // Found by the fuzz test (seed 1, input 4602): a city Y2023 held a year class Y2023 (CS0542).
        AssertSingle(Diagnose(Fixtures.ValidYaml.Replace("city: Testville", "city: " + city)), "RD1013", Fixtures.At("city: Testville", skip: 6));

    [Test]
    public void TwoFiguresMappingToTheSameMemberAreRD1007OnTheSecond()
    {
        // "Gdp" in 亿元 and "GdpBillion" without a unit both become GdpBillion.
        var yaml = Fixtures.ValidYaml + "  - key: GdpBillion\n    year: 2023\n    label: 全市生产总值\n    value: 2125.2\n    unit: \"\"\n    quote: 全市生产总值达到2125.2亿元\n";
        AssertSingle(Diagnose(yaml), "RD1007", Fixtures.At(yaml, "key: GdpBillion", skip: 5));
    }

    [Test]
    public void SameFigureInTwoFilesIsRD1008InTheFileThatComesSecondByPath()
    {
        var files = new List<AdditionalText>
        {
            Additional("/reports/b.report.yaml", Fixtures.ValidYaml),
            Additional("/reports/a.report.yaml", Fixtures.ValidYamlDeliveredIn(2025).Replace("  - key: GdpGrowth\n", "  - key: OtherGrowth\n")),
            Additional("/reports/report.txt", Fixtures.ReportText),
        };
        var outcome = Diagnose(files);
        var diagnostic = AssertSingle(outcome, "RD1008", Fixtures.At("key: Gdp", skip: 5));
        Assert.That(diagnostic.Location.GetLineSpan().Path, Is.EqualTo("/reports/b.report.yaml"));
        Assert.That(outcome.Run.CompilationDiagnostics, Is.Empty, "the first file keeps the figure; the output compiles");
    }

    // ---- Years ----

    [TestCase("1800")]
    [TestCase("2200")]
    [TestCase("99999999999999")]
    public void FigureYearOutOfRangeIsRD1005OnTheYear(string year) =>
        AssertSingle(Diagnose(Fixtures.ValidYaml.Replace("    year: 2023\n", "    year: " + year + "\n")), "RD1005", Fixtures.At("year: 2023", skip: 6));

    [Test]
    public void ReportYearOutOfRangeIsRD1005OnTheYear() =>
        AssertSingle(Diagnose(Fixtures.ValidYaml.Replace("  year: 2024\n", "  year: 3024\n")), "RD1005", Fixtures.At("year: 2024", skip: 6));

    [Test]
    public void YearThatIsNotAWholeNumberIsRD0005() =>
        AssertSingle(Diagnose(Fixtures.ValidYaml.Replace("    year: 2023\n", "    year: 2023.5\n")), "RD0005", Fixtures.At("year: 2023", skip: 6));

    // ---- Provenance ----

    [Test]
    public void QuoteNotInTheReportIsRD2002OnTheQuote() =>
        AssertSingle(Diagnose(Fixtures.ValidYaml.Replace("quote: 全市生产总值达到2125.2亿元", "quote: 全市生产总值达到2125.3亿元")), "RD2002", Fixtures.At("quote: 全市生产总值", skip: 7));

    [Test]
    public void ValueNotInItsQuoteIsRD2003OnTheValue() =>
        AssertSingle(Diagnose(Fixtures.ValidYaml.Replace("value: 2125.2", "value: 2152.2")), "RD2003", Fixtures.At("value: 2125.2", skip: 7));

    [Test]
    public void MissingReportTextIsRD2001OnTheTextField() =>
        AssertSingle(Diagnose(Fixtures.ValidYaml, reportText: null), "RD2001", Fixtures.At("text: report.txt", skip: 6));

    [Test]
    public void ReportTextOutsideTheAdditionalFilesIsNeverRead() =>
        AssertSingle(Diagnose(Fixtures.ValidYaml.Replace("text: report.txt", "text: ../../../etc/passwd.txt")), "RD2001", Fixtures.At("text: report.txt", skip: 6));

    [Test]
    public void EmptyReportTextIsFoundButQuotesAreNotInIt()
    {
        var outcome = Diagnose(Fixtures.ValidYaml, reportText: string.Empty);
        Assert.That(outcome.Diagnostics.Select(d => (d.Id, d.Location.GetLineSpan().StartLinePosition.Line + 1)), Is.EqualTo(new[] { ("RD2002", Fixtures.At("quote: 全市").Line), ("RD2002", Fixtures.At("quote: 地区").Line) }));
    }

    // ---- Strings that try to become code ----

    [TestCase("\"; } class Injected { const string X = \"")]
    [TestCase("C:\\path\\\\ \\u0022 \\")]
    [TestCase("*/ /* */")]
    [TestCase("</summary><script>alert(1)</script><summary>")]
    [TestCase("line one\nline two\r\n#if false\n}\n#endif")]
    [TestCase("{0} {{ }} ${x} {")]
    [TestCase("// comment ///<para> &amp; &lt; <![CDATA[ x ]]>")]
    [TestCase("\u2028\u2029\u0085 separators \u200E\u202E bidi")]
    [TestCase("nul \0 bell \a escape \u001B")]
    [TestCase("lone surrogate \uD800 and pair 😀")]
    public void StringsCarryingCodeOrMarkupStayText(string hostile)
    {
        // The hostile text is the label, the note, the city name and (inside the quote) part of the report itself.
        var quote = "全市生产总值达到2125.2亿元" + hostile;
        var text = "开头。" + quote + "。结尾";
        var yaml = Fixtures.ValidYaml
            .Replace("cityName: 测试市", "cityName: " + Mutator.YamlDoubleQuoted(hostile))
            .Replace("label: 全市生产总值", "label: " + Mutator.YamlDoubleQuoted(hostile))
            .Replace("quote: 全市生产总值达到2125.2亿元", "quote: " + Mutator.YamlDoubleQuoted(quote) + "\n    note: " + Mutator.YamlDoubleQuoted(hostile))
            .Replace("quote: 地区生产总值增长7%左右", "quote: 全市生产总值达到2125.2亿元")
            .Replace("value: 7\n", "value: 2125.2\n")
            .Replace("unit: \"%\"\n", "unit: 亿元\n");
        var outcome = Diagnose(yaml, text);
        Assert.That(outcome.Diagnostics.Select(Describe), Is.Empty);
        Assert.That(outcome.Run.CompilationDiagnostics.Select(d => d.ToString()), Is.Empty, "compiles without errors or XML doc warnings");

        // The strings come back unchanged from the compiled, loaded dataset: nothing was cut off or reinterpreted.
        var literals = StringLiterals(outcome);
        Assert.That(literals, Does.Contain(hostile), "label and note");
        Assert.That(literals, Does.Contain(quote), "quote");
        Assert.That(outcome.Run.OutputCompilation.GetTypeByMetadataName("Injected"), Is.Null);
    }

    [Test]
    public void VeryLongStringsCompile()
    {
        var quote = "全市生产总值达到2125.2亿元" + new string('长', 200_000);
        var yaml = Fixtures.ValidYaml
            .Replace("label: 全市生产总值", "label: " + new string('标', 100_000))
            .Replace("quote: 全市生产总值达到2125.2亿元", "quote: " + quote + "\n    note: " + new string('n', 100_000));
        var outcome = Diagnose(yaml, Fixtures.ReportText + quote);
        Assert.That(outcome.Diagnostics, Is.Empty);
        Assert.That(outcome.Run.CompilationDiagnostics, Is.Empty);
    }

    [Test]
    public void QuoteOfTwoHundredThousandNumbersIsNotAHang()
    {
        // The value 1 stands 200,000 times in a quote of 200,000 numbers: whether each stands whole was a scan of every
        // number of the quote, 4 × 10^10 steps and about a minute; a lookup by position makes it a fraction of a second.
        var quote = string.Concat(Enumerable.Repeat("1亿元", 200_000));
        var yaml = Fixtures.ValidYaml.Replace("value: 2125.2", "value: 1").Replace("quote: 全市生产总值达到2125.2亿元", "quote: " + quote);
        Diagnose(yaml, quote + Fixtures.ReportText);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var outcome = Diagnose(yaml.Replace("    unit: 亿元\n", "    unit: 亿元\n    note: run again, the first run's start-up apart\n"), quote + Fixtures.ReportText);
        Assert.That(watch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(5)));
        Assert.That(outcome.Diagnostics, Is.Empty);
    }

    [Test]
    public void ListOfManyNumbersWithAnotherUnitIsNotAHang()
    {
        // 1、1、…、1亿元 with the unit %: every place of the value is a list whose shared unit is read at its end.
        var quote = string.Concat(Enumerable.Repeat("1、", 100_000)) + "1亿元";
        var yaml = Fixtures.ValidYaml.Replace("value: 2125.2", "value: 1").Replace("    unit: 亿元\n", "    unit: \"%\"\n").Replace("quote: 全市生产总值达到2125.2亿元", "quote: " + quote);
        Diagnose(yaml, quote + Fixtures.ReportText);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var outcome = Diagnose(yaml.Replace("    unit: \"%\"\n", "    unit: \"%\"\n    note: run again, the first run's start-up apart\n"), quote + Fixtures.ReportText);
        Assert.That(watch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(5)));
        AssertSingle(outcome, "RD2005", Fixtures.At(yaml, "unit: \"%\"", skip: 6));
    }

    [Test]
    public void OverlongSingleLineKeyIsASyntaxErrorNotAHang()
    {
        // YAML limits implicit keys to 1024 characters.
        var outcome = Diagnose(Fixtures.ValidYaml + new string('k', 5_000) + ": 1\n");
        var diagnostic = outcome.Diagnostics.Single();
        Assert.That(diagnostic.Id, Is.AnyOf("RD0001", "RD0006"), Describe(diagnostic));
    }

    [Test]
    public void NonScalarTagsAndAnchorsWithoutAliasesAreHarmless()
    {
        var yaml = Fixtures.ValidYaml.Replace("label: 全市生产总值", "label: !!str &lbl 全市生产总值");
        var outcome = Diagnose(yaml);
        Assert.That(outcome.Diagnostics, Is.Empty);
        Assert.That(outcome.Run.CompilationDiagnostics, Is.Empty);
    }

    /// <summary>The text fields of the figures as the compiled, loaded dataset returns them.</summary>
    private static List<string> StringLiterals(Outcome outcome) =>
        GeneratorHarness.LoadFigures(outcome.Run.OutputCompilation)
            .SelectMany(figure => new[] { figure.Label, figure.Quote, figure.Note, figure.Source.CityName })
            .OfType<string>()
            .ToList();

    private static string Sources(Outcome outcome) =>
        string.Join("\n", outcome.Run.GeneratedSources.Select(source => source.HintName + "\n" + source.SourceText));

    /// <summary>An AdditionalFile read from bytes the way the compiler reads one from disk.</summary>
    private sealed class ByteAdditionalText : AdditionalText
    {
        private readonly byte[] _bytes;

        public ByteAdditionalText(string path, byte[] bytes)
        {
            Path = path;
            _bytes = bytes;
        }

        public override string Path { get; }

        public override SourceText GetText(System.Threading.CancellationToken cancellationToken = default) =>
            SourceText.From(new System.IO.MemoryStream(_bytes), Encoding.UTF8, canBeEmbedded: true);
    }
}
