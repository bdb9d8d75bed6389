using System;
using System.Collections.Generic;
using System.IO;
using Microsoft.CodeAnalysis.Text;
using ReportData.Authoring.Diagnostics;
using ReportData.Authoring.Model;
using ReportData.Authoring.Shared;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace ReportData.Authoring.Parsing;

/// <summary>
/// Reads a YAML document into a <see cref="YamlTree"/>: in the plain block style report files are written in with
/// <see cref="BlockYamlReader"/>, otherwise with YamlDotNet's low-level parser.
/// Report files need none of YAML's graph features, so aliases are refused outright: an alias
/// "bomb" is rejected at its first alias, before anything is expanded. Depth and size are bounded.
/// </summary>
internal sealed class YamlTreeReader
{
    /// <summary>A report file nests four levels; anything deeper is a mistake or an attack.</summary>
    public const int MaxDepth = 16;

    /// <summary>Mappings up to this many keys are checked for duplicates by a scan; larger ones by a dictionary.</summary>
    private const int MappingScanLimit = 16;

    private readonly string _filePath;
    private readonly int _indexOffset;
    private readonly YamlLocator _locator;
    private readonly int _length;
    private readonly List<DiagnosticInfo> _diagnostics;
    private readonly List<List<YamlMappingEntry>> _entriesByDepth = new();
    private IParser _parser = null!;

    private YamlTreeReader(string filePath, YamlLocator locator, int length, int indexOffset, List<DiagnosticInfo> diagnostics)
    {
        _filePath = filePath;
        _indexOffset = indexOffset;
        _locator = locator;
        _length = length;
        _diagnostics = diagnostics;
    }

    /// <summary>
    /// Reads <paramref name="content"/>; returns the root node, or null when the file has no usable
    /// document (the reason is added to <paramref name="diagnostics"/>).
    /// </summary>
    public static YamlTreeNode? Read(string filePath, string content, List<DiagnosticInfo> diagnostics)
    {
        var (yaml, offset) = WithoutByteOrderMark(content);
        var locator = new YamlLocator(filePath, content);
        // Files in the plain block style are read without YamlDotNet; anything else, and every error, is YamlDotNet's.
        return BlockYamlReader.TryRead(yaml, offset, locator)
            ?? ReadWithYamlDotNet(new YamlTreeReader(filePath, locator, content.Length, offset, diagnostics), yaml);
    }

    /// <summary>As <see cref="Read"/>, always with YamlDotNet (the tests compare the two readers' trees).</summary>
    internal static YamlTreeNode? ReadWithYamlDotNet(string filePath, string content, List<DiagnosticInfo> diagnostics)
    {
        var (yaml, offset) = WithoutByteOrderMark(content);
        return ReadWithYamlDotNet(new YamlTreeReader(filePath, new YamlLocator(filePath, content), content.Length, offset, diagnostics), yaml);
    }

    /// <summary>The text after its byte order mark, read by YamlDotNet's parser into <paramref name="reader"/>'s tree.</summary>
    private static YamlTreeNode? ReadWithYamlDotNet(YamlTreeReader reader, string yaml)
    {
        var filePath = reader._filePath;
        var diagnostics = reader._diagnostics;
        var scanner = new Scanner(new StringReader(yaml));
        try
        {
            return reader.ReadStream(new Parser(scanner));
        }
        catch (YamlException exception)
        {
            diagnostics.Add(DiagnosticInfo.Create(
                DiagnosticDescriptors.YamlSyntaxError,
                reader.ToLocation(exception.Start, exception.End),
                Path.GetFileName(filePath),
                OneLine(exception.Message)));
            return null;
        }
        catch (Exception exception) when (exception is ArgumentException or InvalidOperationException or FormatException or OverflowException)
        {
            // YamlDotNet reports some malformed input with these (an escape beyond Unicode, \UFFFFFFFF); it is still a
            // syntax error of the file, where the scanner stopped.
            var at = scanner.CurrentPosition;
            diagnostics.Add(DiagnosticInfo.Create(
                DiagnosticDescriptors.YamlSyntaxError,
                reader.ToLocation(at, at),
                Path.GetFileName(filePath),
                OneLine(exception.Message)));
            return null;
        }
    }

