using System.Globalization;

namespace ReportData.Tests.Infrastructure;

/// <summary>
/// Figures built in memory for tests of places and targets, as the generator would build them from a report's YAML:
/// a national report (China, 中国) and the city reports of Quzhou and Jinhua, one report per place and year.
/// </summary>
public static class PlaceFigures
{
    /// <summary>A figure of the State Council's report delivered the year after <paramref name="year"/> (actual) or in it (target).</summary>
    public static Figure National(string key, int year, FigureKind kind, double value, TargetBound bound = TargetBound.None, bool decline = false) =>
        Of("China", "中国", PlaceLevel.National, key, year, kind, value, bound, decline);

    /// <summary>A figure of a place's report, in percent (the unit of every headline growth rate and ratio).</summary>
    public static Figure Of(string place, string placeName, PlaceLevel level, string key, int year, FigureKind kind, double value, TargetBound bound = TargetBound.None, bool decline = false)
    {
        var delivered = kind == FigureKind.Target ? year : year + 1;
        var text = delivered.ToString(CultureInfo.InvariantCulture);
        var source = new ReportSource(place, placeName, level, delivered, null, place.ToLowerInvariant() + "-" + text + ".txt", place.ToLowerInvariant() + "-" + text + ".report.yaml", delivered - 1, delivered, null, null, null);
        var id = place + ".Y" + year.ToString(CultureInfo.InvariantCulture) + (kind == FigureKind.Target ? ".Targets." : ".") + key + "Percent";
        var printed = System.Math.Abs(value).ToString(CultureInfo.InvariantCulture);
        return new Figure(id, place, year, null, key, kind, value, null, FigureUnit.Percent, printed, "%", null, key, key + printed + "%", source, false, bound, decline, null);
    }
}
