using System.Globalization;
using System.Text;
using ReportData.Generator.Shared;

namespace ReportData.Generator.Emitting;

/// <summary>
/// Turns untrusted YAML text into C# string literals and XML doc text that cannot break out of
/// their context: quotes, backslashes, newlines, "*/" and "&lt;/summary&gt;" are all inert.
/// </summary>
internal static class CSharpText
{
    /// <summary>A regular C# string literal; every character that is not plainly printable is \u-escaped.</summary>
    public static string Literal(string? value)
    {
        if (value is null)
        {
            return "null";
        }

        var builder = new StringBuilder(value.Length + 2);
        builder.Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var character = value[i];
            switch (character)
            {
                case '"':
                    builder.Append("\\\"");
                    break;
                case '\\':
                    builder.Append("\\\\");
                    break;
                default:
                    if (IsPlainlyPrintable(value, i))
                    {
                        builder.Append(character);
                        if (char.IsHighSurrogate(character))
                        {
                            builder.Append(value[++i]);
                        }
                    }
                    else
                    {
                        builder.Append("\\u").Append(((int)character).ToString("X4", CultureInfo.InvariantCulture));
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }

    /// <summary>Text for an XML doc comment: on one line, XML-escaped, with no characters XML forbids.</summary>
    public static string Doc(string? value)
    {
        if (value is null)
        {
            return string.Empty;
        }

        var folded = TextFolding.Fold(value);
        var builder = new StringBuilder(folded.Length);
        for (var i = 0; i < folded.Length; i++)
        {
            var character = folded[i];
            switch (character)
            {
                case '&':
                    builder.Append("&amp;");
                    break;
                case '<':
                    builder.Append("&lt;");
                    break;
                case '>':
                    builder.Append("&gt;");
                    break;
                default:
                    if (IsPlainlyPrintable(folded, i))
                    {
                        builder.Append(character);
                        if (char.IsHighSurrogate(character))
                        {
                            builder.Append(folded[++i]);
                        }
                    }
                    else
                    {
                        builder.Append('\uFFFD');
                    }

                    break;
            }
        }

        return builder.ToString();
    }

    /// <summary>True for characters safe to write as they are: not control, format, line separator or lone surrogate.</summary>
    internal static bool IsPlainlyPrintable(string text, int index)
    {
        var character = text[index];
        if (char.IsHighSurrogate(character))
        {
            return index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]);
        }

        if (char.IsLowSurrogate(character))
        {
            return false;
        }

        if (character is '\uFFFE' or '\uFFFF')
        {
            return false;
        }

        // Only categories that are stable across Unicode versions, so output does not depend on the compiler's runtime.
        var category = CharUnicodeInfo.GetUnicodeCategory(character);
        return category is not (UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator
            or UnicodeCategory.ParagraphSeparator);
    }
}