    /// <summary>A byte order mark is not YAML content: the text after it, and 1 to keep positions pointing into the original text.</summary>
    internal static (string Yaml, int Offset) WithoutByteOrderMark(string content) =>
        content.Length > 0 && content[0] == '\uFEFF' ? (content.Substring(1), 1) : (content, 0);

    /// <summary>True for a document that holds nothing: <c>---</c> alone, or <c>~</c>.</summary>
    public static bool IsEmptyDocument(YamlTreeNode? root) => root is null or YamlScalarNode { IsNull: true };

    private YamlTreeNode? ReadStream(IParser parser)
    {
        _parser = parser;
        Expect<StreamStart>();
        if (_parser.Current is StreamEnd)
        {
            return null;
        }

        var documentStart = Expect<DocumentStart>();
        if (_parser.Current is DocumentEnd)
        {
            return null;
        }

        var root = ReadNode(depth: 1);
        Expect<DocumentEnd>();
        if (root is not null && _parser.Current is DocumentStart extra)
        {
            Report(DiagnosticDescriptors.UnsupportedYaml, ToLocation(extra.Start, extra.End), "a second document (---)", "keep one report per file");
            return null;
        }

        _ = documentStart;
        return root;
    }

    private YamlTreeNode? ReadNode(int depth)
    {
        var current = _parser.Current;
        if (depth > MaxDepth && current is MappingStart or SequenceStart)
        {
            Report(DiagnosticDescriptors.UnsupportedYaml, ToLocation(current!.Start, current.End), "nesting deeper than " + MaxDepth.ToString(System.Globalization.CultureInfo.InvariantCulture) + " levels", "a report file nests four levels at most: check the indentation and the brackets");
            throw new AbandonReadException();
        }

        switch (current)
        {
            case AnchorAlias alias:
                // Rejected rather than resolved: this is what makes expansion bombs harmless.
                Report(DiagnosticDescriptors.UnsupportedYaml, ToLocation(alias.Start, alias.End), "an alias (*" + DiagnosticText.Shorten(alias.Value.Value) + ")", "write the value out where it is used");
                throw new AbandonReadException();
            case Scalar scalar:
                _parser.MoveNext();
                return new YamlScalarNode(_locator, Index(scalar.Start), End(scalar.Start, scalar.End), scalar.Value, scalar.Style == ScalarStyle.Plain);
            case SequenceStart sequenceStart:
            {
                _parser.MoveNext();
                var items = new List<YamlTreeNode>();
                while (_parser.Current is not SequenceEnd)
                {
                    var item = ReadNode(depth + 1);
                    if (item is not null)
                    {
                        items.Add(item);
                    }
                }

                var end = _parser.Current!;
                _parser.MoveNext();
                return new YamlSequenceNode(_locator, Index(sequenceStart.Start), End(sequenceStart.Start, end.End), items);
            }

            case MappingStart mappingStart:
                return ReadMapping(mappingStart, depth);
            default:
                throw new YamlException(current!.Start, current.End, "Unexpected " + current.GetType().Name);
        }
    }

