using System;
using System.Text;

namespace ReportData.Generator.Text;

/// <summary>A report text's bytes decoded: the text (no byte-order mark), and the encoding it was read in.</summary>
internal sealed record DecodedText(string Text, TextEncoding Encoding)
{
    /// <summary>True when the build reads the file as it is (<see cref="TextEncodings.BuildReads"/>).</summary>
    public bool BuildReads => TextEncodings.BuildReads(Encoding);
}

/// <summary>
/// Reads a report text's bytes in the encoding they are in: a byte-order mark first (UTF-8, UTF-16 LE or BE), then
/// valid UTF-8, then UTF-16 without a mark by its NUL bytes (every ASCII character of a UTF-16 text has one, and
/// reports print digits and line breaks), then GB18030. Decoding is strict: bytes invalid in an encoding never
/// become replacement characters. GB18030 needs the code-page encodings, which .NET Framework has and .NET registers
/// with <c>CodePagesEncodingProvider</c>; where they are missing such bytes read as <see cref="TextEncoding.Unknown"/>.
/// </summary>
internal static class TextDecoder
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

        var nulParity = NulParity(bytes);
        if (nulParity is { } odd)
        {
            // NULs only after (LE) or only before (BE) the ASCII characters: UTF-16 without a mark, never text in UTF-8.
            return Strict(new UnicodeEncoding(!odd, false, true), bytes, 0, odd ? TextEncoding.Utf16LittleEndian : TextEncoding.Utf16BigEndian);
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
    /// True when the NUL bytes of an even-length text all stand at odd positions (UTF-16 LE: "2\0"), false when all
    /// at even ones (BE: "\02"), null when there are none or they are mixed (binary).
    /// </summary>
    private static bool? NulParity(byte[] bytes)
    {
        if (bytes.Length < 2 || bytes.Length % 2 != 0)
        {
            return null;
        }

        int even = 0, odd = 0;
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == 0)
            {
                if (i % 2 == 0)
                {
                    even++;
                }
                else
                {
                    odd++;
                }
            }
        }

        return (even, odd) switch
        {
            (0, > 0) => true,
            (> 0, 0) => false,
            _ => null,
        };
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
