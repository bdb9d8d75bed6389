using System.Text;

namespace ReportData.Generator.Shared;

/// <summary>
/// Folds every run of white space to one space, so that quotes match report texts whose OCR spacing
/// and line breaks differ ("1056.6 亿元" and "1056.6亿元" do not fold together: a space is kept).
/// </summary>
internal static class TextFolding
{
    public static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var character in text)
        {
            if (char.IsWhiteSpace(character) || character == '\uFEFF')
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(character);
        }

        return builder.ToString();
    }
}
