using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Text;
using ReportData.Authoring.Shared;

namespace ReportData.Authoring.Parsing;

/// <summary>
/// Reads the plain block style report files are written in, and only that: mappings of <c>name: value</c> lines,
/// <c>- </c> lists indented under their key, single-line scalars (plain, <c>"double"</c> with the common escapes,
/// <c>'single'</c>), whole-line comments. For anything else, or anything it is not sure of, it returns null and
/// <see cref="YamlTreeReader"/> reads the file with YamlDotNet, which also reports every error: this reader never
/// decides that a file is wrong.
/// <para>
/// Why it exists: a build loads the generator afresh and runs it once, so YamlDotNet's scanner runs as code the
/// runtime has only just compiled, unoptimized, and reading the YAML was most of what the generator added to a
/// build. This reader's loops are compiled optimized from their first call, and it loads no other assembly. It builds the same tree,
/// node for node and span for span, as YamlDotNet's events give (tests/Hardening/BlockYamlReaderTests.cs compares the
/// two on every YAML file of the repository and on variations of them).
/// </para>
/// </summary>
internal sealed class BlockYamlReader
{
    /// <summary>More fields than a report's or a figure's mapping has: such a file is left to YamlDotNet.</summary>
    internal const int MaxMappingEntries = 64;

    private readonly string _text;
    private readonly int _offset;
    private readonly YamlLocator _locator;
    private readonly List<Line> _lines = new();
    private int _line;

    private BlockYamlReader(string text, int offset, YamlLocator locator)
    {
        _text = text;
        _offset = offset;
        _locator = locator;
    }

    /// <summary>A line that holds content: where it begins, where its content starts and ends (before the line break).</summary>
    private readonly record struct Line(int Begin, int Start, int End)
    {
        public int Indent => Start - Begin;
    }

    /// <summary>
    /// The root node of <paramref name="text"/> (the file after its byte order mark, which <paramref name="offset"/>
    /// counts), or null when the file is not in the plain block style and YamlDotNet must read it.
    /// </summary>
    public static YamlTreeNode? TryRead(string text, int offset, YamlLocator locator)
    {
        var reader = new BlockYamlReader(text, offset, locator);
        if (!reader.SplitLines() || reader._lines.Count == 0)
        {
            return null;
        }

        var first = reader._lines[0];
        var root = reader.ReadBlock(first.Indent, first.Start, depth: 1);
        return root is not null && reader._line == reader._lines.Count ? root : null;
    }

    /// <summary>
    /// The content lines, without blank and comment lines. False for what this reader leaves to YamlDotNet: a character
    /// YAML treats specially (tabs, control characters, line breaks other than LF and CRLF, a byte order mark inside),
    /// document markers and directives.
    /// </summary>
    [MethodImpl(HotPath.Optimized)]
    private bool SplitLines()
    {
        var text = _text;
        var begin = 0;
        while (begin < text.Length)
        {
            var end = begin;
            while (end < text.Length && text[end] != '\n')
            {
                var c = text[end];
                if (c < ' ' ? c != '\r' || end + 1 >= text.Length || text[end + 1] != '\n'
                    : c >= '\u007F' && (c <= '\u009F' || c is '\u2028' or '\u2029' or '\uFEFF' or '\uFFFE' or '\uFFFF' || char.IsSurrogate(c)))
                {
                    return false;
                }

                end++;
            }

            var contentEnd = end > begin && text[end - 1] == '\r' ? end - 1 : end;
            var start = begin;
            while (start < contentEnd && text[start] == ' ')
            {
                start++;
            }

            if (start < contentEnd && text[start] != '#')
            {
                if (start == begin && (text[start] == '%' || StartsWith(start, contentEnd, "---") || StartsWith(start, contentEnd, "...")))
                {
                    return false;
                }

                _lines.Add(new Line(begin, start, TrimEnd(start, contentEnd)));
            }

            begin = end + 1;
        }

        return true;
    }

    private YamlTreeNode? ReadBlock(int indent, int at, int depth)
    {
        if (depth > YamlTreeReader.MaxDepth)
        {
            return null;
        }

        return IsDash(at, _lines[_line].End) ? ReadSequence(indent, depth) : ReadMapping(indent, at, depth);
    }

