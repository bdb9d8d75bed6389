using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using NUnit.Framework;

namespace ReportData.Parquet.Tests;

/// <summary>
/// The Parquet file as other tools see it: DuckDB reads it through SQL, and every row, every column,
/// must be the figure's field it stands for, with the type the schema promises.
/// </summary>
[TestFixture]
public sealed class DuckDbRoundTripTests
{
    private string _folder = null!;
    private string _path = null!;
    private IReadOnlyList<Figure> _figures = null!;

    [OneTimeSetUp]
    public void WriteTheDataset()
    {
        _folder = Path.Combine(Path.GetTempPath(), "reportdata-parquet-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
        _path = Path.Combine(_folder, "figures.parquet");
        // The dataset, and a national figure printed with a qualifier (national-2024.txt: "国内生产总值超过126万亿元"),
        // so that the place, its level, the report's authority and an actual's bound travel through DuckDB too. Its place is
        // a name of its own, apart from the dataset's national reports.
        var gdp = ReportDataset.Get("Quzhou.Y2023.GdpBillion");
        var national = gdp with
        {
            Id = "Nation.Y2023.GdpBillion", Place = "Nation", Value = 126000, PrintedValue = "126", PrintedUnit = "万亿元",
            Label = "国内生产总值", Quote = "国内生产总值超过126万亿元", Bound = TargetBound.Exceeds,
            Source = gdp.Source with { Place = "Nation", PlaceName = "中国", Level = PlaceLevel.National, Authority = "国务院", TextFile = "national-2024.txt", YamlFile = "national-2024.report.yaml" },
        };
        _figures = ReportDataset.Figures.Append(national).ToList();
        FigureParquet.Write(_path, _figures);
    }

    [OneTimeTearDown]
    public void DeleteFiles() => Directory.Delete(_folder, recursive: true);

    [Test]
    public void DuckDbSeesTheTypedSchema()
    {
        var columns = DuckDb.Rows($"describe select * from read_parquet('{_path}')").Select(row => (Name: (string)row[0]!, Type: (string)row[1]!)).ToList();

        var expected = new (string, string)[]
        {
            ("id", "VARCHAR"), ("place", "VARCHAR"), ("level", "VARCHAR"), ("year", "INTEGER"), ("horizon", "VARCHAR"), ("key", "VARCHAR"),
            ("kind", "VARCHAR"), ("value", "DOUBLE"), ("valueHigh", "DOUBLE"), ("unit", "VARCHAR"),
            ("printedValue", "VARCHAR"), ("printedUnit", "VARCHAR"), ("correctedUnit", "VARCHAR"), ("label", "VARCHAR"),
            ("quote", "VARCHAR"), ("isEstimate", "BOOLEAN"), ("bound", "VARCHAR"), ("isDecline", "BOOLEAN"), ("note", "VARCHAR"),
            ("sourcePlace", "VARCHAR"), ("sourcePlaceName", "VARCHAR"), ("sourceLevel", "VARCHAR"), ("sourceYear", "INTEGER"), ("sourceTitle", "VARCHAR"),
            ("sourceTextFile", "VARCHAR"), ("sourceYamlFile", "VARCHAR"), ("sourceReviewsYear", "INTEGER"),
            ("sourceTargetsYear", "INTEGER"), ("sourceDate", "VARCHAR"), ("sourceSession", "VARCHAR"), ("sourceSpeaker", "VARCHAR"),
            ("sourceAuthority", "VARCHAR"),
        };
        Assert.That(columns, Is.EqualTo(expected));
        Assert.That(columns.Select(c => c.Name), Is.EqualTo(FigureParquet.Columns));
    }

    [Test]
    public void OnlyWhatAFigureMayLackIsAnOptionalColumn()
    {
        var optional = DuckDb.Rows($"select name from parquet_schema('{_path}') where repetition_type = 'OPTIONAL'").Select(row => (string)row[0]!);

        Assert.That(optional, Is.EquivalentTo(new[]
        {
            "year", "horizon", "valueHigh", "correctedUnit", "note", "sourceTitle", "sourceReviewsYear", "sourceTargetsYear",
            "sourceDate", "sourceSession", "sourceSpeaker", "sourceAuthority",
        }));
    }

    [Test]
    public void EveryRowThatDuckDbReadsIsItsFigureFieldByField()
    {
        // file_row_number keeps the file's order whatever DuckDB's parallel scan does.
        var rows = DuckDb.Rows($"select * exclude (file_row_number) from read_parquet('{_path}', file_row_number = true) order by file_row_number");

        Assert.That(rows, Has.Count.EqualTo(_figures.Count));
        for (var row = 0; row < rows.Count; row++)
        {
            var figure = _figures[row];
            var source = figure.Source;
            var expected = new object?[]
            {
                figure.Id, figure.Place, figure.Level.ToString(), figure.Year, figure.Horizon, figure.Key, figure.Kind.ToString(), figure.Value,
                figure.ValueHigh, figure.Unit.ToString(), figure.PrintedValue, figure.PrintedUnit, figure.CorrectedUnit,
                figure.Label, figure.Quote, figure.IsEstimate, figure.Bound.ToString(), figure.IsDecline, figure.Note,
                source.Place, source.PlaceName, source.Level.ToString(), source.Year, source.Title, source.TextFile, source.YamlFile,
                source.ReviewsYear, source.TargetsYear, source.Date, source.Session, source.Speaker, source.Authority,
            };
            Assert.That(rows[row], Has.Length.EqualTo(expected.Length));
            for (var column = 0; column < expected.Length; column++)
            {
                Assert.That(rows[row][column], Is.EqualTo(expected[column]), () => $"row {row} ({figure.Id}), column {FigureParquet.Columns[column]}");
            }
        }
    }

    [Test]
    public void SqlOverTheFileAgreesWithLinqOverTheRecords()
    {
        var fromSql = DuckDb.Rows($"select place, count(*), sum(value) from read_parquet('{_path}') where kind = 'Target' and unit = 'Percent' group by place order by place")
            .Select(row => ((string)row[0]!, (long)row[1]!, (double)row[2]!)).ToList();

        var fromLinq = _figures.Where(f => f.Kind == FigureKind.Target && f.Unit == FigureUnit.Percent)
            .GroupBy(f => f.Place).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, (long)g.Count(), g.Sum(f => f.Value))).ToList();
        Assert.That(fromSql.Select(r => (r.Item1, r.Item2)), Is.EqualTo(fromLinq.Select(r => (r.Item1, r.Item2))));
        Assert.That(fromSql.Select(r => r.Item3), Is.EqualTo(fromLinq.Select(r => r.Item3)).Within(1e-9));
        Assert.That(fromSql, Is.Not.Empty);
    }

    [Test]
    public void DuckDbTellsANationalFigureOverANumberFromAPlainOne()
    {
        var rows = DuckDb.Rows($"select id, place, level, bound, value, sourceAuthority from read_parquet('{_path}') where place = 'Nation' and level = 'National'");

        Assert.That(rows.Select(row => ((string)row[0]!, (string)row[1]!, (string)row[2]!, (string)row[3]!, (double)row[4]!, (string)row[5]!)),
            Is.EqualTo(new[] { ("Nation.Y2023.GdpBillion", "Nation", "National", "Exceeds", 126000.0, "国务院") }));
    }

    [Test]
    public void TheFileReadsBackIntoEqualRecords()
    {
        var back = FigureParquet.Read(_path);

        Assert.That(back, Is.EqualTo(_figures));
        // Figures of one report share one ReportSource, as the dataset's do.
        Assert.That(back.Select(f => f.Source).Distinct(ReferenceEqualityComparer.Instance).Count(), Is.EqualTo(ReportDataset.Reports.Count + 1), "the dataset's reports and the national one");
    }
}
