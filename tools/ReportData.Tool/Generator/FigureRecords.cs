using System;
using System.Globalization;
using ReportData.Authoring.Model;

namespace ReportData.Tool.Generator;

/// <summary>
/// Turns the generator's normalized figure model into the runtime's <see cref="Figure"/> records, field
/// for field as the generated code builds them (values as the generator's double literals, enums by
/// member name: the generator's enum copies have the runtime's names), so an export from YAML equals the library's export of the built dataset.
/// </summary>
internal static class FigureRecords
{
    public static ReportSource Source(ReportSpec report)
    {
        var info = report.Info;
        return new ReportSource(info.City, info.CityName, Enum<PlaceLevel>(info.Level.ToString()), info.Year, info.Title, info.TextFile, report.FileName, info.ReviewsYear, info.TargetsYear, info.Date, info.Session, info.Speaker, info.Authority);
    }

    public static Figure Figure(FigureSpec figure, ReportSource source) =>
        new(
            source.Place + "." + figure.RelativeId,
            source.Place,
            figure.Year,
            figure.Horizon,
            figure.Key,
            Enum<FigureKind>(figure.Kind.ToString()),
            Number(figure.Value),
            figure.ValueHigh is { } high ? Number(high) : null,
            Enum<FigureUnit>(figure.Unit.ToString()),
            figure.PrintedValue,
            figure.PrintedUnit,
            figure.CorrectedUnit,
            figure.Label,
            figure.Quote,
            source,
            figure.IsEstimate,
            Enum<TargetBound>(figure.Bound.ToString()),
            figure.IsDecline,
            figure.Note);

    /// <summary>The double the generated code holds: the compiler reads the generator's shortest exact literal.</summary>
    private static double Number(decimal value) =>
        double.Parse(ReportData.Authoring.Numbers.DecimalLiteral.Format(value), NumberStyles.Float, CultureInfo.InvariantCulture);

    private static TEnum Enum<TEnum>(string name)
        where TEnum : struct =>
        System.Enum.TryParse<TEnum>(name, ignoreCase: false, out var value)
            ? value
            : throw new InvalidOperationException($"The generator's model names {typeof(TEnum).Name}.{name}, which this version of the runtime lacks.");
}
