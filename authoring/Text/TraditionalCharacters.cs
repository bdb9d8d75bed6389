using System;
using System.IO;
using System.Text;

namespace ReportData.Authoring.Text;

/// <summary>
/// Traditional Chinese characters in their simplified forms, one character for one (億 → 亿, 萬 → 万), from the
/// data file <c>TraditionalToSimplified.tsv</c> (OpenCC's character table), and corner brackets as quotation marks (「 → “). One for one keeps every position: a quote
/// copied from a text printed in traditional characters is found in that text by comparing both in the simplified
/// projection, and the figure keeps the quote as printed.
/// </summary>
public static class TraditionalCharacters
{
    private const string ResourceName = "ReportData.Authoring.Text.TraditionalToSimplified.tsv";

    private static readonly (char Corner, char Curved)[] CornerBrackets = { ('「', '“'), ('」', '”'), ('『', '‘'), ('』', '’') };

    private static readonly char[] Simplified = Load();

    /// <summary>How many traditional characters the table converts (the data file's rows and the four corner brackets).</summary>
    public static int Count
    {
        get
        {
            var count = 0;
            foreach (var simplified in Simplified)
            {
                count += simplified == '\0' ? 0 : 1;
            }

            return count;
        }
    }

    /// <summary>The simplified form of <paramref name="character"/>, or the character itself.</summary>
    public static char ToSimplified(char character) =>
        character < Simplified.Length && Simplified[character] != '\0' ? Simplified[character] : character;

    /// <summary>The text with every traditional character simplified: the same length, the same instance when nothing changes.</summary>
    public static string ToSimplified(string text)
    {
        var first = FirstTraditional(text);
        if (first < 0)
        {
            return text;
        }

        var characters = text.ToCharArray();
        for (var i = first; i < characters.Length; i++)
        {
            characters[i] = ToSimplified(characters[i]);
        }

        return new string(characters);
    }

    /// <summary>True when the text holds a character the table simplifies.</summary>
    public static bool HasTraditional(string text) => FirstTraditional(text) >= 0;

    private static int FirstTraditional(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var character = text[i];
            if (character < Simplified.Length && Simplified[character] != '\0')
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// The table as an array indexed by character ('\0' where a character stays). A missing or broken resource
    /// gives an empty table rather than an exception inside the compiler; a test checks the table's size.
    /// </summary>
    private static char[] Load()
    {
        using var stream = typeof(TraditionalCharacters).Assembly.GetManifestResourceStream(ResourceName);
        if (stream is null)
        {
            return Array.Empty<char>();
        }

        var table = new char[char.MaxValue + 1];
        var highest = 0;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            // traditional<TAB>simplified, one UTF-16 character each; comments start with #.
            if (line.Length == 3 && line[1] == '\t' && line[0] != '#')
            {
                table[line[0]] = line[2];
                highest = Math.Max(highest, line[0]);
            }
        }

        // Traditional texts quote with corner brackets where simplified ones print curved quotation marks: read alike.
        foreach (var (corner, curved) in CornerBrackets)
        {
            table[corner] = curved;
            highest = Math.Max(highest, corner);
        }

        Array.Resize(ref table, highest + 1);
        return table;
    }
}
