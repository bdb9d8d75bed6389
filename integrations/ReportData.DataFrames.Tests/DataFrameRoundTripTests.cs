using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Data.Analysis;
using NUnit.Framework;

namespace ReportData.DataFrames.Tests;

[TestFixture]
public sealed class DataFrameRoundTripTests
{
    [Test]
    public void TheWholeDatasetMakesTheRoundTripIntoEqualRecords()
    {
        var figures = ReportDataset.Figures;

        var back = figures.ToDataFrame().ToFigures();

        Assert.That(back, Is.EqualTo(figures));
        Assert.That(back, Has.Length.EqualTo(figures.Count).And.Length.GreaterThan(100));
        Assert.That(back.Select(f => f.Source).Distinct(ReferenceEqualityComparer.Instance).Count(), Is.EqualTo(ReportDataset.Reports.Count));
    }

    [Test]
    public void ColumnsAreTypedAndNamedAsTheCsvColumns()
    {
        var frame = ReportDataset.Figures.ToDataFrame();

        Assert.That(frame.Columns.Select(c => c.Name), Is.EqualTo(FigureCsv.Columns));
        Assert.That(frame.Rows.Count, Is.EqualTo(ReportDataset.Figures.Count));
        var types = frame.Columns.ToDictionary(c => c.Name, c => c.GetType());
        Assert.That(types["value"], Is.EqualTo(typeof(DoubleDataFrameColumn)));
        Assert.That(types["valueHigh"], Is.EqualTo(typeof(DoubleDataFrameColumn)));
        Assert.That(types["year"], Is.EqualTo(typeof(Int32DataFrameColumn)));
        Assert.That(types["sourceYear"], Is.EqualTo(typeof(Int32DataFrameColumn)));
        Assert.That(types["isEstimate"], Is.EqualTo(typeof(BooleanDataFrameColumn)));
        Assert.That(types["unit"], Is.EqualTo(typeof(StringDataFrameColumn)));
        Assert.That(types["kind"], Is.EqualTo(typeof(StringDataFrameColumn)));
        Assert.That(types.Values.Distinct().Count(), Is.EqualTo(4));
    }

    [Test]
    public void EachRowHoldsItsFiguresFields()
    {
        var figure = ReportDataset.Get("Quzhou.Y2023.GdpBillion");
        var frame = new[] { figure }.ToDataFrame();
        var row = frame.Rows[0];

        // From seeds/quzhou-2024.report.yaml.
        Assert.That(row["id"], Is.EqualTo("Quzhou.Y2023.GdpBillion"));
        Assert.That(row["year"], Is.EqualTo(2023));
        Assert.That(row["value"], Is.EqualTo(212.52));
        Assert.That(row["valueHigh"], Is.Null);
        Assert.That(row["unit"], Is.EqualTo("BillionYuan"));
        Assert.That(row["kind"], Is.EqualTo("Actual"));
        Assert.That(row["printedValue"], Is.EqualTo("2125.2"));
        Assert.That(row["printedUnit"], Is.EqualTo("亿元"));
        Assert.That(row["quote"], Is.EqualTo("全市生产总值达到2125.2亿元、增长6.8%"));
        Assert.That(row["sourceTitle"], Is.EqualTo("2024年衢州市政府工作报告"));
        Assert.That(row["sourceTextFile"], Is.EqualTo("004_759fef2eaf5c0f7f.txt"));
        Assert.That(row["isEstimate"], Is.EqualTo(false));
    }

    [Test]
    public void AMultiYearGoalHasANullYearAndARangeItsHighEnd()
    {
        var figure = ReportDataset.Get("Quzhou.Y2023.GdpBillion") with { Year = null, Horizon = "今后五年", ValueHigh = 250, Note = "n" };
        var frame = new[] { figure }.ToDataFrame();

        Assert.That(frame["year"].NullCount, Is.EqualTo(1));
        Assert.That(frame["valueHigh"][0], Is.EqualTo(250.0));
        Assert.That(frame.ToFigures(), Is.EqualTo(new[] { figure }));
    }

    [Test]
    public void DataFrameArithmeticAgreesWithLinq()
    {
        var frame = ReportDataset.Figures.ToDataFrame();

        var growth = frame.Filter(frame["key"].ElementwiseEquals("GdpGrowth"));
        var actual = growth.Filter(growth["kind"].ElementwiseEquals("Actual"));

        var expected = ReportDataset.Figures.Where(f => f.Key == "GdpGrowth" && f.Kind == FigureKind.Actual).Select(f => f.Value).ToList();
        Assert.That(actual.Rows.Count, Is.EqualTo(expected.Count).And.GreaterThan(2));
        Assert.That(Convert.ToDouble(actual["value"].Mean()), Is.EqualTo(expected.Average()).Within(1e-9));
    }

    [Test]
    public void FloatingPointWholeYearsAsFromCsvAreRead()
    {
        var figure = ReportDataset.Get("Quzhou.Y2023.GdpBillion");
        var frame = new[] { figure }.ToDataFrame();
        frame.Columns["year"] = new SingleDataFrameColumn("year", new float?[] { 2023f });
        frame.Columns["sourceYear"] = new DoubleDataFrameColumn("sourceYear", new double?[] { 2024 });

        Assert.That(frame.ToFigures(), Is.EqualTo(new[] { figure }));
    }

    [TestCase("unit", "Furlongs", "Row 0: 'Furlongs' in column unit is not a FigureUnit.")]
    [TestCase("unit", "5", "Row 0: '5' in column unit is not a FigureUnit.")]
    [TestCase("quote", null, "Row 0: column quote is null; a figure always has it.")]
    public void ABadValueIsRejectedWithItsRowAndColumn(string column, string? value, string message)
    {
        var frame = new[] { ReportDataset.Get("Quzhou.Y2023.GdpBillion") }.ToDataFrame();
        frame.Columns[column] = new StringDataFrameColumn(column, new[] { value });

        var error = Assert.Throws<FormatException>(() => frame.ToFigures());
        Assert.That(error!.Message, Is.EqualTo(message));
    }

    [Test]
    public void AFractionalYearIsRejected()
    {
        var frame = new[] { ReportDataset.Get("Quzhou.Y2023.GdpBillion") }.ToDataFrame();
        frame.Columns["year"] = new DoubleDataFrameColumn("year", new double?[] { 2023.5 });

        var error = Assert.Throws<FormatException>(() => frame.ToFigures());
        Assert.That(error!.Message, Is.EqualTo("Row 0: column year holds 2023.5 (Double), not a whole number."));
    }

    [Test]
    public void AMissingColumnIsNamed()
    {
        var frame = new[] { ReportDataset.Get("Quzhou.Y2023.GdpBillion") }.ToDataFrame();
        frame.Columns.Remove("bound");

        var error = Assert.Throws<FormatException>(() => frame.ToFigures());
        Assert.That(error!.Message, Is.EqualTo("The data frame has no column bound."));
    }
}
