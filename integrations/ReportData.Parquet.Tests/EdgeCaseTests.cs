using System;
using System.IO;
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

        var rows = DuckDb.Rows($"select year, horizon, valueHigh, note, sourceTitle, sourceReviewsYear, value, isDecline from '{path}'");

        Assert.That(rows, Has.Count.EqualTo(1));
        Assert.That(rows[0], Is.EqualTo(new object?[] { null, "今后五年", 2.5, "a \"quoted\"\r\nnote, <中文> & more", null, null, -1.5, true }));
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

    private static void Copy(string query, string path) => DuckDb.Execute($"copy ({query}) to '{path}' (format parquet)");

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
