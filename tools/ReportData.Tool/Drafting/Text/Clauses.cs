using System.Collections.Generic;

namespace ReportData.Tool.Drafting;

/// <summary>A clause of a paragraph: the text between two clause marks (，。；：！？), verbatim.</summary>
/// <param name="Start">Where it starts in its paragraph.</param>
public sealed record Clause(string Text, int Start);

/// <summary>Splits paragraphs into clauses: a figure's quote is the clause that carries its number.</summary>
public static class Clauses
{
    private const string Marks = "，。；：！？,;:!?";

    public static IReadOnlyList<Clause> Split(string paragraph)
    {
        var clauses = new List<Clause>();
        var start = 0;
        for (var i = 0; i <= paragraph.Length; i++)
        {
            // A full stop between digits is a decimal point (ASCII only), a colon between digits a time or ratio.
            var isMark = i == paragraph.Length
                || (Marks.IndexOf(paragraph[i]) >= 0 && !(paragraph[i] is ',' or ':' && i > 0 && i + 1 < paragraph.Length && char.IsDigit(paragraph[i - 1]) && char.IsDigit(paragraph[i + 1])));
            if (!isMark)
            {
                continue;
            }

            if (i > start)
            {
                var text = paragraph.Substring(start, i - start);
                var trimmedStart = 0;
                while (trimmedStart < text.Length && char.IsWhiteSpace(text[trimmedStart]))
                {
                    trimmedStart++;
                }

                var trimmed = text.Substring(trimmedStart).TrimEnd();
                if (trimmed.Length > 0)
                {
                    clauses.Add(new Clause(trimmed, start + trimmedStart));
                }
            }

            start = i + 1;
        }

        return clauses;
    }

    /// <summary>Clauses up to this length are a figure's whole quote; a longer one is quoted around the number only.</summary>
    private const int LongestWholeQuote = 300;

    /// <summary>
    /// A figure's quote from the clause that carries its number (<paramref name="start"/> to <paramref name="end"/>): the clause,
    /// or of a clause of hundreds of list items (新增1个项目、2个项目、…) the items around the number, cut at a list mark, so that
    /// a draft's size grows with its text and not with the text times its numbers. Verbatim either way.
    /// </summary>
    internal static string QuoteAround(string clause, int start, int end)
    {
        if (clause.Length <= LongestWholeQuote)
        {
            return clause;
        }

        var from = System.Math.Max(0, start - 60);
        var mark = clause.IndexOf('、', from, start - from);
        from = mark >= 0 ? mark + 1 : from;
        var to = System.Math.Min(clause.Length, end + 30);
        var next = clause.IndexOf('、', end, to - end);
        return clause.Substring(from, (next >= 0 ? next : to) - from);
    }
}
