using System.Linq;
using System.Text.RegularExpressions;
using ReportData.Authoring.Numbers;

namespace ReportData.Tool.Drafting;

/// <summary>Numbers that are not figures: years, dates, ordinals, names, grades, counts of meetings, numbers in words.</summary>
public static class NonFigures
{
    private static readonly Regex YearPattern = new(@"^(19|20)\d\d$", RegexOptions.CultureInvariant);

    private static readonly Regex NumberWords = new(@"(千亿|百亿|万亿级|翻一番|翻两番|翻番|两位数|[一二三四五六七八九十两]+[百千]?[亿万](?:元|人|吨|亩)|[一二三四五六七八九十]+成)", RegexOptions.CultureInvariant);

    /// <summary>A year before 年 (2023年): coverage leaves these out, so the draft does too.</summary>
    /// <summary>The start of the reason given to a number that is part of a name.</summary>
    public const string NamePart = "part of a name";

    /// <summary>The start of the reason given to the number after 每 (每千人口, 每50公斤): it stays part of the next figure's label.</summary>
    internal const string Denominator = "a rate's denominator";

    /// <summary>The start of the reason given to an age bound (3岁以下): it stays part of the next figure's label.</summary>
    internal const string AgeBound = "an age bound";

    /// <summary>A ratio's name and the verb at its number (收入比缩小至, 倍差为, 之比达到): the number is the ratio, printed without a unit.</summary>
    private static readonly System.Text.RegularExpressions.Regex RatioBefore = new(
        "(?:收入比|倍差|之比|比值)(?:进一步)?(?:缩小|缩减|下降|降低|提高|扩大)?(?:至|到|为|是|达到|达)?$", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>Whether a number skipped for <paramref name="reason"/> stays part of the next figure's label (PM2.5, 每千人口, 3岁以下).</summary>
    internal static bool StaysInLabel(string reason) =>
        reason.StartsWith(NamePart, System.StringComparison.Ordinal) || reason.StartsWith(Denominator, System.StringComparison.Ordinal)
        || reason.StartsWith(AgeBound, System.StringComparison.Ordinal);

    /// <summary>The start of the reason given to a round number in words (千, 百万) that is no figure: a threshold reading may still take it.</summary>
    internal const string RoundNumber = "a round number in words";

    public static bool IsYear(string clause, PrintedQuantity quantity)
    {
        if (quantity.Words is not null || !YearPattern.IsMatch(ReportData.Authoring.Numbers.PrintedDigits.ToAscii(quantity.Value)))
        {
            return false;
        }

        var after = quantity.Start + quantity.PrintedLength;
        while (after < clause.Length && clause[after] == ' ')
        {
            after++;
        }

        return after < clause.Length && clause[after] == '年';
    }

    /// <summary>Why a printed number is not a figure, or null when it may be one.</summary>
    public static string? Reason(string clause, PrintedQuantity quantity, string paragraph, int clauseStart)
    {
        var before = quantity.Start > 0 ? clause[quantity.Start - 1] : ' ';
        var afterNumber = quantity.Start + quantity.PrintedLength;
        var next = afterNumber < clause.Length ? clause[afterNumber] : ' ';
        if (before == '第')
        {
            return "ordinal, not a figure";
        }

        // 5G and 5A are names; 2000P is a figure in a unit of letters (petaflops).
        var letterUnit = quantity.HasUnit && quantity.Unit.Length > 0 && IsAsciiLetter(quantity.Unit[0]);
        if (IsAsciiLetter(before) || (IsAsciiLetter(next) && !letterUnit) || before == '.' || next == '·' || before == '·')
        {
            return NamePart + " or grade (5G, PM2.5, 5A, 6·25), not a figure";
        }

        // 首个1类创新药, 3个2类新药: after a counter, or before a drug, N类 is a class (a grade), not a count of kinds.
        if (quantity.Unit == "类" && (before is '个' or '款' or '种' or '批' || Follows(clause, quantity.End, "创新药") || Follows(clause, quantity.End, "新药")))
        {
            return NamePart + " or grade (5G, PM2.5, 5A, 1类创新药), not a figure";
        }

        if (InsideQuotes(paragraph, clauseStart + quantity.Start))
        {
            return NamePart + ": a number inside a quoted name (“百亿县”), not a figure";
        }

        if (before == '每')
        {
            return Denominator + " (每千人口, 每10万人), not a figure";
        }

        if (quantity.Words is { } words && IsRoundMagnitude(words))
        {
            // 突破千亿元 and 超百人 are figures; 千家万户, 千亿斤粮食产能, 实施百项行动 and 百万千瓦级 name a class, an idiom or a programme.
            if (!AfterComparison(clause, quantity.Start))
            {
                return RoundNumber + " naming a class, an idiom or a programme (千家万户, 千亿斤粮食产能), not a figure";
            }

            if (Follows(clause, quantity.End, "的") || Follows(clause, quantity.End, "级"))
            {
                return RoundNumber + " as a threshold or class (营业收入超千亿元的集群, 千亿级), not a figure";
            }
        }

        if (!quantity.HasUnit)
        {
            if (next is '月' or '日' or '号' || before == '月')
            {
                return "date, not a figure";
            }

            if (next == '届' || Follows(clause, afterNumber, "次会议") || Follows(clause, afterNumber, "次全会"))
            {
                return "number of a session or meeting, not a figure";
            }

            if (next == '年' || Follows(clause, afterNumber, " 年"))
            {
                return "span or number of years, not a figure";
            }

            if (RatioBefore.IsMatch(clause.Substring(System.Math.Max(0, quantity.Start - 16), System.Math.Min(16, quantity.Start))))
            {
                // 城乡居民收入比缩小至2.31:1, 收入倍差缩小至1.75以内: a ratio prints no unit; it is a figure, its unit "".
                return null;
            }

            return "number without a unit the generator knows: not drafted as a figure (check)";
        }

        if (quantity.Unit is "项" or "个" && (Follows(clause, quantity.End, "方面") || Precedes(clause, quantity.Start, "以下")))
        {
            // 重点做好以下9项工作, 抓好9个方面的工作: the report's own outline.
            return "count of the report's own parts of work (以下9项工作, 11个方面), not a statistic";
        }

        if (quantity.Unit is "项" or "个" && (Follows(clause, quantity.End, "主要") || Follows(clause, quantity.End, "指标") || Follows(clause, quantity.End, "前") || Follows(clause, quantity.End, "第")))
        {
            return "count or rank of indicators, not a statistic";
        }

        if (quantity.Unit == "次" && (Follows(clause, quantity.End, "会议") || Follows(clause, quantity.End, "常务会")))
        {
            return "count of meetings, not a statistic";
        }

        // Searched only for a number of years: the clause may hold thousands of numbers.
        var aboutAge = quantity.Unit is "岁" or "年" && (clause.Contains("寿命") || clause.Contains("年龄") || clause.Contains("年限"));
        if (quantity.Unit == "岁" && !aboutAge && (Follows(clause, quantity.End, "以下") || Follows(clause, quantity.End, "以上")))
        {
            return AgeBound + " (3岁以下婴幼儿托位数), part of the label, not a figure";
        }

        if (quantity.Unit is "年" or "岁" && !aboutAge)
        {
            return "span of years, not a statistic";
        }

        return null;
    }

    /// <summary>Numbers printed in words that carry a figure's meaning (突破千亿, 翻一番, 两位数): not quotable as a value.</summary>
    /// <remarks>
    /// The coverage scanner's own finder (authoring/Numbers/WordNumbers.cs) first, so that every number in words
    /// coverage counts is skipped with its clause; then the draft's own figure words (两位数, 翻番).
    /// </remarks>
    public static string? WordsIn(string clause, System.Collections.Generic.IReadOnlyList<PrintedQuantity> drafted)
    {
        var found = string.Join("、", WordNumbers.Find(clause)
            .Where(words => !drafted.Any(quantity => quantity.Words is not null && quantity.Start == words.Start))
            .Select(words => words.Words).Distinct());
        if (found.Length > 0)
        {
            return found;
        }

        return NumberWords.Match(clause) is { Success: true } match && !drafted.Any(quantity => quantity.Words is not null && quantity.Start <= match.Index && match.Index < quantity.End) ? match.Value : null;
    }

    /// <summary>The verbs after which a round number in words is a level reached or passed (突破千亿元, 超百人, 近千亿元).</summary>
    private static readonly string[] Comparisons = { "突破", "超过", "超", "逾", "达到", "达", "近", "接近", "过", "稳定在", "保持在", "增至", "增加到", "提高到" };

    /// <summary>Numerals that are magnitudes alone (千, 百, 千万): a round number, not a count.</summary>
    private static bool IsRoundMagnitude(string words) => words.All(character => character is '十' or '百' or '千' or '万' or '亿');

    private static bool AfterComparison(string clause, int start) =>
        Comparisons.Any(verb => Precedes(clause, start, verb));

    private static bool Precedes(string text, int at, string word) =>
        at >= word.Length && string.CompareOrdinal(text, at - word.Length, word, 0, word.Length) == 0;

    private static bool Follows(string text, int at, string word) =>
        at + word.Length <= text.Length && string.CompareOrdinal(text, at, word, 0, word.Length) == 0;

    private static bool IsAsciiLetter(char character) => character is >= 'A' and <= 'Z' or >= 'a' and <= 'z';

    private static bool InsideQuotes(string paragraph, int position)
    {
        // Only the 16 characters before the number are searched: a paragraph of thousands of numbers is read in linear time.
        var from = System.Math.Max(0, position - 1);
        var open = paragraph.Length == 0 ? -1 : paragraph.LastIndexOf('“', from, System.Math.Min(from + 1, 17));
        if (open < 0 || position - open > 16)
        {
            return false;
        }

        // The name closes within a few characters, before any other quote opens: in 专精特新“小巨人企业414家，制造业“单项冠军”企业 the
        // first quote is never closed, and 414家 is a figure.
        var reach = System.Math.Min(paragraph.Length - position, 40);
        var close = paragraph.IndexOf('”', position, reach);
        var nextOpen = paragraph.IndexOf('“', position, reach);
        return close >= 0 && (nextOpen < 0 || close < nextOpen);
    }
}
