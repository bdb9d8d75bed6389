using System.Collections.Generic;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace ReportData.Generator.Emitting;

/// <summary>
/// Turns untrusted YAML text into C# string literals and XML doc text that cannot break out of
/// their context: quotes, backslashes, newlines, "*/" and "&lt;/summary&gt;" are all inert. The Append forms
/// write straight into the file being built, so that emitting a report makes no string per text.
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

        return AppendLiteral(new StringBuilder(value.Length + 2), value).ToString();
    }

    /// <summary>Appends <see cref="Literal"/> of <paramref name="value"/>.</summary>
    public static StringBuilder AppendLiteral(StringBuilder builder, string? value) =>
        value is null ? builder.Append("null") : AppendLiteral(builder, new PartsCursor(value));

    /// <summary>Appends the literal of the texts one after the other, as <see cref="Literal"/> of their concatenation.</summary>
    public static StringBuilder AppendLiteral(StringBuilder builder, IReadOnlyList<string> parts) =>
        AppendLiteral(builder, new PartsCursor(parts));

    [MethodImpl(HotPath.Optimized)]
    private static StringBuilder AppendLiteral(StringBuilder builder, PartsCursor text)
    {
        builder.Append('"');
        while (text.MoveNext())
        {
            AppendEscaped(builder, ref text, inDoc: false);
        }

        return builder.Append('"');
    }

    /// <summary>Text for an XML doc comment: on one line, XML-escaped, with no characters XML forbids.</summary>
    public static string Doc(string? value)
    {
        if (value is null)
        {
            return string.Empty;
        }

        var builder = new StringBuilder(value.Length);
        var paragraph = new DocParagraph(builder);
        paragraph.Append(value);
        return builder.ToString();
    }

    /// <summary>True for characters safe to write as they are: not control, format, line separator or lone surrogate.</summary>
    internal static bool IsPlainlyPrintable(string text, int index) =>
        IsPlainlyPrintable(text[index], index + 1 < text.Length ? text[index + 1] : '\0');

    private static bool IsPlainlyPrintable(char character, char next)
    {
        if (char.IsHighSurrogate(character))
        {
            return char.IsLowSurrogate(next);
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

    /// <summary>The one escaping rule of both contexts: the cursor's character (a surrogate pair whole), made inert.</summary>
    private static void AppendEscaped(StringBuilder builder, ref PartsCursor text, bool inDoc)
    {
        var character = text.Current;
        switch (character)
        {
            case '"' when !inDoc:
                builder.Append("\\\"");
                return;
            case '\\' when !inDoc:
                builder.Append("\\\\");
                return;
            case '&' when inDoc:
                builder.Append("&amp;");
                return;
            case '<' when inDoc:
                builder.Append("&lt;");
                return;
            case '>' when inDoc:
                builder.Append("&gt;");
                return;
        }

        if (IsPlainlyPrintable(character, text.Next))
        {
            builder.Append(character);
            if (char.IsHighSurrogate(character))
            {
                text.MoveNext();
                builder.Append(text.Current);
            }
        }
        else if (inDoc)
        {
            builder.Append('\uFFFD');
        }
        else
        {
            builder.Append("\\u").Append(((int)character).ToString("X4", CultureInfo.InvariantCulture));
        }
    }

    /// <summary>
    /// One doc paragraph written piece by piece: white space folded across the pieces as <c>TextFolding.Fold</c>
    /// folds their concatenation (runs to one space, none at either end), then escaped for XML.
    /// </summary>
    internal struct DocParagraph
    {
        private readonly StringBuilder _builder;
        private readonly int _start;
        private bool _pendingSpace;

        public DocParagraph(StringBuilder builder)
        {
            _builder = builder;
            _start = builder.Length;
            _pendingSpace = false;
        }

        [MethodImpl(HotPath.Optimized)]
        public void Append(string? piece)
        {
            if (piece is null)
            {
                return;
            }

            var text = new PartsCursor(piece);
            while (text.MoveNext())
            {
                var character = text.Current;
                if (char.IsWhiteSpace(character) || character == '\uFEFF')
                {
                    _pendingSpace = _builder.Length > _start;
                    continue;
                }

                if (_pendingSpace)
                {
                    _builder.Append(' ');
                    _pendingSpace = false;
                }

                AppendEscaped(_builder, ref text, inDoc: true);
            }
        }
    }

    /// <summary>Walks the characters of texts one after the other, with the character that follows each.</summary>
    private struct PartsCursor
    {
        private readonly string? _single;
        private readonly IReadOnlyList<string>? _parts;
        private readonly int _count;
        private int _part;
        private int _index;

        public PartsCursor(string text)
            : this(text, null, 1)
        {
        }

        public PartsCursor(IReadOnlyList<string> parts)
            : this(null, parts, parts.Count)
        {
        }

        private PartsCursor(string? single, IReadOnlyList<string>? parts, int count)
        {
            _single = single;
            _parts = parts;
            _count = count;
            _part = 0;
            _index = -1;
        }

        public char Current => Part(_part)[_index];

        public char Next
        {
            get
            {
                if (_index + 1 < Part(_part).Length)
                {
                    return Part(_part)[_index + 1];
                }

                for (var part = _part + 1; part < _count; part++)
                {
                    if (Part(part).Length > 0)
                    {
                        return Part(part)[0];
                    }
                }

                return '\0';
            }
        }

        public bool MoveNext()
        {
            while (_part < _count)
            {
                if (++_index < Part(_part).Length)
                {
                    return true;
                }

                _part++;
                _index = -1;
            }

            return false;
        }

        private string Part(int index) => _single ?? _parts![index];
    }
}
