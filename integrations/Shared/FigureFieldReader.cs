using System;
using System.Collections.Generic;
using System.Globalization;

namespace ReportData;

/// <summary>
/// Builds a <see cref="Figure"/> from one row of a table whose columns are named as <see cref="FigureCsv.Columns"/>:
/// the one place the satellite packages construct figures and reports (compiled into each of them).
/// </summary>
/// <remarks>
/// Values are checked, not cast: a row another tool wrote (a data frame read from CSV, a Parquet file that pandas
/// rewrote) may hold 64-bit or floating-point years, which are accepted when they are whole numbers. Enums must be
/// given by name. Every problem is a <see cref="FormatException"/> naming the row and the column.
/// </remarks>
internal readonly struct FigureFieldReader
{
    private readonly Func<string, object?> _value;
    private readonly long _row;

    /// <param name="value">The row's value in a column, by column name; null for a null.</param>
    /// <param name="row">The row's position, for error messages.</param>
    public FigureFieldReader(Func<string, object?> value, long row)
    {
        _value = value;
        _row = row;
    }

    /// <summary>The row as a figure.</summary>
    /// <param name="share">Returns one instance for equal reports, so that the figures of a report share it.</param>
    public Figure ToFigure(Func<ReportSource, ReportSource> share)
    {
        var source = share(new ReportSource(
            Text("sourcePlace"), Text("sourcePlaceName"), Enum<PlaceLevel>("sourceLevel"), OptionalInt("sourceYear") ?? throw Null("sourceYear"),
            OptionalText("sourceTitle"), Text("sourceTextFile"), Text("sourceYamlFile"),
            OptionalInt("sourceReviewsYear"), OptionalInt("sourceTargetsYear"),
            OptionalText("sourceDate"), OptionalText("sourceSession"), OptionalText("sourceSpeaker"), OptionalText("sourceAuthority")));
        return new Figure(
            Text("id"), Text("place"), OptionalInt("year"), OptionalText("horizon"), Text("key"),
            Enum<FigureKind>("kind"), Double("value"), OptionalDouble("valueHigh"), Enum<FigureUnit>("unit"),
            Text("printedValue"), Text("printedUnit"), OptionalText("correctedUnit"), Text("label"), Text("quote"),
            source, Boolean("isEstimate"), Enum<TargetBound>("bound"), Boolean("isDecline"), OptionalText("note"));
    }

    /// <summary>Throws unless <paramref name="columns"/> holds every column a figure needs.</summary>
    public static void CheckColumns(IEnumerable<string> columns, string container)
    {
        var present = new HashSet<string>(columns, StringComparer.Ordinal);
        foreach (var column in FigureCsv.Columns)
        {
            if (!present.Contains(column))
            {
                throw new FormatException($"The {container} has no column {column}.");
            }
        }
    }

    /// <summary>A new reference to <paramref name="source"/>'s first equal instance in <paramref name="reports"/>.</summary>
    public static ReportSource Share(Dictionary<ReportSource, ReportSource> reports, ReportSource source)
    {
        if (reports.TryGetValue(source, out var shared))
        {
            return shared;
        }

        reports.Add(source, source);
        return source;
    }

    private string Text(string column) => OptionalText(column) ?? throw Null(column);

    private string? OptionalText(string column) => _value(column) switch
    {
        null => null,
        string text => text,
        var other => throw WrongType(column, other, "text"),
    };

    private double Double(string column) => OptionalDouble(column) ?? throw Null(column);

    private double? OptionalDouble(string column) => _value(column) switch
    {
        null => null,
        double number => number,
        float number => number,
        int number => number,
        long number => number,
        var other => throw WrongType(column, other, "a number"),
    };

    private int? OptionalInt(string column) => _value(column) switch
    {
        null => null,
        int number => number,
        short number => number,
        long number when number is >= int.MinValue and <= int.MaxValue => (int)number,
        double number when number == Math.Floor(number) && number is >= int.MinValue and <= int.MaxValue => (int)number,
        float number when number == MathF.Floor(number) && number is >= int.MinValue and <= int.MaxValue => (int)number,
        var other => throw WrongType(column, other, "a whole number"),
    };

    private bool Boolean(string column) => _value(column) switch
    {
        null => throw Null(column),
        bool flag => flag,
        var other => throw WrongType(column, other, "true or false"),
    };

    private TEnum Enum<TEnum>(string column)
        where TEnum : struct, Enum
    {
        var name = Text(column);
        // By name only: a number is not a name these packages wrote, and Enum.TryParse would take it.
        if (name.Length > 0 && !char.IsAsciiDigit(name[0]) && name[0] != '-'
            && System.Enum.TryParse<TEnum>(name, ignoreCase: false, out var value) && System.Enum.IsDefined(value))
        {
            return value;
        }

        throw new FormatException($"Row {_row}: '{name}' in column {column} is not a {typeof(TEnum).Name}.");
    }

    private FormatException Null(string column) => new($"Row {_row}: column {column} is null; a figure always has it.");

    private FormatException WrongType(string column, object value, string expected) =>
        new($"Row {_row}: column {column} holds {Convert.ToString(value, CultureInfo.InvariantCulture)} ({value.GetType().Name}), not {expected}.");
}
