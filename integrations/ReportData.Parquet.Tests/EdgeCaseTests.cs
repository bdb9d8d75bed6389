using System;
using System.IO;
using DuckDB.NET.Data;
using NUnit.Framework;

namespace ReportData.Parquet.Tests;

/// <summary>Fields the seed dataset seldom fills (nulls, ranges, notes) and files this library did not write.</summary>
[TestFixture]
public sealed class EdgeCaseTests
{
    private string _folder = null!;

    [SetUp]
    public void CreateFolder()
    {
        _folder = Path.Combine(Path.GetTempPath(), "reportdata-parquet-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
    }

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_folder, recursive: true);

    [Test]
    public void NullsRangesAndOddTextSurviveTheRoundTrip()
    {
        var figures = new[] { Unusual(), ReportDataset.Get("Quzhou.Y2023.GdpBillion") };
        using var stream = new MemoryStream();
        FigureParquet.Write(stream, figures);
        stream.Position = 0;

        Assert.That(FigureParquet.Read(stream), Is.EqualTo(figures));
    }

    [Test]
    public void DuckDbReadsNullsAsNulls()
    {
        var path = Path.Combine(_folder, "unusual.parquet");
        FigureParquet.Write(path, new[] { Unusual() });

        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"select year is null, horizon, valueHigh, note, sourceTitle is null, sourceReviewsYear is null, value, isDecline from '{path}'";
        using var reader = command.ExecuteReader();
        Assert.That(reader.Read(), Is.True);
        Assert.That(reader.GetBoolean(0), Is.True);
        Assert.That(reader.GetString(1), Is.EqualTo("今后五年"));
        Assert.That(reader.GetDouble(2), Is.EqualTo(2.5));
        Assert.That(reader.GetString(3), Is.EqualTo("a \"quoted\"\r\nnote, <中文> & more"));
        Assert.That(reader.GetBoolean(4), Is.True);
        Assert.That(reader.GetBoolean(5), Is.True);
        Assert.That(reader.GetDouble(6), Is.EqualTo(-1.5));
        Assert.That(reader.GetBoolean(7), Is.True);
    }

    [Test]
    public void AUnitNameThatIsNotAFigureUnitIsRejectedWithItsRow()
    {
        var path = Path.Combine(_folder, "figures.parquet");
        var changed = Path.Combine(_folder, "changed.parquet");
        FigureParquet.Write(path, new[] { ReportDataset.Get("Quzhou.Y2023.GdpBillion"), ReportDataset.Get("Quzhou.Y2023.GdpGrowthPercent") });
        // DuckDB rewrites the file (its own writer, optional columns), changing one unit.
        Copy($"select * replace (case when id like '%Percent' then 'Furlongs' else unit end as unit) from '{path}'", changed);

        var error = Assert.Throws<FormatException>(() => FigureParquet.Read(changed));
        Assert.That(error!.Message, Is.EqualTo("Row 1: 'Furlongs' in column unit is not a FigureUnit."));
    }

    [Test]
    public void AFileDuckDbRewroteWithOptionalColumnsAndBigIntYearsReadsBackEqual()
    {
        // As pandas writes integers (64-bit) and DuckDB its columns (all optional).
        var figures = new[] { Unusual(), ReportDataset.Get("Quzhou.Y2023.GdpBillion") };
        var path = Path.Combine(_folder, "figures.parquet");
        var rewritten = Path.Combine(_folder, "rewritten.parquet");
        FigureParquet.Write(path, figures);
        Copy($"select * replace (year::BIGINT as year, sourceYear::BIGINT as sourceYear) from '{path}'", rewritten);

        Assert.That(FigureParquet.Read(rewritten), Is.EqualTo(figures));
    }

    [Test]
    public void AMissingColumnIsNamed()
    {
        var path = Path.Combine(_folder, "figures.parquet");
        var rewritten = Path.Combine(_folder, "rewritten.parquet");
        FigureParquet.Write(path, new[] { ReportDataset.Get("Quzhou.Y2023.GdpBillion") });
        Copy($"select * exclude (printedUnit) from '{path}'", rewritten);

        var error = Assert.Throws<FormatException>(() => FigureParquet.Read(rewritten));
        Assert.That(error!.Message, Is.EqualTo("The file has no column printedUnit."));
    }

    private static void Copy(string query, string path)
    {
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"copy ({query}) to '{path}' (format parquet)";
        command.ExecuteNonQuery();
    }

    private static Figure Unusual()
    {
        var figure = ReportDataset.Get("Quzhou.Y2023.GdpBillion");
        return figure with
        {
            Id = "Test.Goals.Unusual",
            Year = null,
            Horizon = "今后五年",
            Kind = FigureKind.Target,
            Value = -1.5,
            ValueHigh = 2.5,
            CorrectedUnit = "万元",
            Note = "a \"quoted\"\r\nnote, <中文> & more",
            IsEstimate = true,
            Bound = TargetBound.AtMost,
            IsDecline = true,
            Source = figure.Source with { Title = null, ReviewsYear = null, TargetsYear = null, Date = null, Session = null, Speaker = null },
        };
    }
}
