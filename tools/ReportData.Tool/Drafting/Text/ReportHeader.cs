using System.Globalization;
using System.Text.RegularExpressions;
using ReportData.Authoring.Numbers;
using ReportData.Authoring.Shared;

namespace ReportData.Tool.Drafting;

/// <summary>
/// The metadata a report prints in its header (title, date of delivery, congress session, speaker),
/// read from its first lines only, and only what is printed there: nothing is made up.
/// </summary>
/// <param name="Place">The place whose congress the header names, as printed (安徽省, 广西壮族自治区, 海拉尔区, 衢州市), or null.</param>
/// <param name="Level">The level of government the header names (<c>national</c>, <c>province</c>, <c>city</c>, <c>district</c>, <c>county</c>), or null.</param>
public sealed record ReportHeader(string? Title, int? Year, string? Date, string? Session, string? Speaker, string? CityName, string? Place = null, string? Level = null)
{
    /// <summary>The directly governed cities, whose reports are a province's (北京市, 天津市, 上海市, 重庆市).</summary>
    private static readonly string[] DirectlyGoverned = { "北京市", "天津市", "上海市", "重庆市" };

    /// <summary>How far into the text the header may reach: the opening lines before 各位代表.</summary>
    private const int HeaderCharacters = 400;

    private static readonly Regex DatePattern = new(@"((?:19|20)[0-9][0-9])\s*年\s*([0-9]{1,2})\s*月\s*([0-9]{1,2})\s*日", RegexOptions.CultureInvariant);

    private static readonly Regex SessionPattern = new(@"(([\p{IsCJKUnifiedIdeographs}-[在日于]]{1,12}?(?:市|州|盟|区|县|旗|省))\s*(?:第[一二三四五六七八九十]+届\s*人民代表大会\s*第[一二三四五六七八九十]+次会议|[一二三四五六七八九十]+届人大[一二三四五六七八九十]+次会议)|第[一二三四五六七八九十]+届\s*全国人民代表大会\s*第[一二三四五六七八九十]+次会议)", RegexOptions.CultureInvariant);

    /// <summary>
    /// Whom the speaker represents, in the report's opening sentence (现在，我代表国务院，向大会报告…; 我代表省人民政府): the level of
    /// government where the header prints no congress.
    /// </summary>
    private static readonly Regex OnBehalfOf = new(@"我代表(国务院|自治区人民政府|省人民政府|市人民政府|区人民政府|县人民政府|旗人民政府|州人民政府|盟人民政府)", RegexOptions.CultureInvariant);

    /// <summary>How far into the text the opening sentence may stand.</summary>
    private const int OpeningCharacters = 800;

    /// <summary>
    /// Who delivered the report: a head of government's title (国务院总理, 安徽省人民政府省长, 浙江省代省长, 自治区主席, 海拉尔区人民政府区长)
    /// and a name of two to four characters, one blank inside it allowed (李　强), or a name with a middle dot (艾尔肯·吐尼亚孜),
    /// on the same line or the next, before a line's end, 作 or 在.
    /// </summary>
    private static readonly Regex SpeakerPattern = new(
        @"((?:国务院总理|(?:[\p{IsCJKUnifiedIdeographs}-[上在议日于]]{1,12}?(?:省|市|州|盟|区|县|旗)(?:人民政府)?)?(?:代理|代)?(?:省长|市长|州长|盟长|区长|县长|旗长|主席)))[ 　\u00a0]*(?:\r?\n[ 　\u00a0]*)?([\p{IsCJKUnifiedIdeographs}]{1,6}·[\p{IsCJKUnifiedIdeographs}]{1,8}|[\p{IsCJKUnifiedIdeographs}](?:[ 　\u00a0]?[\p{IsCJKUnifiedIdeographs}]){1,3}?)(?:同志)?[ 　\u00a0]*(?=\r?\n|$|作|在)",
        RegexOptions.CultureInvariant | RegexOptions.Multiline);

    private static readonly Regex TitlePattern = new(@"^[\s#]*([^\s#][^\n]{0,40}?政府工作报告)\s*$", RegexOptions.CultureInvariant | RegexOptions.Multiline);

    private static readonly Regex TitleYearPattern = new(@"((?:19|20)[0-9][0-9])\s*年", RegexOptions.CultureInvariant);

    /// <summary>
    /// The report's year from its headings where the header does not print it: the review heading's
    /// year plus one (一、2023年工作回顾), or the year of this year's work (二、2024年目标任务).
    /// </summary>
    public static int? YearFromHeadings(string text)
    {
        var afterPlanHeading = false;
        foreach (var line in text.Split('\n'))
        {
            var heading = Cues.Normalize(line);
            if (afterPlanHeading && TitleYearPattern.Match(heading) is { Success: true, Index: 0 } opening && heading.Substring(opening.Length).StartsWith("是", System.StringComparison.Ordinal))
            {
                // 二、今年经济社会发展的总体要求 … 2013年是全面贯彻落实党的十八大精神的开局之年: the year the heading calls 今年.
                return int.Parse(opening.Groups[1].Value, CultureInfo.InvariantCulture);
            }

            if (heading.Length == 0 || heading.Length > 40 || heading.Contains("。"))
            {
                continue;
            }

            afterPlanHeading |= heading.Contains("今年");
            if (TitleYearPattern.Match(heading) is not { Success: true } match)
            {
                continue;
            }

            var year = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
            if (heading.Contains("回顾"))
            {
                return year + 1;
            }

            if (heading.Contains("目标") || heading.Contains("任务") || heading.Contains("重点工作") || heading.Contains("总体要求") || heading.Contains("政府工作报告")
                || heading.Contains("工作安排") || heading.EndsWith("年的工作", System.StringComparison.Ordinal) || heading.Contains("总体部署"))
            {
                return year;
            }
        }

        return null;
    }

