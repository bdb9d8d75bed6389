using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Data.Analysis;

namespace ReportData;

/// <summary>
/// Figures as a <see cref="DataFrame"/> (Microsoft.Data.Analysis) in long format, one row per figure, and back.
/// </summary>
/// <remarks>
/// The columns are <see cref="FigureCsv.Columns"/>, in that order: the figure's fields in camelCase, then its
/// report's prefixed <c>source</c>. <c>value</c> and <c>valueHigh</c> are <see cref="DoubleDataFrameColumn"/>s;
/// <c>year</c>, <c>sourceYear</c>, <c>sourceReviewsYear</c> and <c>sourceTargetsYear</c> <see cref="Int32DataFrameColumn"/>s;
/// <c>isEstimate</c> and <c>isDecline</c> <see cref="BooleanDataFrameColumn"/>s; the rest <see cref="StringDataFrameColumn"/>s,
/// with <c>kind</c>, <c>unit</c> and <c>bound</c> by enum name (<c>Target</c>, <c>BillionYuan</c>, <c>About</c>). What a figure
/// may lack (the <c>year</c> of a multi-year goal, <c>valueHigh</c>, <c>note</c> ...) is null.
/// </remarks>
public static class FigureDataFrame
{
    /// <summary>The figures, in this order, as a data frame with a row per figure.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="figures"/> or one of them is null.</exception>
    public static DataFrame ToDataFrame(this IEnumerable<Figure> figures)
    {
        if (figures is null)
        {
            throw new ArgumentNullException(nameof(figures));
        }

        var rows = figures.ToList();
        if (rows.Contains(null!))
        {
            throw new ArgumentNullException(nameof(figures), "The figures contain null.");
        }

        return new DataFrame(
            Text("id", rows, f => f.Id),
            Text("city", rows, f => f.City),
            Int("year", rows, f => f.Year),
            Text("horizon", rows, f => f.Horizon),
            Text("key", rows, f => f.Key),
            Text("kind", rows, f => f.Kind.ToString()),
            Double("value", rows, f => f.Value),
            Double("valueHigh", rows, f => f.ValueHigh),
            Text("unit", rows, f => f.Unit.ToString()),
            Text("printedValue", rows, f => f.PrintedValue),
            Text("printedUnit", rows, f => f.PrintedUnit),
            Text("correctedUnit", rows, f => f.CorrectedUnit),
            Text("label", rows, f => f.Label),
            Text("quote", rows, f => f.Quote),
            Boolean("isEstimate", rows, f => f.IsEstimate),
            Text("bound", rows, f => f.Bound.ToString()),
            Boolean("isDecline", rows, f => f.IsDecline),
            Text("note", rows, f => f.Note),
            Text("sourceCity", rows, f => f.Source.City),
            Text("sourceCityName", rows, f => f.Source.CityName),
            Int("sourceYear", rows, f => f.Source.Year),
            Text("sourceTitle", rows, f => f.Source.Title),
            Text("sourceTextFile", rows, f => f.Source.TextFile),
            Text("sourceYamlFile", rows, f => f.Source.YamlFile),
            Int("sourceReviewsYear", rows, f => f.Source.ReviewsYear),
            Int("sourceTargetsYear", rows, f => f.Source.TargetsYear),
            Text("sourceDate", rows, f => f.Source.Date),
            Text("sourceSession", rows, f => f.Source.Session),
            Text("sourceSpeaker", rows, f => f.Source.Speaker));
    }

    /// <summary>
    /// The rows of <paramref name="dataFrame"/> as figures, in row order. Columns are found by name (extra
    /// columns are ignored); years may be any whole numbers (a frame read from CSV holds floating-point ones).
    /// </summary>
    /// <exception cref="FormatException">A column is missing or holds another type, a required field is null, or a
    /// <c>kind</c>, <c>unit</c> or <c>bound</c> is not the name of one of its enum's values.</exception>
    public static Figure[] ToFigures(this DataFrame dataFrame)
    {
        if (dataFrame is null)
        {
            throw new ArgumentNullException(nameof(dataFrame));
        }

        FigureFieldReader.CheckColumns(dataFrame.Columns.Select(column => column.Name), "data frame");
        var columns = FigureCsv.Columns.ToDictionary(name => name, name => dataFrame.Columns[name], StringComparer.Ordinal);
        var reports = new Dictionary<ReportSource, ReportSource>();
        var figures = new Figure[dataFrame.Rows.Count];
        for (var i = 0; i < figures.Length; i++)
        {
            var row = i;
            var fields = new FigureFieldReader(name => columns[name][row], row);
            figures[i] = fields.ToFigure(source => FigureFieldReader.Share(reports, source));
        }

        return figures;
    }

    private static StringDataFrameColumn Text(string name, List<Figure> rows, Func<Figure, string?> select) =>
        new(name, rows.Select(select));

    private static Int32DataFrameColumn Int(string name, List<Figure> rows, Func<Figure, int?> select) =>
        new(name, rows.Select(select));

    private static DoubleDataFrameColumn Double(string name, List<Figure> rows, Func<Figure, double?> select) =>
        new(name, rows.Select(select));

    private static BooleanDataFrameColumn Boolean(string name, List<Figure> rows, Func<Figure, bool?> select) =>
        new(name, rows.Select(select));
}
