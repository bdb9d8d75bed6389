namespace ReportData.Authoring.Text;

/// <summary>
/// Whether a report text, as the compiler decoded it for the generator, is the text its file holds. The compiler
/// decodes an AdditionalFile as UTF-8 unless a byte-order mark says UTF-16, and replaces every byte sequence that
/// is not UTF-8 with U+FFFD: a GB18030 text reaches the generator as replacement characters, its bytes lost, and a
/// UTF-16 text without a mark as NUL characters (or not at all: CS2015 "is a binary file"). Neither can prove a quote,
/// so such a text is one clear error, not one "quote not found" per figure.
/// </summary>
public static class CompilerText
{
    /// <summary>
    /// How many NUL or replacement characters make a text undecoded rather than a text with a stray character in it
    /// (a quote across a stray one is the quote check's to report). A GB18030 or UTF-16 report has hundreds.
    /// </summary>
    private const int Undecoded = 3;

    /// <summary>Why the build cannot use <paramref name="decoded"/> (null when the compiler could not read the file at all), or null when it can.</summary>
    public static string? WhyUnreadable(string? decoded)
    {
        if (decoded is null)
        {
            return "the compiler could not read it as text (a binary file, or UTF-16 without a byte-order mark)";
        }

        int nul = 0, replaced = 0;
        foreach (var character in decoded)
        {
            nul += character == '\0' ? 1 : 0;
            replaced += character == '\uFFFD' ? 1 : 0;
        }

        // UTF-16 read as UTF-8: a NUL beside every ASCII character, and replacement characters for the rest. A few NULs
        // in valid UTF-8 are text the compiler reads as it is.
        if (nul >= Undecoded && (replaced >= Undecoded || nul * 8 >= decoded.Length))
        {
            return $"it holds {nul} NUL characters (UTF-16 without a byte-order mark, or a binary file)";
        }

        return replaced >= Undecoded
            ? $"{replaced} of its byte sequences are not UTF-8 (GB18030, GBK or another legacy encoding)"
            : null;
    }

    /// <summary>
    /// As <see cref="WhyUnreadable"/>, for a report file (the YAML): its quotes may copy the few replacement characters
    /// a report text holds, so replacement characters make it undecoded only where they outnumber the Chinese characters
    /// left. A GB18030 file decoded as UTF-8 keeps almost none; a UTF-8 file with quotes has hundreds.
    /// </summary>
    internal static string? WhyUnreadableReportFile(string decoded)
    {
        // NULs are UTF-16 read as UTF-8 whatever else the file holds.
        var why = WhyUnreadable(decoded);
        if (why is null || decoded.IndexOf('\0') >= 0)
        {
            return why;
        }

        int replaced = 0, ideographs = 0;
        foreach (var character in decoded)
        {
            replaced += character == '\uFFFD' ? 1 : 0;
            ideographs += character >= '\u4E00' && character <= '\u9FFF' ? 1 : 0;
        }

        return replaced > ideographs ? why : null;
    }
}
