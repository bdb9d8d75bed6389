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

        return new DataFrame(FigureColumns.All.Select(column => Column(column, rows)));
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

    private static DataFrameColumn Column(FigureColumn column, List<Figure> rows) => column.Type switch
    {
        FigureColumnType.Text => new StringDataFrameColumn(column.Name, rows.Select(f => (string?)column.Value(f))),
        FigureColumnType.Int32 => new Int32DataFrameColumn(column.Name, rows.Select(f => (int?)column.Value(f))),
        FigureColumnType.Double => new DoubleDataFrameColumn(column.Name, rows.Select(f => (double?)column.Value(f))),
        FigureColumnType.Boolean => new BooleanDataFrameColumn(column.Name, rows.Select(f => (bool?)column.Value(f))),
        _ => throw new ArgumentOutOfRangeException(nameof(column), column.Type, "Not a column type."),
    };
}
