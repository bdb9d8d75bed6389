using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using CsvHelper;
using NUnit.Framework;

namespace ReportData.Tests.Export;

/// <summary>CSV export read back with CsvHelper, an independent RFC 4180 reader, and checked byte by byte where RFC 4180 is exact.</summary>
public class FigureCsvTests
{
    private const string Header =
        "id,place,level,year,horizon,key,kind,value,valueHigh,unit,printedValue,printedUnit,correctedUnit,label,quote,isEstimate,bound,isDecline,note,"
        + "sourcePlace,sourcePlaceName,sourceLevel,sourceYear,sourceTitle,sourceTextFile,sourceYamlFile,sourceReviewsYear,sourceTargetsYear,sourceDate,sourceSession,sourceSpeaker,sourceAuthority";

    private static List<string[]> Parse(string csv)
    {
        var options = CsvReaderOptions.Default with
        {
            HasHeader = false,
            Separator = ',',
            SkipEmptyLines = false,
            MalformedData = CsvMalformedDataHandling.Throw,
            FieldCountMismatch = CsvFieldCountHandling.Throw,
        };
        using var reader = CsvReader.FromText(csv, options);
        var records = new List<string[]>();
        while (reader.Read())
        {
            records.Add(Enumerable.Range(0, reader.FieldCount).Select(reader.GetString).ToArray());
        }

        return records;
    }

    private static Dictionary<string, string> Row(string csv, string id)
    {
        var records = Parse(csv);
        var row = records.Skip(1).Single(record => record[0] == id);
        return records[0].Zip(row).ToDictionary(pair => pair.First, pair => pair.Second);
    }

    [Test]
    public void StartsWithTheHeaderRowAndHasOneRecordPerFigure()
    {
        var csv = FigureCsv.Serialize(ReportDataset.Figures);
        Assert.That(csv, Does.StartWith(Header + "\r\n"));
        Assert.That(string.Join(",", FigureCsv.Columns), Is.EqualTo(Header));
        var records = Parse(csv);
        Assert.That(records, Has.Count.EqualTo(ReportDataset.Figures.Count + 1));
        Assert.That(records.Select(record => record.Length), Has.All.EqualTo(32));
        Assert.That(records.Skip(1).Select(record => record[0]), Is.EqualTo(ReportDataset.Figures.Select(figure => figure.Id)));
    }

    [Test]
    public void WritesTheFiguresFieldsAndItsReport()
    {
        var row = Row(FigureCsv.Serialize(ReportDataset.Figures), "Quzhou.Y2023.GdpBillion");
        Assert.Multiple(() =>
        {
            Assert.That(row["place"], Is.EqualTo("Quzhou"));
            Assert.That(row["level"], Is.EqualTo("City"));
            Assert.That(row["sourceLevel"], Is.EqualTo("City"));
            Assert.That(row["sourceAuthority"], Is.Empty, "the YAML names none: the level's usual one");
            Assert.That(row["year"], Is.EqualTo("2023"));
            Assert.That(row["horizon"], Is.Empty, "null is an empty field");
            Assert.That(row["kind"], Is.EqualTo("Actual"));
            Assert.That(row["value"], Is.EqualTo("212.52"));
            Assert.That(row["valueHigh"], Is.Empty);
            Assert.That(row["unit"], Is.EqualTo("BillionYuan"));
            Assert.That(row["printedValue"], Is.EqualTo("2125.2"));
            Assert.That(row["printedUnit"], Is.EqualTo("亿元"));
            Assert.That(row["quote"], Is.EqualTo("全市生产总值达到2125.2亿元、增长6.8%"));
            Assert.That(row["isEstimate"], Is.EqualTo("false"));
            Assert.That(row["sourcePlaceName"], Is.EqualTo("衢州"));
            Assert.That(row["sourceYear"], Is.EqualTo("2024"));
            Assert.That(row["sourceReviewsYear"], Is.EqualTo("2023"));
            Assert.That(row["sourceTextFile"], Is.EqualTo("004_759fef2eaf5c0f7f.txt"));
        });
    }

