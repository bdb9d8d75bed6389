using System;
using System.Globalization;
using ReportData.Generator.Model;

namespace ReportData.Tool.Generator;

/// <summary>
/// Turns the generator's normalized figure model into the runtime's <see cref="Figure"/> records, field
/// for field as the generated decoder builds them (value text through <see cref="double.Parse(string, NumberStyles, IFormatProvider)"/>,
/// enums by member name), so an export from YAML equals the library's export of the built dataset.
/// </summary>
internal static class FigureRecords
{
    public static ReportSource Source(ReportSpec report)
    {
        var info = report.Info;
        return new ReportSource(info.City, info.CityName, info.Year, info.Title, info.TextFile, report.FileName, info.ReviewsYear, info.TargetsYear, info.Date, info.Session, info.Speaker);
    }

    public static Figure Figure(FigureSpec figure, ReportSource source) =>
        new(
            source.City + "." + figure.RelativeId,
            source.City,
            figure.Year,
            figure.Horizon,
            figure.Key,
            Enum<FigureKind>(figure.Kind),
            Number(figure.Value),
            figure.ValueHigh is null ? null : Number(figure.ValueHigh),
            Enum<FigureUnit>(figure.Unit),
            figure.PrintedValue,
            figure.PrintedUnit,
            figure.CorrectedUnit,
            figure.Label,
            figure.Quote,
            source,
            figure.IsEstimate,
            Enum<TargetBound>(figure.Bound),
            figure.IsDecline,
            figure.Note);

    private static double Number(string literal) => double.Parse(literal, NumberStyles.Float, CultureInfo.InvariantCulture);

    private static TEnum Enum<TEnum>(string name)
        where TEnum : struct =>
        System.Enum.TryParse<TEnum>(name, ignoreCase: false, out var value)
            ? value
            : throw new InvalidOperationException($"The generator's model names {typeof(TEnum).Name}.{name}, which this version of the runtime lacks.");
}
