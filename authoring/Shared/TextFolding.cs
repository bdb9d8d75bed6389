using System.Collections.Generic;
using System.Text;

namespace ReportData.Authoring.Shared;

/// <summary>
/// Folds every run of white space to one space, so that quotes match report texts whose OCR spacing
/// and line breaks differ ("1056.6 亿元" and "1056.6亿元" do not fold together: a space is kept).
/// </summary>
public static class TextFolding
{
    public static string Fold(string text)
    {
        // Most quotes are folded already: the same string, not a copy (the check folds every quote of a build).
        if (IsFolded(text))
        {
            return text;
        }

        return Fold(text, lineStarts: null);
    }

    /// <summary>
    /// Folds as <see cref="Fold(string)"/> does and says where in the folded text each line of <paramref name="text"/>
    /// starts (one entry a line, not one a character), so that a position found in the folded text can be given a line.
    /// </summary>
    internal static (string Folded, int[] LineStarts) FoldWithLines(string text)
    {
        var lineStarts = new List<int> { 0 };
        var folded = Fold(text, lineStarts);
        return (folded, lineStarts.ToArray());
    }

    private static string Fold(string text, List<int>? lineStarts)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var character in text)
        {
            if (character == '\n')
            {
                // The line starts at the next folded character: the space that joins it to the line before, if any.
                lineStarts?.Add(builder.Length);
            }

            if (char.IsWhiteSpace(character) || character == '\uFEFF')
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(character);
        }

        return builder.ToString();
    }

    /// <summary>True when folding would not change the text: its only white space is single spaces between other characters.</summary>
    private static bool IsFolded(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var character = text[i];
            if (character == ' ')
            {
                if (i == 0 || i == text.Length - 1 || text[i + 1] == ' ' || char.IsWhiteSpace(text[i + 1]))
                {
                    return false;
                }
            }
            else if (character == '\uFEFF' || char.IsWhiteSpace(character))
            {
                return false;
            }
        }

        return true;
    }
}