    public static ReportHeader Read(string text)
    {
        var head = text.Length > HeaderCharacters ? text.Substring(0, HeaderCharacters) : text;
        var opening = head.IndexOf("各位代表", System.StringComparison.Ordinal);
        if (opening >= 0)
        {
            head = head.Substring(0, opening);
        }

        var title = TitlePattern.Match(head) is { Success: true } t ? t.Groups[1].Value.Trim() : null;
        int? year = null;
        string? date = null;
        var digits = ChineseNumeralDates.YearsToDigits(PrintedDigits.ToAscii(head));
        (int Year, int Month, int Day)? printed = DatePattern.Match(digits) is { Success: true } d
            ? (int.Parse(d.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(d.Groups[2].Value, CultureInfo.InvariantCulture), int.Parse(d.Groups[3].Value, CultureInfo.InvariantCulture))
            : NumeralDate(digits);
        if (printed is var (y, m, day))
        {
            if (m is >= 1 and <= 12 && day is >= 1 and <= 31)
            {
                date = string.Format(CultureInfo.InvariantCulture, "{0:D4}-{1:D2}-{2:D2}", y, m, day);
                year = y;
            }
        }

        if (year is null && title is not null && TitleYearPattern.Match(ChineseNumeralDates.YearsToDigits(PrintedDigits.ToAscii(title))) is { Success: true } ty)
        {
            year = int.Parse(ty.Groups[1].Value, CultureInfo.InvariantCulture);
        }

        var sessionMatch = SessionPattern.Match(head);
        var session = sessionMatch.Success ? Regex.Replace(sessionMatch.Groups[1].Value, @"\s", string.Empty) : null;
        var place = sessionMatch.Success && sessionMatch.Groups[2].Success ? sessionMatch.Groups[2].Value : null;
        string? speaker = null;
        if (SpeakerPattern.Match(head) is { Success: true } sp)
        {
            speaker = sp.Groups[1].Value + " " + Regex.Replace(sp.Groups[2].Value, "[ 　\u00a0]", string.Empty);
        }

        var behalfOf = OnBehalfOf.Match(text.Length > OpeningCharacters ? text.Substring(0, OpeningCharacters) : text) is { Success: true } behalf ? behalf.Groups[1].Value : null;
        var national = session is not null && place is null || head.Contains("国务院总理") || place is null && behalfOf == "国务院";
        var level = national ? "national" : place is not null ? LevelOf(place) : behalfOf is null ? null : LevelOf(behalfOf.Replace("人民政府", string.Empty));
        var cityName = national ? "中国" : place is null ? null : NameOf(place, level!);
        return new ReportHeader(title, year, date, session, speaker, cityName, national ? null : place, level);
    }

    /// <summary>
    /// The level of government of a place as its congress names it: a province, an autonomous region (…自治区) or a directly
    /// governed city (上海市) is <c>province</c>; …区 a district, …县 or …旗 a county; any other …市, …州 or …盟 a city (a county-level
    /// city reads as a city: the name does not tell).
    /// </summary>
    private static string LevelOf(string place) =>
        place.EndsWith("省", System.StringComparison.Ordinal) || place.EndsWith("自治区", System.StringComparison.Ordinal) || System.Array.IndexOf(DirectlyGoverned, place) >= 0 ? "province"
        : place == "市" ? "city"
        : place.EndsWith("区", System.StringComparison.Ordinal) ? "district"
        : place.EndsWith("县", System.StringComparison.Ordinal) || place.EndsWith("旗", System.StringComparison.Ordinal) ? "county"
        : "city";

    /// <summary>
    /// The place's name as the dataset gives it: without 省 or 市 (安徽, 上海, 衢州), whole otherwise (广西壮族自治区, 海拉尔区); a
    /// city named with its province (浙江省衢州市) without the province.
    /// </summary>
    private static string NameOf(string place, string level)
    {
        if (level == "city" && place.IndexOf('省') is var province and > 0 && province < place.Length - 2)
        {
            place = place.Substring(province + 1);
        }

        return (level is "province" or "city") && place.Length > 2 && (place.EndsWith("省", System.StringComparison.Ordinal) || place.EndsWith("市", System.StringComparison.Ordinal))
            ? place.Substring(0, place.Length - 1)
            : place;
    }

    /// <summary>A date whose month and day are printed in numerals (2025年一月十四日, its year already in digits), or null.</summary>
    private static (int Year, int Month, int Day)? NumeralDate(string head)
    {
        foreach (Match year in TitleYearPattern.Matches(head))
        {
            var at = year.Index + year.Groups[1].Length;
            if (ChineseNumeralDates.MonthAndDayAfter(head, at) is var (month, day))
            {
                return (int.Parse(year.Groups[1].Value, CultureInfo.InvariantCulture), month, day);
            }
        }

        return null;
    }
}