    private YamlTreeNode ReadMapping(MappingStart mappingStart, int depth)
    {
        _parser.MoveNext();
        // The entries are gathered in a list kept per depth and copied out at their exact size: one array per mapping.
        var entries = EntriesAt(depth);
        // Duplicate keys are found by a scan of the entries so far: a figure's mapping has a dozen keys, and a
        // dictionary per mapping was one of the largest allocations of a run. Past that size (a hand-made or
        // hostile file), a dictionary keeps the check linear.
        Dictionary<string, int>? seen = null;
        while (_parser.Current is not MappingEnd)
        {
            if (_parser.Current is not Scalar keyScalar)
            {
                var keyNode = ReadNode(depth + 1);
                ReadNode(depth + 1);
                Report(DiagnosticDescriptors.WrongFieldType, keyNode!.Location, "(mapping key)", "a plain field name", keyNode.Description);
                continue;
            }

            _parser.MoveNext();
            var key = new YamlMappingEntry(keyScalar.Value, Index(keyScalar.Start), End(keyScalar.Start, keyScalar.End), null!);
            var valueNode = ReadNode(depth + 1);
            if (FirstWithKey(entries, seen, key.Key) is { } first)
            {
                Report(DiagnosticDescriptors.DuplicateMappingKey, KeyLocation(key), DiagnosticText.Shorten(key.Key), KeyLocation(entries[first]).LineSpan.Start.Line + 1);
                continue;
            }

            entries.Add(new YamlMappingEntry(key.Key, key.KeyStart, key.KeyEnd, valueNode!));
            if (seen is not null)
            {
                seen.Add(key.Key, entries.Count - 1);
            }
            else if (entries.Count > MappingScanLimit)
            {
                seen = new Dictionary<string, int>(StringComparer.Ordinal);
                for (var i = 0; i < entries.Count; i++)
                {
                    seen.Add(entries[i].Key, i);
                }
            }
        }

        var end = _parser.Current!;
        _parser.MoveNext();
        var mapping = new YamlMappingNode(_locator, Index(mappingStart.Start), End(mappingStart.Start, end.End), entries.ToArray());
        entries.Clear();
        return mapping;
    }

    private List<YamlMappingEntry> EntriesAt(int depth)
    {
        while (_entriesByDepth.Count <= depth)
        {
            _entriesByDepth.Add(new List<YamlMappingEntry>());
        }

        return _entriesByDepth[depth];
    }

    private LocationInfo KeyLocation(YamlMappingEntry entry) => _locator.Locate(entry.KeyStart, entry.KeyEnd);

    /// <summary>The index of the entry already read with this key, if any.</summary>
    private static int? FirstWithKey(List<YamlMappingEntry> entries, Dictionary<string, int>? seen, string key)
    {
        if (seen is not null)
        {
            return seen.TryGetValue(key, out var first) ? first : null;
        }

        for (var i = 0; i < entries.Count; i++)
        {
            if (string.Equals(entries[i].Key, key, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return null;
    }

    private T Expect<T>()
        where T : ParsingEvent
    {
        if (_parser.Current is null)
        {
            _parser.MoveNext();
        }

        if (_parser.Current is T expected)
        {
            _parser.MoveNext();
            return expected;
        }

        var current = _parser.Current;
        var start = current?.Start ?? Mark.Empty;
        throw new YamlException(start, current?.End ?? start, "Expected " + typeof(T).Name);
    }

    private void Report(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, LocationInfo location, params object?[] args)
    {
        var fileArgs = new object?[args.Length + 1];
        fileArgs[0] = Path.GetFileName(_filePath);
        Array.Copy(args, 0, fileArgs, 1, args.Length);
        _diagnostics.Add(DiagnosticInfo.Create(descriptor, location, fileArgs));
    }

    /// <summary>A YamlDotNet mark pair as a location in the original text (see <see cref="YamlLocator"/>).</summary>
    private LocationInfo ToLocation(Mark start, Mark end) => _locator.Locate(Index(start), End(start, end));

    /// <summary>A mark's character index in the original text, after a byte order mark if there is one.</summary>
    private int Index(Mark mark) => Clamp(mark.Index + _indexOffset);

    /// <summary>The end of a node: not before its start.</summary>
    private int End(Mark start, Mark end) => Math.Max(Index(start), Index(end));

    private int Clamp(long index) => (int)Math.Min(Math.Max(0L, index), _length);

    /// <summary>YamlDotNet's message on one line, without its closing period (the descriptor adds the sentence after it).</summary>
    private static string OneLine(string message) => message.Replace("\r", " ").Replace("\n", " ").TrimEnd(' ', '.');

    /// <summary>Thrown inside the reader only, after the reason was reported, to stop reading.</summary>
    internal sealed class AbandonReadException : Exception
    {
    }
}
