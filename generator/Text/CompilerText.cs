namespace ReportData.Generator.Text;

/// <summary>
/// Whether a report text, as the compiler decoded it for the generator, is the text its file holds. The compiler
/// decodes an AdditionalFile as UTF-8 unless a byte-order mark says UTF-16, and replaces every byte sequence that
/// is not UTF-8 with U+FFFD: a GB18030 text reaches the generator as replacement characters, its bytes lost, and a
/// UTF-16 text without a mark as NUL characters (or not at all: CS2015 "is a binary file"). Neither can prove a quote,
/// so such a text is one clear error, not one "quote not found" per figure.
/// </summary>
internal static class CompilerText
{
    /// <summary>Why the build cannot use <paramref name="decoded"/> (null when the compiler could not read the file at all), or null when it can.</summary>
    public static string? WhyUnreadable(string? decoded)
    {
        if (decoded is null)
        {
            return "the compiler could not read it as text (a binary file, or UTF-16 without a byte-order mark)";
        }

        var replaced = 0;
        foreach (var character in decoded)
        {
            if (character == '\0')
            {
                return "it holds NUL characters (UTF-16 without a byte-order mark, or a binary file)";
            }

            if (character == '\uFFFD')
            {
                replaced++;
            }
        }

        return replaced == 0
            ? null
            : $"{replaced} of its byte sequences are not UTF-8 (GB18030, GBK or another legacy encoding)";
    }
}
