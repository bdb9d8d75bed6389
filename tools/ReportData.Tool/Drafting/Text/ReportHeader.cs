using System.Globalization;
using System.Text.RegularExpressions;
using ReportData.Authoring.Numbers;
using ReportData.Authoring.Shared;

namespace ReportData.Tool.Drafting;

/// <summary>
/// The metadata a report prints in its header (title, date of delivery, congress session, speaker),
/// read from its first lines only, and only what is printed there: nothing is made up.
/// </summary>
public sealed record ReportHeader(string? Title, int? Year, string? Date, string? Session, string? Speaker, string? CityName)
{
    /// <summary>How far into the text the header may reach: the opening lines before 各位代表.</summary>
    private const int HeaderCharacters = 400;

    private static readonly Regex DatePattern = new(@"((?:19|20)[0-9][0-9])\s*年\s*([0-9]{1,2})\s*月\s*([0-9]{1,2})\s*日", RegexOptions.CultureInvariant);

    private static readonly Regex SessionPattern = new(@"([\p{IsCJKUnifiedIdeographs}-[在日于]]{1,12}?(?:市|州|盟|区|县)(?:第[一二三四五六七八九十]+届人民代表大会第[一二三四五六七八九十]+次会议|[一二三四五六七八九十]+届人大[一二三四五六七八九十]+次会议))", RegexOptions.CultureInvariant);

    private static readonly Regex SpeakerPattern = new(@"([\p{IsCJKUnifiedIdeographs}]{1,10}?(?:市|州)(?:人民政府)?(?:代理)?市长)\s*[　 ]*([\p{IsCJKUnifiedIdeographs}]{2,4})(?=\s|$)", RegexOptions.CultureInvariant | RegexOptions.Multiline);

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

        var session = SessionPattern.Match(head) is { Success: true } s ? s.Groups[1].Value : null;
        string? speaker = null;
        string? cityName = null;
        if (SpeakerPattern.Match(head) is { Success: true } sp)
        {
            speaker = sp.Groups[1].Value + " " + sp.Groups[2].Value;
        }

        if (session is not null)
        {
            var cityEnd = session.IndexOf('市');
            cityName = cityEnd > 0 ? session.Substring(0, cityEnd) : null;
        }

        return new ReportHeader(title, year, date, session, speaker, cityName);
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