    /// <summary>A mapping whose first key is at <paramref name="at"/> (after a list's dash, or a line's first key), its keys at column <paramref name="indent"/>.</summary>
    private YamlTreeNode? ReadMapping(int indent, int at, int depth)
    {
        var start = at;
        var entries = new List<YamlMappingEntry>();
        while (true)
        {
            var line = _lines[_line];
            var keyEnd = KeyEnd(at, line.End);
            if (keyEnd < 0)
            {
                return null;
            }

            // A repeated key is YamlDotNet's to report, and so is a mapping larger than any a report has: the scan for a
            // repeat stays short (YamlTreeReader checks larger ones by a dictionary).
            var key = _text.Substring(at, keyEnd - at);
            if (entries.Count == MaxMappingEntries)
            {
                return null;
            }

            foreach (var entry in entries)
            {
                if (entry.Key == key)
                {
                    return null;
                }
            }

            var valueAt = SkipSpaces(keyEnd + 1, line.End);
            YamlTreeNode? value;
            if (valueAt == line.End)
            {
                // The value is the block on the lines below, indented deeper (a list at the key's own column is left to YamlDotNet).
                _line++;
                if (_line == _lines.Count || _lines[_line].Indent <= indent)
                {
                    return null;
                }

                value = ReadBlock(_lines[_line].Indent, _lines[_line].Start, depth + 1);
            }
            else
            {
                value = ReadScalarLine(valueAt, line.End, indent);
            }

            if (value is null)
            {
                return null;
            }

            entries.Add(new YamlMappingEntry(key, Position(at), Position(keyEnd), value));
            var end = BlockEnd(indent);
            if (end >= 0)
            {
                return new YamlMappingNode(_locator, Position(start), Position(end), entries.ToArray());
            }

            if (end == Deeper || IsDash(_lines[_line].Start, _lines[_line].End))
            {
                return null;
            }

            at = _lines[_line].Start;
        }
    }

    /// <summary>A list whose dashes are at column <paramref name="indent"/>, starting at the current line.</summary>
    private YamlTreeNode? ReadSequence(int indent, int depth)
    {
        var start = _lines[_line].Start;
        var items = new List<YamlTreeNode>();
        while (true)
        {
            var line = _lines[_line];
            var itemAt = SkipSpaces(line.Start + 1, line.End);
            if (itemAt == line.End || IsDash(itemAt, line.End))
            {
                return null;
            }

            YamlTreeNode? item;
            if (KeyEnd(itemAt, line.End) >= 0)
            {
                item = depth + 1 > YamlTreeReader.MaxDepth ? null : ReadMapping(itemAt - line.Begin, itemAt, depth + 1);
            }
            else
            {
                item = ReadScalarLine(itemAt, line.End, indent);
            }

            if (item is null)
            {
                return null;
            }

            items.Add(item);
            var end = BlockEnd(indent);
            if (end >= 0)
            {
                return new YamlSequenceNode(_locator, Position(start), Position(end), items);
            }

            if (end == Deeper || !IsDash(_lines[_line].Start, _lines[_line].End))
            {
                return null;
            }
        }
    }

    /// <summary>
    /// After an entry or item of a block whose column is <paramref name="indent"/>: where the block ends (the next line
    /// indented less, or the end of the text), or <see cref="SameColumn"/> when the next line goes on at the column, or
    /// <see cref="Deeper"/> when it is indented deeper, which is not this reader's.
    /// </summary>
    private int BlockEnd(int indent)
    {
        if (_line == _lines.Count)
        {
            return _text.Length;
        }

        var next = _lines[_line];
        return next.Indent < indent ? next.Start : next.Indent == indent ? SameColumn : Deeper;
    }

    private const int SameColumn = -1;

    private const int Deeper = -2;

    /// <summary>A scalar value that ends its line, or null when it does not or the next line goes on deeper (a scalar over lines).</summary>
    private YamlScalarNode? ReadScalarLine(int at, int end, int indent)
    {
        var scalar = ReadScalar(at, end);
        _line++;
        return scalar is not null && _line < _lines.Count && _lines[_line].Indent > indent ? null : scalar;
    }

