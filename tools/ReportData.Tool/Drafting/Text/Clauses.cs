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
}
