using System.IO;
using System.Linq;
using System.Text;
using NUnit.Framework;
using ReportData.Authoring.Text;
using ReportData.Tests.Hardening;

namespace ReportData.Tests.Text;

/// <summary>
/// A report text's bytes are read in the encoding they are in, by the one decoder the tool uses and the generator
/// ships: byte-order marks, UTF-8, UTF-16 without a mark by its NUL bytes, GB18030; and never into replacement characters.
/// </summary>
public class TextDecoderTests
{
    // 一 (U+4E00) has a NUL low byte: UTF-16 without a mark is told by where most NULs stand, not all.
    private const string Sample = "一是全市生产总值达到2125.2亿元、增长6.8%。\n新增城镇就业1.2万人。\n";

    [OneTimeSetUp]
    public void RegisterCodePages() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [TestCase("utf-8", false, "Utf8", true)]
    [TestCase("utf-8", true, "Utf8WithBom", true)]
    [TestCase("utf-16LE", true, "Utf16LittleEndianWithBom", true)]
    [TestCase("utf-16BE", true, "Utf16BigEndianWithBom", true)]
    [TestCase("utf-16LE", false, "Utf16LittleEndian", false)]
    [TestCase("utf-16BE", false, "Utf16BigEndian", false)]
    [TestCase("GB18030", false, "Gb18030", false)]
    public void EveryEncodingReportsArriveInIsReadAndNamed(string encodingName, bool withBom, string expected, bool buildReads)
    {
        var encoding = Encoding.GetEncoding(encodingName);
        var bytes = (withBom ? encoding.GetPreamble() : new byte[0]).Concat(encoding.GetBytes(Sample)).ToArray();
        var decoded = TextDecoder.Decode(bytes);
        Assert.That(decoded.Encoding.ToString(), Is.EqualTo(expected));
        Assert.That(decoded.Text, Is.EqualTo(Sample), "the text without its byte-order mark");
        Assert.That(decoded.BuildReads, Is.EqualTo(buildReads));
    }

    [Test]
    public void BinaryBytesAreNoTextEncoding()
    {
        // Mixed NUL positions, and bytes that are neither UTF-8 nor GB18030 (0x80 and 0xFF are no GB18030 lead bytes).
        var bytes = new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x80, 0xFF, 0x00, 0x41, 0x00, 0x00, 0xFF, 0x80 };
        Assert.That(TextDecoder.Decode(bytes).Encoding, Is.EqualTo(TextEncoding.Unknown));
        Assert.That(TextDecoder.Decode(new byte[] { 0x80, 0xFF, 0x80, 0xFF }).Encoding, Is.EqualTo(TextEncoding.Unknown));
    }

    [Test]
    public void GbkBytesThatAreNotUtf8AreReadAsGb18030NotWithReplacementCharacters()
    {
        // 亿 is D2 DA in GBK: D2 opens a two-byte UTF-8 sequence that DA cannot continue, so the bytes are not UTF-8.
        var bytes = Encoding.GetEncoding("GB18030").GetBytes("增长6.8%，投资1056.6亿元");
        var decoded = TextDecoder.Decode(bytes);
        Assert.That(decoded.Encoding, Is.EqualTo(TextEncoding.Gb18030));
        Assert.That(decoded.Text, Is.EqualTo("增长6.8%，投资1056.6亿元"));
        Assert.That(decoded.Text, Does.Not.Contain("\uFFFD"));
    }

    [TestCase("utf-16LE", "Utf16LittleEndian")]
    [TestCase("utf-16BE", "Utf16BigEndian")]
    public void AWholeCorpusTextInUtf16WithoutAMarkReadsAsItself(string encodingName, string expected)
    {
        var text = File.ReadAllText(DiagnosticCatalogueTests.RepositoryFile("../shared/corpus/hailar-2015.txt"));
        var decoded = TextDecoder.Decode(Encoding.GetEncoding(encodingName).GetBytes(text));
        Assert.That(decoded.Encoding.ToString(), Is.EqualTo(expected));
        Assert.That(decoded.Text, Is.EqualTo(text));
    }

    [Test]
    public void TheCorpusTextInGb18030WithCrlfReadsAsItsUtf8Copy()
    {
        var gb18030 = DiagnosticCatalogueTests.RepositoryFile("../shared/corpus/encodings/hailar-2019.gb18030.txt");
        var utf8 = DiagnosticCatalogueTests.RepositoryFile("../shared/corpus/hailar-2019.txt");
        var decoded = TextDecoder.Decode(File.ReadAllBytes(gb18030));
        Assert.That(decoded.Encoding, Is.EqualTo(TextEncoding.Gb18030));
        Assert.That(decoded.Text, Does.Contain("\r\n"), "the file keeps its CRLF line ends");
        Assert.That(decoded.Text.Replace("\r\n", "\n"), Is.EqualTo(File.ReadAllText(utf8)));
    }
}
