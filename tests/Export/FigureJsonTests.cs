using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using NUnit.Framework;

namespace ReportData.Tests.Export;

/// <summary>JSON export: content read back with JsonDocument (an independent reader), escaping, and the round trip into records.</summary>
public class FigureJsonTests
{
    [Test]
    public void EveryFigureOfTheDatasetRoundTripsIntoAnEqualRecord()
    {
        var figures = ReportDataset.Figures;
        var read = FigureJson.Deserialize(FigureJson.Serialize(figures));
        Assert.That(read, Is.EqualTo(figures), "Figure and ReportSource are records: equal field by field");
        Assert.That(FigureJson.Deserialize(FigureJson.Serialize(figures, indented: true)), Is.EqualTo(figures));
    }

    [Test]
    public void WritesTheFieldsCamelCaseWithEnumsByNameAndTheSourceNested()
    {
        var json = FigureJson.Serialize(new[] { ReportDataset.Get("Quzhou.Y2023.GdpBillion") });
        using var document = JsonDocument.Parse(json);
        var figure = document.RootElement.EnumerateArray().Single();
        Assert.Multiple(() =>
        {
            Assert.That(figure.GetProperty("id").GetString(), Is.EqualTo("Quzhou.Y2023.GdpBillion"));
            Assert.That(figure.GetProperty("year").GetInt32(), Is.EqualTo(2023));
            Assert.That(figure.GetProperty("horizon").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(figure.GetProperty("kind").GetString(), Is.EqualTo("Actual"));
            Assert.That(figure.GetProperty("value").GetRawText(), Is.EqualTo("212.52"), "shortest round-trip form of 2125.2 亿元 ÷ 10");
            Assert.That(figure.GetProperty("unit").GetString(), Is.EqualTo("BillionYuan"));
            Assert.That(figure.GetProperty("printedValue").GetString(), Is.EqualTo("2125.2"));
            Assert.That(figure.GetProperty("printedUnit").GetString(), Is.EqualTo("亿元"));
            Assert.That(figure.GetProperty("quote").GetString(), Is.EqualTo("全市生产总值达到2125.2亿元、增长6.8%"));
            Assert.That(figure.GetProperty("bound").GetString(), Is.EqualTo("None"));
            Assert.That(figure.GetProperty("source").GetProperty("textFile").GetString(), Is.EqualTo("004_759fef2eaf5c0f7f.txt"));
            Assert.That(figure.GetProperty("source").GetProperty("cityName").GetString(), Is.EqualTo("衢州"));
        });
    }

    [Test]
    public void ChineseTextIsWrittenAsItIsNotAsEscapes()
    {
        var json = FigureJson.Serialize(new[] { ReportDataset.Get("Quzhou.Y2023.GdpBillion") });
        Assert.That(json, Does.Contain("\"printedUnit\":\"亿元\""));
        Assert.That(json, Does.Not.Contain("\\u4EBF").IgnoreCase);
    }

    [Test]
    public void QuotesCommasNewlinesAndMarkupAreEscapedAndComeBackUnchanged()
    {
        var tricky = Tricky.Figure();
        var json = FigureJson.Serialize(new[] { tricky });
        Assert.That(json, Does.Contain("\\\"引号\\\""));
        Assert.That(json, Does.Contain("\\r\\n第二行\\n第三行\\t"));
        Assert.That(json, Does.Contain("<b>&'结束'"), "characters that matter only in HTML are left as they are");
        Assert.That(json, Does.Contain("\"note\":\"\\\"\""), "a lone quote");
        using var document = JsonDocument.Parse(json);
        Assert.That(document.RootElement[0].GetProperty("quote").GetString(), Is.EqualTo(Tricky.Quote));
        Assert.That(FigureJson.Deserialize(json).Single(), Is.EqualTo(tricky));
    }

    [Test]
    public void StreamsAreUtf8WithoutByteOrderMarkAndRoundTrip()
    {
        var figures = ReportDataset.Figures.Take(20).Append(Tricky.Figure()).ToArray();
        using var stream = new MemoryStream();
        FigureJson.Serialize(stream, figures);
        var bytes = stream.ToArray();
        Assert.That(bytes.Take(3), Is.Not.EqualTo(new byte[] { 0xEF, 0xBB, 0xBF }));
        Assert.That(Encoding.UTF8.GetString(bytes), Is.EqualTo(FigureJson.Serialize(figures)));
        stream.Position = 0;
        Assert.That(FigureJson.Deserialize(stream), Is.EqualTo(figures));
    }

    [TestCase("null")]
    [TestCase("{}")]
    [TestCase("[{\"city\":\"Quzhou\"}]")]
    [TestCase("[null]")]
    [TestCase("not json")]
    public void RefusesWhatIsNotAnArrayOfCompleteFigures(string json) =>
        Assert.Throws(Is.InstanceOf<JsonException>(), () => FigureJson.Deserialize(json));

    [Test]
    public void TheContextSerializesAFigureWithoutReflection()
    {
        var figure = ReportDataset.Get("Quzhou.Y2024.Targets.GdpGrowthPercent");
        var json = JsonSerializer.Serialize(figure, ReportDataJsonContext.Default.Figure);
        Assert.That(JsonSerializer.Deserialize(json, ReportDataJsonContext.Default.Figure), Is.EqualTo(figure));
        Assert.That(json, Does.Contain("\"bound\":\"About\""));
    }
}
