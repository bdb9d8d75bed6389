using System.Text;
using System.Text.RegularExpressions;

namespace ReportData.Tool.Drafting;

/// <summary>
/// A table of targets as text often arrives from a PDF: each cell on a line of its own, the indicator's name on one line
/// and its number on the next (地区生产总值增长 / 6%左右). Such a pair is read as one line, the line break standing as a
/// space: a quote spans both cells, and the build's check, which folds white space, finds it in the text as printed.
/// The text keeps its length, so every position in it stays where it was.
/// </summary>
internal static class TableCells
{
    // A name cell: a short phrase in Chinese with no digit, no clause mark and no heading number (一、 (一) 1.).
    private static readonly Regex NameCell = new(@"^(?![一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\d+[.．、])(?=.*[\u4e00-\u9fff])[^0-9０-９，。；：！？,;:!?]{2,24}$", RegexOptions.CultureInvariant);

    // A number cell: a number with its unit and bound words only (6%左右, 5万人以上, 不低于95%), no date.
    private static readonly Regex NumberCell = new(@"^(约|近|超过|不低于|不少于|不超过|低于|高于|控制在|达到)?[0-9０-９][0-9０-９.．,，]*[^0-9０-９，。；！？年月日]{0,8}$", RegexOptions.CultureInvariant);

    public static string JoinNameAndNumberLines(string text)
    {
        var lines = text.Split('\n');
        var joined = new StringBuilder(text);
        var position = 0;
        for (var i = 0; i + 1 < lines.Length; i++)
        {
            position += lines[i].Length;
            if (NameCell.IsMatch(lines[i].Trim()) && NumberCell.IsMatch(lines[i + 1].Trim()))
            {
                joined[position] = ' ';
            }

            position++;
        }

        return joined.ToString();
    }
}
