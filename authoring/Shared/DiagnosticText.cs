using System.Globalization;
using System.Text;

namespace ReportData.Authoring.Shared;

/// <summary>How untrusted text is quoted in diagnostic messages.</summary>
internal static class DiagnosticText
{
    /// <summary>
    /// At most 60 characters, so that a pasted paragraph does not flood the build log; characters that show as nothing
    /// (a byte order mark, a zero-width space, a soft hyphen, a control character, half a surrogate pair) written as
    /// <c>&lt;U+FEFF&gt;</c>, so that a name that looks right says why it is not.
    /// </summary>
    public static string Shorten(string text) => Visible(text.Length <= 60 ? text : text.Substring(0, 57) + "...");

    private static string Visible(string text)
    {
        StringBuilder? builder = null;
        for (var i = 0; i < text.Length; i++)
        {
            var character = text[i];
            var paired = char.IsHighSurrogate(character) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
            if (paired || !IsInvisible(character))
            {
                builder?.Append(character);
                if (paired)
                {
                    i++;
                    builder?.Append(text[i]);
                }

                continue;
            }

            builder ??= new StringBuilder(text, 0, i, text.Length + 16);
            builder.Append("<U+").Append(((int)character).ToString("X4", CultureInfo.InvariantCulture)).Append('>');
        }

        return builder?.ToString() ?? text;
    }

    private static bool IsInvisible(char character) => CharUnicodeInfo.GetUnicodeCategory(character) is UnicodeCategory.Control
        or UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator or UnicodeCategory.Surrogate;
}
