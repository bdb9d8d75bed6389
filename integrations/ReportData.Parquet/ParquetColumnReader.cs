using System;
using System.Collections.Generic;
using System.Globalization;

namespace ReportData;

/// <summary>Turns one untyped Parquet row (column name to value) into a <see cref="ParquetFigureRow"/>, checking every column.</summary>
internal static class ParquetColumnReader
{
    /// <summary>Throws unless the file has every column a figure needs (the untyped rows leave nulls out, so they cannot tell).</summary>
    public static void CheckColumns(IEnumerable<string> fileColumns)
    {
        var present = new HashSet<string>(fileColumns, StringComparer.Ordinal);
        foreach (var column in FigureCsv.Columns)
        {
            if (!present.Contains(column))
            {
                throw new FormatException($"The file has no column {column}.");
            }
        }
    }

    public static ParquetFigureRow Row(IDictionary<string, object> columns, long row)
    {
        var read = new Reader(columns, row);
        return new ParquetFigureRow
        {
            Id = read.Text("id"),
            City = read.Text("city"),
            Year = read.OptionalInt("year"),
            Horizon = read.OptionalText("horizon"),
            Key = read.Text("key"),
            Kind = read.Text("kind"),
            Value = read.Double("value"),
            ValueHigh = read.OptionalDouble("valueHigh"),
            Unit = read.Text("unit"),
            PrintedValue = read.Text("printedValue"),
            PrintedUnit = read.Text("printedUnit"),
            CorrectedUnit = read.OptionalText("correctedUnit"),
            Label = read.Text("label"),
            Quote = read.Text("quote"),
            IsEstimate = read.Boolean("isEstimate"),
            Bound = read.Text("bound"),
            IsDecline = read.Boolean("isDecline"),
            Note = read.OptionalText("note"),
            SourceCity = read.Text("sourceCity"),
            SourceCityName = read.Text("sourceCityName"),
            SourceYear = read.OptionalInt("sourceYear") ?? throw read.Null("sourceYear"),
            SourceTitle = read.OptionalText("sourceTitle"),
            SourceTextFile = read.Text("sourceTextFile"),
            SourceYamlFile = read.Text("sourceYamlFile"),
            SourceReviewsYear = read.OptionalInt("sourceReviewsYear"),
            SourceTargetsYear = read.OptionalInt("sourceTargetsYear"),
            SourceDate = read.OptionalText("sourceDate"),
            SourceSession = read.OptionalText("sourceSession"),
            SourceSpeaker = read.OptionalText("sourceSpeaker"),
        };
    }

    private readonly struct Reader
    {
        private readonly IDictionary<string, object> _columns;
        private readonly long _row;

        public Reader(IDictionary<string, object> columns, long row)
        {
            _columns = columns;
            _row = row;
        }

        public string Text(string column) => OptionalText(column) ?? throw Null(column);

        public string? OptionalText(string column) => Get(column) switch
        {
            null => null,
            string text => text,
            var other => throw WrongType(column, other, "a string"),
        };

        public double Double(string column) => OptionalDouble(column) ?? throw Null(column);

        public double? OptionalDouble(string column) => Get(column) switch
        {
            null => null,
            double number => number,
            float number => number,
            int number => number,
            long number => number,
            var other => throw WrongType(column, other, "a number"),
        };

        public int? OptionalInt(string column) => Get(column) switch
        {
            null => null,
            int number => number,
            long number when number is >= int.MinValue and <= int.MaxValue => (int)number,
            short number => number,
            var other => throw WrongType(column, other, "a 32-bit integer"),
        };

        public bool Boolean(string column) => Get(column) switch
        {
            null => throw Null(column),
            bool flag => flag,
            var other => throw WrongType(column, other, "a boolean"),
        };

        public FormatException Null(string column) => new($"Row {_row}: column {column} is null; a figure always has it.");

        // A null leaves its column out of the row.
        private object? Get(string column) => _columns.TryGetValue(column, out var value) ? value : null;

        private FormatException WrongType(string column, object value, string expected) =>
            new($"Row {_row}: column {column} holds {Convert.ToString(value, CultureInfo.InvariantCulture)} ({value.GetType().Name}), not {expected}.");
    }
}
