using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace ReportData;

/// <summary>
/// A citation of the report a figure comes from, for papers that use the number: the report's title, the
/// government that delivered it (国务院 for the national report, the city's people's government for a city's), the year and date, the text file it was checked against, and the quote.
/// Get one with <see cref="FigureCitations.Cite(Figure)"/>; write it as plain text (<see cref="ToString"/>) or as
/// CSL-JSON (<see cref="ToCslJson"/>) for Zotero, pandoc and citeproc.
/// </summary>
/// <param name="Id">A key for the citation: <c>ReportData:</c> and the figure's id (<c>ReportData:Quzhou.Y2023.GdpBillion</c>).</param>
/// <param name="Title">The report's title; where the YAML gives none, 政府工作报告 after the year and place (<c>2024年衢州市政府工作报告</c>, <c>2023年国务院政府工作报告</c>).</param>
/// <param name="Authority">
/// Who delivered it: the report's <see cref="ReportSource.Authority"/> where its YAML names one, else by its level: 国务院 for the
/// national report, the people's government of the province, city (<c>衢州市人民政府</c>), district or county otherwise.
/// </param>
/// <param name="Place">The place's English name (<c>Quzhou</c>, <c>China</c>).</param>
/// <param name="PlaceName">The place's name as printed (<c>衢州</c>, <c>中国</c>).</param>
/// <param name="Year">The year the report was delivered.</param>
/// <param name="Month">The month of delivery where the report's date is known, else null.</param>
/// <param name="Day">The day of delivery where the report's date is known, else null.</param>
/// <param name="Session">The congress session it was delivered at, where known.</param>
/// <param name="Speaker">The speaker, where known.</param>
/// <param name="TextFile">The file of the report text the quote was checked against (in the dataset's <c>seeds/</c>).</param>
/// <param name="Quote">The exact passage the figure comes from.</param>
/// <param name="FigureId">The figure's id.</param>
public sealed record FigureCitation(
    string Id,
    string Title,
    string Authority,
    string Place,
    string PlaceName,
    int Year,
    int? Month,
    int? Day,
    string? Session,
    string? Speaker,
    string TextFile,
    string Quote,
    string FigureId)
{
    /// <summary>The genre CSL-JSON gives the report: 政府工作报告 (government work report).</summary>
    public const string Genre = "政府工作报告";

    /// <summary>The prefix of <see cref="Id"/>.</summary>
    public const string IdPrefix = "ReportData:";

    /// <summary>The same as <see cref="Place"/>: the name code written when every report was a city's reads.</summary>
    public string City => Place;

    /// <summary>The same as <see cref="PlaceName"/>: the name code written when every report was a city's reads.</summary>
    public string CityName => PlaceName;

    /// <summary>The citation of <paramref name="figure"/>'s report, with its quote.</summary>
    public static FigureCitation Of(Figure figure)
    {
        if (figure is null)
        {
            throw new ArgumentNullException(nameof(figure));
        }

        var source = figure.Source;
        var (month, day) = MonthAndDay(source.Date, source.Year);
        var government = source.Level == PlaceLevel.National ? NationalAuthority : WithSuffix(source.PlaceName, source.Level) + "人民政府";
        var author = string.IsNullOrWhiteSpace(source.Authority) ? government : source.Authority!;
        var titlePlace = source.Level == PlaceLevel.National ? NationalAuthority : WithSuffix(source.PlaceName, source.Level);
        return new FigureCitation(
            IdPrefix + figure.Id,
            string.IsNullOrWhiteSpace(source.Title) ? source.Year.ToString(CultureInfo.InvariantCulture) + "年" + titlePlace + Genre : source.Title!,
            author,
            source.Place,
            source.PlaceName,
            source.Year,
            month,
            day,
            source.Session,
            source.Speaker,
            source.TextFile,
            figure.Quote,
            figure.Id);
    }

    /// <summary>
    /// The citation as plain text, one line: authority, title, place and date, session and speaker where known, the
    /// quote, and where it was checked. <c>衢州市人民政府. 2014 年浙江省衢州市政府工作报告. 衢州, 2014-02-26. 衢州市第六届人民代表大会第五次会议; 衢州市市长 沈仁康. “全市实现生产总值 1056.6 亿元”. ReportData Quzhou.Y2013.GdpBillion (001_1ea55c675015e980.txt).</c>
    /// </summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append(Authority).Append(". ").Append(Title).Append(". ").Append(PlaceName).Append(", ").Append(IssuedText()).Append('.');
        var occasion = new[] { Session, Speaker }.Where(part => !string.IsNullOrWhiteSpace(part)).ToArray();
        if (occasion.Length > 0)
        {
            text.Append(' ').Append(string.Join("; ", occasion)).Append('.');
        }

        text.Append(" “").Append(Quote).Append("”. ReportData ").Append(FigureId).Append(" (").Append(TextFile).Append(").");
        return text.ToString();
    }

    /// <summary>The citation as a CSL-JSON array of one item; see <see cref="FigureCitations.ToCslJson"/>.</summary>
    public string ToCslJson(bool indented = false) => CslJson.Write(new[] { this }, indented);

    /// <summary>The date as known: <c>2014-02-26</c>, or the year alone.</summary>
    public string IssuedText() => Month is null
        ? Year.ToString(CultureInfo.InvariantCulture)
        : Day is null
            ? string.Format(CultureInfo.InvariantCulture, "{0:D4}-{1:D2}", Year, Month)
            : string.Format(CultureInfo.InvariantCulture, "{0:D4}-{1:D2}-{2:D2}", Year, Month, Day);

    /// <summary>The month and day of an ISO date (<c>2014-02-26</c>) in the report's year; anything else gives neither.</summary>
    private static (int? Month, int? Day) MonthAndDay(string? date, int year)
    {
        if (date is not null
            && DateTime.TryParseExact(date.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)
            && parsed.Year == year)
        {
            return (parsed.Month, parsed.Day);
        }

        return (null, null);
    }

    /// <summary>The State Council (国务院), which delivers the national report.</summary>
    public const string NationalAuthority = "国务院";

    /// <summary>
    /// The name with the suffix of its level where it lacks one of the level's suffixes: 衢州 → 衢州市, 浙江 → 浙江省, a district
    /// → …区, a county → …县. A name that already ends in one stays as it is (北京市, 广西壮族自治区, 义乌市 as a county-level city).
    /// </summary>
    private static string WithSuffix(string name, PlaceLevel level)
    {
        var (suffixes, added) = level switch
        {
            PlaceLevel.Province => (new[] { "省", "市", "自治区" }, "省"),
            PlaceLevel.District => (new[] { "区" }, "区"),
            PlaceLevel.County => (new[] { "县", "市", "旗" }, "县"),
            _ => (new[] { "市", "自治州", "盟", "地区" }, "市"),
        };
        return suffixes.Any(suffix => name.EndsWith(suffix, StringComparison.Ordinal)) ? name : name + added;
    }
}

/// <summary>Citations of figures' reports: <c>figure.Cite()</c>, and CSL-JSON for many figures at once.</summary>
public static class FigureCitations
{
    /// <summary>The citation of the figure's report, with its quote (<see cref="FigureCitation.Of"/>).</summary>
    public static FigureCitation Cite(this Figure figure) => FigureCitation.Of(figure);

    /// <summary>
    /// A CSL-JSON array with one item per figure (type <c>report</c>; title, author and publisher the city's government,
    /// publisher-place, issued as date-parts, genre, event-title for the session, note the quote, archive and
    /// archive_location the dataset and text file). Chinese is written as UTF-8, not as <c>\u</c> escapes.
    /// </summary>
    public static string ToCslJson(IEnumerable<Figure> figures, bool indented = false)
    {
        if (figures is null)
        {
            throw new ArgumentNullException(nameof(figures));
        }

        return CslJson.Write(figures.Select(FigureCitation.Of).ToArray(), indented);
    }
}
