using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using NUnit.Framework;
using ReportData.Tests.Infrastructure;
using ReportData.Tests.Tool;
using static ReportData.Tests.Hardening.HardeningHarness;

namespace ReportData.Tests.Text;

/// <summary>
/// RD2010: a report text the compiler cannot decode without loss (GB18030, UTF-16 without a byte-order mark) is one
/// error on the YAML's <c>text</c>, not RD2002 "copy it verbatim" on every quote; UTF-16 with a mark builds. RD0012: the
/// same of the YAML file itself, one error at its start, not RD1004 and RD2002 on every figure. The texts
/// reach the generator as the compiler decodes AdditionalFiles: UTF-8 unless a byte-order mark says otherwise, bytes
/// that are not UTF-8 replaced, no text for a file that looks binary.
/// </summary>
public class CompiledTextTests
{
    [OneTimeSetUp]
    public void RegisterCodePages() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [TestCase("GB18030", false, "byte sequences are not UTF-8 (GB18030", TestName = "Gb18030TextIsRD2010OnTextNotRD2002OnEveryQuote")]
    [TestCase("utf-16BE", false, "NUL characters (UTF-16 without a byte-order mark", TestName = "Utf16BigEndianWithoutBomIsRD2010")]
    [TestCase("utf-16LE", false, "could not read it as text", TestName = "Utf16LittleEndianWithoutBomThatTheCompilerCallsBinaryIsRD2010")]
    public void TextTheBuildCannotDecodeIsOneRD2010AtTheTextField(string encodingName, bool withBom, string cause)
    {
        var outcome = Diagnose(Files(Encode(Fixtures.ReportText + "\n一亿元。", encodingName, withBom)));
        var diagnostic = AssertSingle(outcome, "RD2010", Fixtures.At("text: report.txt", skip: 6));
        Assert.That(diagnostic.GetMessage(CultureInfo.InvariantCulture), Does.Contain("'report.txt' cannot be checked").And.Contain(cause).And.Contain("save it as UTF-8"));
    }

    [TestCase("utf-16LE")]
    [TestCase("utf-16BE")]
    [TestCase("utf-8")]
    public void TextWithAByteOrderMarkBuildsClean(string encodingName)
    {
        var outcome = Diagnose(Files(Encode(Fixtures.ReportText, encodingName, withBom: true)));
        Assert.That(outcome.Diagnostics, Is.Empty);
    }

    [TestCase("GB18030", "byte sequences are not UTF-8 (GB18030", TestName = "Gb18030ReportFileIsOneRD0012NotAnErrorOnEveryUnitAndQuote")]
    [TestCase("utf-16BE", "NUL characters (UTF-16 without a byte-order mark", TestName = "Utf16BigEndianReportFileWithoutBomIsRD0012")]
    [TestCase("utf-16LE", "NUL characters (UTF-16 without a byte-order mark", TestName = "Utf16LittleEndianReportFileWithoutBomIsRD0012")]
    [TestCase("utf-32", "could not read it as text", TestName = "ReportFileThatTheCompilerCallsBinaryIsRD0012NotAnEmptyFile")]
    public void ReportFileTheBuildCannotDecodeIsOneRD0012AtItsStart(string encodingName, string cause)
    {
        // The YAML file itself saved in a legacy encoding: its labels, units and quotes arrive as replacement characters.
        var outcome = Diagnose(new List<AdditionalText>
        {
            new CompilerDecodedText(YamlPath, Encode(Fixtures.ValidYaml, encodingName, withBom: false)),
            new InMemoryAdditionalText("/reports/report.txt", Fixtures.ReportText),
        });
        var diagnostic = AssertSingle(outcome, "RD0012", 1, 1);
        Assert.That(diagnostic.GetMessage(CultureInfo.InvariantCulture), Does.Contain(cause).And.Contain("save it as UTF-8"));
    }

    [Test]
    public void ReportFileQuotingTheReplacementCharactersOfItsTextIsReadAsItIs()
    {
        // A web copy's text with two lost characters, quoted by two figures: four U+FFFD among the file's Chinese, no lost encoding.
        var text = Fixtures.ReportText.Replace("亿元、", "亿元\uFFFD\uFFFD、");
        var yaml = Fixtures.ValidYaml.Replace("quote: 全市生产总值达到2125.2亿元", "quote: 全市生产总值达到2125.2亿元\uFFFD\uFFFD")
            + "skipped:\n  - quote: 2125.2亿元\uFFFD\uFFFD\n    reason: the same number, quoted again\n";
        Assert.That(Diagnose(yaml, text).Diagnostics.Select(Describe), Is.Empty);
    }

    [Test]
    public void CheckSaysWhatTheBuildSaysAndExitsWithTheUsageCode()
    {
        using var folder = new ScratchFolder();
        File.WriteAllText(folder.File("test.report.yaml"), Fixtures.ValidYaml);
        File.WriteAllBytes(folder.File("report.txt"), Encode(Fixtures.ReportText, "GB18030", withBom: false));
        var (code, _, error) = CheckCommandTests.Run("check", folder.Path);
        Assert.That(code, Is.EqualTo(2), "docs/tool.md: a text that is not UTF-8 is exit 2");
        Assert.That(error, Does.Contain("error RD2010").And.Not.Contain("RD2002"));
    }

    private static byte[] Encode(string text, string encodingName, bool withBom)
    {
        var encoding = Encoding.GetEncoding(encodingName);
        return (withBom ? encoding.GetPreamble() : new byte[0]).Concat(encoding.GetBytes(text)).ToArray();
    }

    private static IReadOnlyList<AdditionalText> Files(byte[] text) => new List<AdditionalText>
    {
        new InMemoryAdditionalText(YamlPath, Fixtures.ValidYaml),
        new CompilerDecodedText("/reports/report.txt", text),
    };

    /// <summary>A file's bytes as the compiler decodes an AdditionalFile (see the class comment).</summary>
    private sealed class CompilerDecodedText : AdditionalText
    {
        private readonly SourceText? _text;

        public CompilerDecodedText(string path, byte[] bytes)
        {
            Path = path;
            try
            {
                _text = SourceText.From(new MemoryStream(bytes), Encoding.UTF8, throwIfBinaryDetected: true);
            }
            catch (InvalidDataException)
            {
                _text = null;
            }
        }

        public override string Path { get; }

        public override SourceText? GetText(CancellationToken cancellationToken = default) => _text;
    }
}