    /// <summary>A scalar that is the rest of its line (a trailing comment apart), or null when it is not a single-line one this reader knows.</summary>
    [MethodImpl(HotPath.Optimized)]
    private YamlScalarNode? ReadScalar(int at, int end)
    {
        var text = _text;
        var first = text[at];
        if (first == '"' || first == '\'')
        {
            var builder = new StringBuilder(end - at);
            var i = at + 1;
            while (true)
            {
                if (i >= end)
                {
                    return null;
                }

                var c = text[i];
                if (c == first)
                {
                    if (first == '\'' && i + 1 < end && text[i + 1] == '\'')
                    {
                        builder.Append('\'');
                        i += 2;
                        continue;
                    }

                    break;
                }

                if (c == '\\' && first == '"')
                {
                    if (!AppendEscape(builder, ref i, end))
                    {
                        return null;
                    }

                    continue;
                }

                builder.Append(c);
                i++;
            }

            var close = i + 1;
            var rest = SkipSpaces(close, end);
            if (rest != end && (text[rest] != '#' || rest == close))
            {
                return null;
            }

            return new YamlScalarNode(_locator, Position(at), Position(close), builder.ToString(), isPlain: false);
        }

        // A plain scalar: not one that starts with an indicator, holds ": " (a mapping where none may be) or is cut by a comment.
        if (first is '-' or '?' or ':' or ',' or '[' or ']' or '{' or '}' or '#' or '&' or '*' or '!' or '|' or '>' or '%' or '@' or '`')
        {
            if (first != '-' || at + 1 >= end || !IsDigitOrPoint(text[at + 1]))
            {
                return null;
            }
        }

        var last = at;
        for (var i = at; i < end; i++)
        {
            var c = text[i];
            if (c == ':' && (i + 1 == end || text[i + 1] == ' '))
            {
                return null;
            }

            if (c == '#' && text[i - 1] == ' ')
            {
                break;
            }

            if (c != ' ')
            {
                last = i + 1;
            }
        }

        return new YamlScalarNode(_locator, Position(at), Position(last), text.Substring(at, last - at), isPlain: true);
    }

    /// <summary>The escapes report files use (<c>\n</c> in quotes that span a line break of the text); false for any other.</summary>
    private bool AppendEscape(StringBuilder builder, ref int i, int end)
    {
        if (i + 1 >= end)
        {
            return false;
        }

        var escape = _text[i + 1];
        switch (escape)
        {
            case 'n': builder.Append('\n'); break;
            case 't': builder.Append('\t'); break;
            case 'r': builder.Append('\r'); break;
            case '0': builder.Append('\0'); break;
            case '\\': builder.Append('\\'); break;
            case '"': builder.Append('"'); break;
            case '/': builder.Append('/'); break;
            case 'u':
                if (i + 6 > end || !int.TryParse(_text.Substring(i + 2, 4), System.Globalization.NumberStyles.AllowHexSpecifier, System.Globalization.CultureInfo.InvariantCulture, out var code)
                    || (code >= 0xD800 && code <= 0xDFFF))
                {
                    return false;
                }

                builder.Append((char)code);
                i += 6;
                return true;
            default:
                return false;
        }

        i += 2;
        return true;
    }

    /// <summary>The index of the colon after a field name at <paramref name="at"/> (letters, digits, underscores; a space or the line's end after the colon), or -1.</summary>
    [MethodImpl(HotPath.Optimized)]
    private int KeyEnd(int at, int end)
    {
        var text = _text;
        if (at >= end || !(IsLetter(text[at]) || text[at] == '_'))
        {
            return -1;
        }

        var i = at + 1;
        while (i < end && (IsLetter(text[i]) || text[i] == '_' || (text[i] >= '0' && text[i] <= '9')))
        {
            i++;
        }

        return i < end && text[i] == ':' && (i + 1 == end || text[i + 1] == ' ') ? i : -1;
    }

    private bool IsDash(int at, int end) => _text[at] == '-' && (at + 1 == end || _text[at + 1] == ' ');

    private int SkipSpaces(int at, int end)
    {
        while (at < end && _text[at] == ' ')
        {
            at++;
        }

        return at;
    }

    private int TrimEnd(int start, int end)
    {
        while (end > start && _text[end - 1] == ' ')
        {
            end--;
        }

        return end;
    }

    private bool StartsWith(int at, int end, string marker) =>
        end - at >= marker.Length && string.CompareOrdinal(_text, at, marker, 0, marker.Length) == 0
        && (end - at == marker.Length || _text[at + marker.Length] == ' ');

    private int Position(int index) => index + _offset;

    private static bool IsLetter(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');

    private static bool IsDigitOrPoint(char c) => (c >= '0' && c <= '9') || c == '.';
}
