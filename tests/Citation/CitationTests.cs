using System.Linq;
using System.Text.Json;
using NUnit.Framework;

namespace ReportData.Tests.Citation;

/// <summary>Each figure cites its report: title, city, year, file, quote; as plain text and as valid CSL-JSON.</summary>
public class CitationTests
{
    [Test]
    public void AFigureCitesItsReportWithTheDateSessionAndSpeakerTheTextGives()
    {
        var citation = ReportDataset.Get("Quzhou.Y2013.GdpBillion").Cite();

        Assert.That(citation.Id, Is.EqualTo("ReportData:Quzhou.Y2013.GdpBillion"));
        Assert.That(citation.Title, Is.EqualTo("2014 年浙江省衢州市政府工作报告"));
        Assert.That(citation.Authority, Is.EqualTo("衢州市人民政府"));
        Assert.That((citation.Year, citation.Month, citation.Day), Is.EqualTo((2014, (int?)2, (int?)26)));
        Assert.That(citation.TextFile, Is.EqualTo("001_1ea55c675015e980.txt"));
        Assert.That(citation.ToString(), Is.EqualTo(
            "衢州市人民政府. 2014 年浙江省衢州市政府工作报告. 衢州, 2014-02-26. 衢州市第六届人民代表大会第五次会议; 衢州市市长 沈仁康. “"
            + citation.Quote + "”. ReportData Quzhou.Y2013.GdpBillion (001_1ea55c675015e980.txt)."));
        Assert.That(citation.Quote, Does.Contain("1056.6"));
    }

    [Test]
    public void AReportWithoutDateOrSessionIsCitedByItsYear()
    {
        var figure = ReportDataset.Get("Quzhou.Y2023.GdpBillion");
        var citation = figure.Cite();

        Assert.That((citation.Month, citation.Day, citation.Session, citation.Speaker), Is.EqualTo(((int?)null, (int?)null, (string?)null, (string?)null)));
        Assert.That(citation.ToString(), Is.EqualTo("衢州市人民政府. 2024年衢州市政府工作报告. 衢州, 2024. “全市生产总值达到2125.2亿元、增长6.8%”. ReportData Quzhou.Y2023.GdpBillion (004_759fef2eaf5c0f7f.txt)."));
    }

    [Test]
    public void WithoutATitleTheCitationNamesTheReportByYearAndCity()
    {
        var figure = ReportDataset.Get("Quzhou.Y2023.GdpBillion");
        var untitled = figure with { Source = figure.Source with { Title = null, PlaceName = "示例市", Date = "2024-13-01" } };

        var citation = untitled.Cite();
        Assert.That(citation.Title, Is.EqualTo("2024年示例市政府工作报告"));
        Assert.That(citation.Authority, Is.EqualTo("示例市人民政府"), "a name already ending in 市 gets no second 市");
        Assert.That(citation.Month, Is.Null, "a date that is not a real ISO date is not guessed at");
    }

    [Test]
    public void CSLJSONOfEveryFigureIsValid()
    {
        var json = FigureCitations.ToCslJson(ReportDataset.Figures, indented: true);

        var errors = CslDataSchema.Schema.Validate(json);
        Assert.That(errors.Select(error => error.ToString()), Is.Empty);
        using var document = JsonDocument.Parse(json);
        Assert.That(document.RootElement.GetArrayLength(), Is.EqualTo(ReportDataset.Figures.Count));
        var ids = document.RootElement.EnumerateArray().Select(item => item.GetProperty("id").GetString()).ToArray();
        Assert.That(ids, Is.Unique);
    }

    [Test]
    public void CSLJSONItemCarriesTheReportAndTheQuote()
    {
        var figure = ReportDataset.Get("Quzhou.Y2013.GdpBillion");
        using var document = JsonDocument.Parse(figure.Cite().ToCslJson());
        var item = document.RootElement.EnumerateArray().Single();

        Assert.That(item.GetProperty("type").GetString(), Is.EqualTo("report"));
        Assert.That(item.GetProperty("title").GetString(), Is.EqualTo("2014 年浙江省衢州市政府工作报告"));
        Assert.That(item.GetProperty("publisher").GetString(), Is.EqualTo("衢州市人民政府"));
        Assert.That(item.GetProperty("author")[0].GetProperty("literal").GetString(), Is.EqualTo("衢州市人民政府"));
        Assert.That(item.GetProperty("publisher-place").GetString(), Is.EqualTo("衢州"));
        Assert.That(item.GetProperty("issued").GetProperty("date-parts")[0].EnumerateArray().Select(part => part.GetInt32()), Is.EqualTo(new[] { 2014, 2, 26 }));
        Assert.That(item.GetProperty("event-title").GetString(), Is.EqualTo("衢州市第六届人民代表大会第五次会议"));
        Assert.That(item.GetProperty("note").GetString(), Is.EqualTo("“" + figure.Quote + "” (衢州市市长 沈仁康)"));
        Assert.That(item.GetProperty("archive_location").GetString(), Is.EqualTo("001_1ea55c675015e980.txt"));
        // Chinese as UTF-8, as FigureJson writes it.
        Assert.That(figure.Cite().ToCslJson(), Does.Contain("衢州市人民政府").And.Not.Contains("\\u"));
    }

    [Test]
    public void CSLJSONWithoutADateIssuesTheYearAlone()
    {
        using var document = JsonDocument.Parse(ReportDataset.Get("Quzhou.Y2023.GdpBillion").Cite().ToCslJson());
        var item = document.RootElement[0];

        Assert.That(item.GetProperty("issued").GetProperty("date-parts")[0].EnumerateArray().Select(part => part.GetInt32()), Is.EqualTo(new[] { 2024 }));
        Assert.That(item.TryGetProperty("event-title", out _), Is.False);
    }

    [Test]
    public void TheSchemaRefusesWhatIsNotCSLJSON()
    {
        // The check can fail: a misspelt variable, a missing type, a date as a plain string.
        Assert.That(CslDataSchema.Schema.Validate("""[{"id": "x", "type": "report", "publisher_place": "衢州"}]"""), Is.Not.Empty);
        Assert.That(CslDataSchema.Schema.Validate("""[{"id": "x"}]"""), Is.Not.Empty);
        Assert.That(CslDataSchema.Schema.Validate("""[{"id": "x", "type": "report", "issued": "2014"}]"""), Is.Not.Empty);
    }
}
