namespace ReportData.Terminal.Tests;

/// <summary>
/// Terminal columns a text takes, counted here independently of Spectre: East Asian wide and fullwidth characters
/// (Unicode UAX #11: CJK ideographs, radicals, kana, Hangul, fullwidth forms, CJK punctuation) take two, others one.
/// </summary>
internal static class DisplayWidth
{
    public static int Of(string text)
    {
        var width = 0;
        foreach (var character in text)
        {
            width += IsWide(character) ? 2 : 1;
        }

        return width;
    }

    /// <summary>The display column where the <paramref name="n"/>th (from 0) occurrence of <paramref name="separator"/> starts.</summary>
    public static int ColumnOf(string line, char separator, int n)
    {
        var seen = -1;
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] == separator && ++seen == n)
            {
                return Of(line.Substring(0, i));
            }
        }

        return -1;
    }

    private static bool IsWide(char c) =>
        (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) || (c >= 0x3041 && c <= 0x33FF) ||
        (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF) ||
        (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) ||
        (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6);
}
