using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Parquet.Schema;
using Parquet.Serialization;

namespace ReportData;

/// <summary>
/// Figures as Apache Parquet: one row per figure in long format, with a typed schema that DuckDB, Spark,
/// pandas and polars read as it is (<c>select * from 'figures.parquet'</c>).
/// </summary>
/// <remarks>
/// <para>
/// The columns are <see cref="FigureCsv.Columns"/>, in that order: the figure's fields in camelCase, then its
/// report's prefixed <c>source</c>. Types: <c>value</c> and <c>valueHigh</c> DOUBLE; <c>year</c>, <c>sourceYear</c>,
/// <c>sourceReviewsYear</c> and <c>sourceTargetsYear</c> INT32; <c>isEstimate</c> and <c>isDecline</c> BOOLEAN; the rest
/// UTF-8 strings, with <c>kind</c>, <c>unit</c> and <c>bound</c> by enum name (<c>Target</c>, <c>BillionYuan</c>, <c>About</c>).
/// Columns a figure may lack (<c>year</c> of a multi-year goal, <c>valueHigh</c>, <c>note</c>, the report's title ...) are
/// optional and hold nulls; the others are required.
/// </para>
/// <para>Reading needs a seekable stream (Parquet keeps its schema at the end of the file).</para>
/// </remarks>
public static class FigureParquet
{
    /// <summary>Required columns for what every figure has, optional (nullable) ones for what it may lack.</summary>
    private static readonly ParquetSchema Schema = new(FigureColumns.All.Select(column => new DataField(column.Name, ClrType(column.Type), column.Nullable)));

    /// <summary>The columns of the file, in order (the same names and order as <see cref="FigureCsv.Columns"/>).</summary>
    public static IReadOnlyList<string> Columns => FigureCsv.Columns;

    /// <summary>Writes the figures, in this order, as a Parquet file to <paramref name="stream"/>, which is left open.</summary>
    /// <exception cref="ArgumentNullException">An argument, or one of the figures, is null.</exception>
    public static async Task WriteAsync(Stream stream, IEnumerable<Figure> figures, CancellationToken cancellationToken = default)
    {
        if (stream is null)
        {
            throw new ArgumentNullException(nameof(stream));
        }

        var rows = Rows(figures);
        await ParquetSerializer.SerializeUntypedAsync(rows, Schema, stream, cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Writes the figures as a Parquet file to <paramref name="stream"/>, which is left open; see <see cref="WriteAsync(Stream, IEnumerable{Figure}, CancellationToken)"/>.</summary>
    public static void Write(Stream stream, IEnumerable<Figure> figures) =>
        Wait(() => WriteAsync(stream, figures));

    /// <summary>Writes the figures as a Parquet file at <paramref name="path"/>, replacing any file there.</summary>
    public static void Write(string path, IEnumerable<Figure> figures)
    {
        if (path is null)
        {
            throw new ArgumentNullException(nameof(path));
        }

        using var stream = File.Create(path);
        Write(stream, figures);
    }

    /// <summary>Reads figures from a Parquet file this class wrote (or any file with its columns and types), in file order.</summary>
    /// <remarks>
    /// Columns are found by name, in any order, required or optional; integer columns may be 32- or 64-bit
    /// (as pandas writes them), numbers may be integers or floating point.
    /// </remarks>
    /// <exception cref="FormatException">A column is missing or of another type, a required field is null, or a
    /// <c>kind</c>, <c>unit</c> or <c>bound</c> is not the name of one of its enum's values.</exception>
    public static async Task<Figure[]> ReadAsync(Stream stream, CancellationToken cancellationToken = default)
    {
        if (stream is null)
        {
            throw new ArgumentNullException(nameof(stream));
        }

        // Untyped, so that a file another tool rewrote (DuckDB, pandas and Spark write optional columns, and
        // pandas 64-bit integers) reads as well as one this class wrote.
        var result = await ParquetSerializer.DeserializeUntypedAsync(stream, cancellationToken: cancellationToken).ConfigureAwait(false);
        FigureFieldReader.CheckColumns(result.Schema.Fields.Select(field => field.Name), "file");
        var reports = new Dictionary<ReportSource, ReportSource>();
        var figures = new Figure[result.Data.Count];
        for (var i = 0; i < figures.Length; i++)
        {
            // The untyped rows leave a null's column out.
            var row = result.Data[i];
            var fields = new FigureFieldReader(column => row.TryGetValue(column, out var value) ? value : null, i);
            figures[i] = fields.ToFigure(source => FigureFieldReader.Share(reports, source));
        }

        return figures;
    }

    /// <summary>Reads figures from a Parquet file; see <see cref="ReadAsync(Stream, CancellationToken)"/>.</summary>
    public static Figure[] Read(Stream stream) => Wait(() => ReadAsync(stream));

    /// <summary>Reads figures from the Parquet file at <paramref name="path"/>.</summary>
    public static Figure[] Read(string path)
    {
        if (path is null)
        {
            throw new ArgumentNullException(nameof(path));
        }

        using var stream = File.OpenRead(path);
        return Read(stream);
    }

    private static List<IDictionary<string, object?>> Rows(IEnumerable<Figure> figures)
    {
        if (figures is null)
        {
            throw new ArgumentNullException(nameof(figures));
        }

        var rows = new List<IDictionary<string, object?>>();
        foreach (var figure in figures)
        {
            if (figure is null)
            {
                throw new ArgumentNullException(nameof(figures), "The figures contain null.");
            }

            var row = new Dictionary<string, object?>(FigureColumns.All.Length, StringComparer.Ordinal);
            foreach (var column in FigureColumns.All)
            {
                row.Add(column.Name, column.Value(figure));
            }

            rows.Add(row);
        }

        return rows;
    }

    private static Type ClrType(FigureColumnType type) => type switch
    {
        FigureColumnType.Text => typeof(string),
        FigureColumnType.Int32 => typeof(int),
        FigureColumnType.Double => typeof(double),
        FigureColumnType.Boolean => typeof(bool),
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Not a column type."),
    };

    // Parquet.Net is asynchronous only. Its awaits use ConfigureAwait(false) on file and memory streams, but
    // running it on the thread pool keeps a caller with a synchronization context (a UI thread) from deadlocking.
    private static void Wait(Func<Task> start) => Task.Run(start).GetAwaiter().GetResult();

    private static T Wait<T>(Func<Task<T>> start) => Task.Run(start).GetAwaiter().GetResult();
}
