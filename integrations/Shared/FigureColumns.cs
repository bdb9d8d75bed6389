using System;

namespace ReportData;

/// <summary>The .NET type of a column's values (nullable columns hold null too).</summary>
internal enum FigureColumnType
{
    Text,
    Int32,
    Double,
    Boolean,
}

/// <summary>One column of a figure table: its name, type, whether it may hold null, and its value for a figure.</summary>
internal sealed class FigureColumn
{
    public FigureColumn(string name, FigureColumnType type, bool nullable, Func<Figure, object?> value)
    {
        Name = name;
        Type = type;
        Nullable = nullable;
        Value = value;
    }

    public string Name { get; }

    public FigureColumnType Type { get; }

    public bool Nullable { get; }

    public Func<Figure, object?> Value { get; }
}

/// <summary>
/// The columns of a figure table, named and ordered as <see cref="FigureCsv.Columns"/>: the one list the satellite
/// packages write from (compiled into each of them). Enums are written by name; <see cref="FigureFieldReader"/> reads back.
/// </summary>
internal static class FigureColumns
{
    public static readonly FigureColumn[] All =
    {
        Text("id", f => f.Id),
        Text("place", f => f.Place),
        Text("level", f => f.Level.ToString()),
        Int("year", f => f.Year, nullable: true),
        Text("horizon", f => f.Horizon, nullable: true),
        Text("key", f => f.Key),
        Text("kind", f => f.Kind.ToString()),
        Double("value", f => f.Value),
        Double("valueHigh", f => f.ValueHigh, nullable: true),
        Text("unit", f => f.Unit.ToString()),
        Text("printedValue", f => f.PrintedValue),
        Text("printedUnit", f => f.PrintedUnit),
        Text("correctedUnit", f => f.CorrectedUnit, nullable: true),
        Text("label", f => f.Label),
        Text("quote", f => f.Quote),
        Boolean("isEstimate", f => f.IsEstimate),
        Text("bound", f => f.Bound.ToString()),
        Boolean("isDecline", f => f.IsDecline),
        Text("note", f => f.Note, nullable: true),
        Text("sourcePlace", f => f.Source.Place),
        Text("sourcePlaceName", f => f.Source.PlaceName),
        Text("sourceLevel", f => f.Source.Level.ToString()),
        Int("sourceYear", f => f.Source.Year),
        Text("sourceTitle", f => f.Source.Title, nullable: true),
        Text("sourceTextFile", f => f.Source.TextFile),
        Text("sourceYamlFile", f => f.Source.YamlFile),
        Int("sourceReviewsYear", f => f.Source.ReviewsYear, nullable: true),
        Int("sourceTargetsYear", f => f.Source.TargetsYear, nullable: true),
        Text("sourceDate", f => f.Source.Date, nullable: true),
        Text("sourceSession", f => f.Source.Session, nullable: true),
        Text("sourceSpeaker", f => f.Source.Speaker, nullable: true),
        Text("sourceAuthority", f => f.Source.Authority, nullable: true),
    };

    private static FigureColumn Text(string name, Func<Figure, string?> value, bool nullable = false) =>
        new(name, FigureColumnType.Text, nullable, value);

    private static FigureColumn Int(string name, Func<Figure, int?> value, bool nullable = false) =>
        new(name, FigureColumnType.Int32, nullable, f => value(f));

    private static FigureColumn Double(string name, Func<Figure, double?> value, bool nullable = false) =>
        new(name, FigureColumnType.Double, nullable, f => value(f));

    private static FigureColumn Boolean(string name, Func<Figure, bool> value) =>
        new(name, FigureColumnType.Boolean, nullable: false, f => value(f));
}
