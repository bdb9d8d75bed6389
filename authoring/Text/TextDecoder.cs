using System;
using System.Text;

namespace ReportData.Authoring.Text;

/// <summary>A report text's bytes decoded: the text (no byte-order mark), and the encoding it was read in.</summary>
public sealed record DecodedText(string Text, TextEncoding Encoding)
{
    /// <summary>True when the build reads the file as it is (<see cref="TextEncodings.BuildReads"/>).</summary>
    public bool BuildReads => TextEncodings.BuildReads(Encoding);
}

/// <summary>
/// Reads a report text's bytes in the encoding they are in: a byte-order mark first (UTF-8, UTF-16 LE or BE), then
/// UTF-16 without a mark where NUL bytes stand (every ASCII character of a UTF-16 text has one, and reports print digits
/// and line breaks) and one byte order reads as report text, then valid UTF-8, then GB18030. Decoding is strict: bytes invalid in an encoding never
/// become replacement characters. GB18030 needs the code-page encodings, which .NET Framework has and .NET registers
/// with <c>CodePagesEncodingProvider</c>; where they are missing such bytes read as <see cref="TextEncoding.Unknown"/>.
/// </summary>
public static class TextDecoder
{
    private const int Gb18030CodePage = 54936;

    public static DecodedText Decode(byte[] bytes)
    {
        if (StartsWith(bytes, 0xEF, 0xBB, 0xBF))
        {
            return Strict(new UTF8Encoding(false, true), bytes, 3, TextEncoding.Utf8WithBom);
        }

        if (StartsWith(bytes, 0xFF, 0xFE))
        {
            return Strict(new UnicodeEncoding(false, false, true), bytes, 2, TextEncoding.Utf16LittleEndianWithBom);
        }

        if (StartsWith(bytes, 0xFE, 0xFF))
        {
            return Strict(new UnicodeEncoding(true, false, true), bytes, 2, TextEncoding.Utf16BigEndianWithBom);
        }

        if (HasNul(bytes) && Utf16WithoutMark(bytes) is { } utf16)
        {
            // NUL bytes beside the ASCII characters: UTF-16 without a mark, never text in UTF-8.
            return utf16;
        }

        var utf8 = Strict(new UTF8Encoding(false, true), bytes, 0, TextEncoding.Utf8);
        if (utf8.Encoding == TextEncoding.Utf8 && !HasNul(bytes))
        {
            return utf8;
        }

        if (!HasNul(bytes) && Gb18030() is { } gb18030)
        {
            return Strict(gb18030, bytes, 0, TextEncoding.Gb18030);
        }

        return new DecodedText(string.Empty, TextEncoding.Unknown);
    }

    private static DecodedText Strict(Encoding encoding, byte[] bytes, int skip, TextEncoding name)
    {
        try
        {
            var text = encoding.GetString(bytes, skip, bytes.Length - skip);
            return text.IndexOf('\0') >= 0 ? new DecodedText(string.Empty, TextEncoding.Unknown) : new DecodedText(text, name);
        }
        catch (DecoderFallbackException)
        {
            return new DecodedText(string.Empty, TextEncoding.Unknown);
        }
    }

    /// <summary>
    /// UTF-16 without a byte-order mark, in the byte order that reads as report text (<see cref="PlausibleShare"/>): nine
    /// characters in ten ASCII, CJK ideographs or CJK and full-width punctuation. Null when neither order does (binary).
    /// </summary>
    private static DecodedText? Utf16WithoutMark(byte[] bytes)
    {
        if (bytes.Length % 2 != 0)
        {
            return null;
        }

        var little = Strict(new UnicodeEncoding(false, false, true), bytes, 0, TextEncoding.Utf16LittleEndian);
        var big = Strict(new UnicodeEncoding(true, false, true), bytes, 0, TextEncoding.Utf16BigEndian);
        var best = PlausibleShare(little.Text) >= PlausibleShare(big.Text) ? little : big;
        return best.Encoding != TextEncoding.Unknown && PlausibleShare(best.Text) >= 0.9 ? best : null;
    }

    /// <summary>The share of characters a report prints: white space, ASCII, CJK ideographs, CJK, general and full-width punctuation.</summary>
    private static double PlausibleShare(string text)
    {
        if (text.Length == 0)
        {
            return 0;
        }

        var plausible = 0;
        foreach (var character in text)
        {
            if (character is '\t' or '\n' or '\r' or (>= ' ' and <= '~') or (>= '\u2000' and <= '\u206F') or (>= '\u3000' and <= '\u303F')
                or (>= '\u4E00' and <= '\u9FFF') or (>= '\uFF00' and <= '\uFFEF'))
            {
                plausible++;
            }
        }

        return (double)plausible / text.Length;
    }

    private static bool HasNul(byte[] bytes) => Array.IndexOf(bytes, (byte)0) >= 0;

    private static bool StartsWith(byte[] bytes, params byte[] prefix)
    {
        if (bytes.Length < prefix.Length)
        {
            return false;
        }

        for (var i = 0; i < prefix.Length; i++)
        {
            if (bytes[i] != prefix[i])
            {
                return false;
            }
        }

        return true;
    }

    private static Encoding? Gb18030()
    {
        try
        {
            return Encoding.GetEncoding(Gb18030CodePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        }
        catch (Exception exception) when (exception is NotSupportedException or ArgumentException)
        {
            return null;
        }
    }
}
