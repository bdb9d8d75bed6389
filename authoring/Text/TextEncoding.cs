namespace ReportData.Authoring.Text;

/// <summary>
/// The encodings report texts arrive in. The build (the compiler, which hands AdditionalFiles to the generator)
/// reads UTF-8, with or without a byte-order mark, and UTF-16 with one; the others it decodes as UTF-8 and loses
/// their characters, so a text in them must be converted before it is built.
/// </summary>
public enum TextEncoding
{
    /// <summary>Bytes that are none of the encodings below (a binary file, or a legacy encoding other than GB18030).</summary>
    Unknown = 0,

    /// <summary>UTF-8 without a byte-order mark.</summary>
    Utf8,

    /// <summary>UTF-8 with a byte-order mark (EF BB BF).</summary>
    Utf8WithBom,

    /// <summary>UTF-16 little-endian with a byte-order mark (FF FE).</summary>
    Utf16LittleEndianWithBom,

    /// <summary>UTF-16 big-endian with a byte-order mark (FE FF).</summary>
    Utf16BigEndianWithBom,

    /// <summary>UTF-16 little-endian without a byte-order mark: recognised by the NUL byte after every ASCII character.</summary>
    Utf16LittleEndian,

    /// <summary>UTF-16 big-endian without a byte-order mark: recognised by the NUL byte before every ASCII character.</summary>
    Utf16BigEndian,

    /// <summary>GB18030 (and its subsets GBK and GB2312): valid GB18030 bytes that are not valid UTF-8.</summary>
    Gb18030,
}

/// <summary>What each <see cref="TextEncoding"/> is called in messages, and whether the build reads it.</summary>
public static class TextEncodings
{
    public static string Name(TextEncoding encoding) => encoding switch
    {
        TextEncoding.Utf8 => "UTF-8",
        TextEncoding.Utf8WithBom => "UTF-8 with a byte-order mark",
        TextEncoding.Utf16LittleEndianWithBom => "UTF-16 LE with a byte-order mark",
        TextEncoding.Utf16BigEndianWithBom => "UTF-16 BE with a byte-order mark",
        TextEncoding.Utf16LittleEndian => "UTF-16 LE without a byte-order mark",
        TextEncoding.Utf16BigEndian => "UTF-16 BE without a byte-order mark",
        TextEncoding.Gb18030 => "GB18030",
        _ => "no known text encoding",
    };

    /// <summary>True when the compiler decodes the encoding without loss, so that the build can check quotes against it.</summary>
    public static bool BuildReads(TextEncoding encoding) => encoding is TextEncoding.Utf8 or TextEncoding.Utf8WithBom
        or TextEncoding.Utf16LittleEndianWithBom or TextEncoding.Utf16BigEndianWithBom;

    /// <summary>The iconv name that converts a text of this encoding to UTF-8, for messages; null when there is none.</summary>
    public static string? IconvName(TextEncoding encoding) => encoding switch
    {
        TextEncoding.Utf16LittleEndian => "UTF-16LE",
        TextEncoding.Utf16BigEndian => "UTF-16BE",
        TextEncoding.Gb18030 => "GB18030",
        _ => null,
    };
}