    [Test]
    public void AFallIsNegativeAndARangeHasItsHighEnd()
    {
        var csv = FigureCsv.Serialize(ReportDataset.Figures);
        // 002: "二氧化碳强度降低4.6%以上"; 000: "新增主板上市企业 1-2 家".
        var fall = Row(csv, "Jinhua.Y2018.Targets.CarbonIntensityGrowthPercent");
        Assert.That((fall["value"], fall["isDecline"], fall["bound"], fall["printedValue"]), Is.EqualTo(("-4.6", "true", "AtLeast", "4.6")));
        var range = Row(csv, "Quzhou.Y2018.Targets.NewMainBoardListedCompaniesCount");
        Assert.That((range["value"], range["valueHigh"]), Is.EqualTo(("1", "2")));
    }

    [Test]
    public void FieldsWithQuotesCommasOrNewlinesAreQuotedWithQuotesDoubled()
    {
        var csv = FigureCsv.Serialize(new[] { Tricky.Figure() });
        var lines = csv.Substring(Header.Length + 2);
        Assert.That(lines, Does.Contain(",\"生产总值, \"\"GDP\"\"\","));
        Assert.That(lines, Does.Contain(",\"第一行，逗号,与\"\"引号\"\"\r\n第二行\n第三行\t<b>&'结束'\","));
        Assert.That(lines, Does.Contain(",\"\"\"\","), "a lone quote as a field");
        Assert.That(lines, Does.Contain(",2023,\",\","), "a lone comma as a field");
        Assert.That(lines, Does.EndWith("\r\n"));

        var row = Row(csv, "Test.Y2023.Tricky");
        Assert.That((row["label"], row["quote"], row["note"], row["horizon"]), Is.EqualTo((Tricky.Label, Tricky.Quote, "\"", ",")));
    }

    [Test]
    public void RecordsEndWithCrlfAndNoBareLineBreakIsOutsideAQuotedField()
    {
        var csv = FigureCsv.Serialize(ReportDataset.Figures);
        Assert.That(csv, Does.EndWith("\r\n"));
        var unquoted = string.Concat(csv.Split('"').Where((_, index) => index % 2 == 0));
        Assert.That(unquoted.Replace("\r\n", string.Empty), Does.Not.Contain("\n").And.Not.Contain("\r"));
        Assert.That(unquoted.Split("\r\n", System.StringSplitOptions.RemoveEmptyEntries), Has.Length.EqualTo(ReportDataset.Figures.Count + 1));
    }

    [Test]
    public void NumbersAreCultureInvariant()
    {
        var previous = Thread.CurrentThread.CurrentCulture;
        Thread.CurrentThread.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
        try
        {
            var row = Row(FigureCsv.Serialize(ReportDataset.Figures), "Quzhou.Y2023.GdpBillion");
            Assert.That(row["value"], Is.EqualTo("212.52"));
        }
        finally
        {
            Thread.CurrentThread.CurrentCulture = previous;
        }
    }

    [Test]
    public void StreamsAreUtf8WithAByteOrderMarkOnlyWhenAsked()
    {
        var figures = new[] { ReportDataset.Get("Quzhou.Y2023.GdpBillion"), Tricky.Figure() };
        using var plain = new MemoryStream();
        FigureCsv.Serialize(plain, figures);
        Assert.That(new UTF8Encoding(false, true).GetString(plain.ToArray()), Is.EqualTo(FigureCsv.Serialize(figures)));
        Assert.That(plain.ToArray()[0], Is.EqualTo((byte)'i'));

        using var withMark = new MemoryStream();
        FigureCsv.Serialize(withMark, figures, byteOrderMark: true);
        Assert.That(withMark.ToArray().Take(3), Is.EqualTo(new byte[] { 0xEF, 0xBB, 0xBF }));
        Assert.That(Encoding.UTF8.GetString(withMark.ToArray().Skip(3).ToArray()), Is.EqualTo(FigureCsv.Serialize(figures)));
        Assert.That(withMark.CanWrite, Is.True, "the stream is left open");
    }
}
