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

    public static DecodedText Read(string path)
    {
        var decoded = TextDecoder.Decode(File.ReadAllBytes(path));
        if (decoded.Encoding == TextEncoding.Unknown)
        {
            throw new UsageException($"'{path}' is not UTF-8, UTF-16 or GB18030 text (a binary file, or another encoding): convert it to UTF-8 first.");
        }

        return decoded;
    }

    /// <summary>What to say when the build cannot read the text as it is: its encoding and the command that converts it.</summary>
    public static string ConvertAdvice(string path, TextEncoding encoding)
    {
        var name = Path.GetFileName(path);
        return $"'{path}' is {TextEncodings.Name(encoding)}, which the build cannot read (UTF-8, or UTF-16 with a byte-order mark): "
            + $"convert it before building, e.g. iconv -f {TextEncodings.IconvName(encoding) ?? "ENCODING"} -t UTF-8 '{name}' > converted.txt, then move it over '{name}'.";
    }
}
