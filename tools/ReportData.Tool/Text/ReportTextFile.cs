using System;
using System.IO;
using System.Text;
using ReportData.Authoring.Text;

namespace ReportData.Tool.Text;

/// <summary>
/// Reads a report text file in whatever encoding it arrives in (<see cref="TextDecoder"/>, the generator's own
/// detection): UTF-8 with or without a byte-order mark, UTF-16 with one or without, GB18030. Bytes in none of
/// them are a usage error naming the file.
/// </summary>
internal static class ReportTextFile
{
    static ReportTextFile() =>
        // GB18030 is one of the code-page encodings, which .NET provides only once registered.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>
    /// The text of the file. A file cut inside its last character (a download or a copy that stopped, <c>head -c</c>) is
    /// read without the cut character's bytes, and <paramref name="cutAtEnd"/> says so: the rest is whole text, and the
    /// build reads the same characters before it.
    /// </summary>
    public static DecodedText Read(string path, out bool cutAtEnd)
    {
        var bytes = File.ReadAllBytes(path);
        var decoded = TextDecoder.Decode(bytes);
        cutAtEnd = false;
        if (decoded.Encoding == TextEncoding.Unknown && CutCharacterBytes(bytes) is > 0 and var cut)
        {
            var whole = TextDecoder.Decode(bytes.AsSpan(0, bytes.Length - cut).ToArray());
            if (whole.Encoding is TextEncoding.Utf8 or TextEncoding.Utf8WithBom or TextEncoding.Utf16LittleEndianWithBom or TextEncoding.Utf16BigEndianWithBom)
            {
                cutAtEnd = true;
                return whole;
            }
        }

        if (decoded.Encoding == TextEncoding.Unknown)
        {
            throw new UsageException($"{path}: is not UTF-8, UTF-16 or GB18030 text (a binary file, or another encoding): convert it to UTF-8 first.");
        }

        return decoded;
    }

    /// <summary>
    /// How many bytes at the end begin a character the file does not finish: a UTF-8 lead byte followed by fewer
    /// continuation bytes than it announces, or the odd last byte of UTF-16 with a byte-order mark. 0 when none.
    /// </summary>
    private static int CutCharacterBytes(byte[] bytes)
    {
        if (bytes.Length % 2 == 1 && bytes.Length > 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            return 1;
        }

        for (var back = 1; back <= 3 && back <= bytes.Length; back++)
        {
            var b = bytes[bytes.Length - back];
            if (b is >= 0x80 and < 0xC0)
            {
                continue; // a continuation byte: the lead is further back
            }

            var length = b is >= 0xF0 and <= 0xF4 ? 4 : b is >= 0xE0 and < 0xF0 ? 3 : b is >= 0xC2 and < 0xE0 ? 2 : 0;
            return length > back ? back : 0;
        }

        return 0;
    }

    /// <summary>What to say when the build cannot read the text as it is: its encoding and the command that converts it.</summary>
    public static string ConvertAdvice(string path, TextEncoding encoding)
    {
        var name = Path.GetFileName(path);
        return $"'{path}' is {TextEncodings.Name(encoding)}, which the build cannot read (UTF-8, or UTF-16 with a byte-order mark): "
            + $"convert it before building, e.g. iconv -f {TextEncodings.IconvName(encoding) ?? "ENCODING"} -t UTF-8 '{name}' > converted.txt, then move it over '{name}'.";
    }
}
