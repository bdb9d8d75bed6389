using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using DuckDB.NET.Data;
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
        _figures = ReportDataset.Figures;
        FigureParquet.Write(_path, _figures);
    }

    [OneTimeTearDown]
    public void DeleteFiles() => Directory.Delete(_folder, recursive: true);

    [Test]
    public void DuckDbSeesTheTypedSchema()
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"describe select * from read_parquet('{_path}')";
        using var reader = command.ExecuteReader();
        var columns = new List<(string Name, string Type)>();
        while (reader.Read())
        {
            columns.Add((reader.GetString(0), reader.GetString(1)));
        }

        var expected = new (string, string)[]
        {
            ("id", "VARCHAR"), ("city", "VARCHAR"), ("year", "INTEGER"), ("horizon", "VARCHAR"), ("key", "VARCHAR"),
            ("kind", "VARCHAR"), ("value", "DOUBLE"), ("valueHigh", "DOUBLE"), ("unit", "VARCHAR"),
            ("printedValue", "VARCHAR"), ("printedUnit", "VARCHAR"), ("correctedUnit", "VARCHAR"), ("label", "VARCHAR"),
            ("quote", "VARCHAR"), ("isEstimate", "BOOLEAN"), ("bound", "VARCHAR"), ("isDecline", "BOOLEAN"), ("note", "VARCHAR"),
            ("sourceCity", "VARCHAR"), ("sourceCityName", "VARCHAR"), ("sourceYear", "INTEGER"), ("sourceTitle", "VARCHAR"),
            ("sourceTextFile", "VARCHAR"), ("sourceYamlFile", "VARCHAR"), ("sourceReviewsYear", "INTEGER"),
            ("sourceTargetsYear", "INTEGER"), ("sourceDate", "VARCHAR"), ("sourceSession", "VARCHAR"), ("sourceSpeaker", "VARCHAR"),
        };
        Assert.That(columns, Is.EqualTo(expected));
        Assert.That(columns.Select(c => c.Name), Is.EqualTo(FigureParquet.Columns));
    }

    [Test]
    public void OnlyWhatAFigureMayLackIsAnOptionalColumn()
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"select name from parquet_schema('{_path}') where repetition_type = 'OPTIONAL' order by name";
        using var reader = command.ExecuteReader();
        var optional = new List<string>();
        while (reader.Read())
        {
            optional.Add(reader.GetString(0));
        }

        Assert.That(optional, Is.EquivalentTo(new[]
        {
            "year", "horizon", "valueHigh", "correctedUnit", "note", "sourceTitle", "sourceReviewsYear", "sourceTargetsYear",
            "sourceDate", "sourceSession", "sourceSpeaker",
        }));
    }

    [Test]
    public void EveryRowThatDuckDbReadsIsItsFigureFieldByField()
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        // file_row_number keeps the file's order whatever DuckDB's parallel scan does.
        command.CommandText = $"select * exclude (file_row_number) from read_parquet('{_path}', file_row_number = true) order by file_row_number";
        using var reader = command.ExecuteReader();
        var row = 0;
        while (reader.Read())
        {
            Assert.That(row, Is.LessThan(_figures.Count), "more rows than figures");
            var figure = _figures[row];
            var source = figure.Source;
            var expected = new object?[]
            {
                figure.Id, figure.City, figure.Year, figure.Horizon, figure.Key, figure.Kind.ToString(), figure.Value,
                figure.ValueHigh, figure.Unit.ToString(), figure.PrintedValue, figure.PrintedUnit, figure.CorrectedUnit,
                figure.Label, figure.Quote, figure.IsEstimate, figure.Bound.ToString(), figure.IsDecline, figure.Note,
                source.City, source.CityName, source.Year, source.Title, source.TextFile, source.YamlFile,
                source.ReviewsYear, source.TargetsYear, source.Date, source.Session, source.Speaker,
            };
            Assert.That(reader.FieldCount, Is.EqualTo(expected.Length));
            for (var column = 0; column < expected.Length; column++)
            {
                var actual = reader.IsDBNull(column) ? null : reader.GetValue(column);
                Assert.That(actual, Is.EqualTo(expected[column]), () => $"row {row} ({figure.Id}), column {reader.GetName(column)}");
            }

            row++;
        }

        Assert.That(row, Is.EqualTo(_figures.Count));
    }

    [Test]
    public void SqlOverTheFileAgreesWithLinqOverTheRecords()
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"select city, count(*), sum(value) from read_parquet('{_path}') where kind = 'Target' and unit = 'Percent' group by city order by city";
        using var reader = command.ExecuteReader();
        var fromSql = new List<(string, long, double)>();
        while (reader.Read())
        {
            fromSql.Add((reader.GetString(0), reader.GetInt64(1), reader.GetDouble(2)));
        }

        var fromLinq = _figures.Where(f => f.Kind == FigureKind.Target && f.Unit == FigureUnit.Percent)
            .GroupBy(f => f.City).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, (long)g.Count(), g.Sum(f => f.Value))).ToList();
        Assert.That(fromSql.Select(r => (r.Item1, r.Item2)), Is.EqualTo(fromLinq.Select(r => (r.Item1, r.Item2))));
        Assert.That(fromSql.Select(r => r.Item3), Is.EqualTo(fromLinq.Select(r => r.Item3)).Within(1e-9));
        Assert.That(fromSql, Is.Not.Empty);
    }

    [Test]
    public void TheFileReadsBackIntoEqualRecords()
    {
        var back = FigureParquet.Read(_path);

        Assert.That(back, Is.EqualTo(_figures));
        // Figures of one report share one ReportSource, as the dataset's do.
        Assert.That(back.Select(f => f.Source).Distinct(ReferenceEqualityComparer.Instance).Count(), Is.EqualTo(ReportDataset.Reports.Count));
    }

    private static DuckDBConnection Open()
    {
        var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        return connection;
    }
}
