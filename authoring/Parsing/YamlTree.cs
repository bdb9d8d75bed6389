using System.Collections.Generic;
using ReportData.Authoring.Model;

namespace ReportData.Authoring.Parsing;

/// <summary>
/// A minimal YAML tree with the location of every node. Built from YamlDotNet's event stream, or for the plain
/// block style alone by <see cref="BlockYamlReader"/>, which gives the same tree; used only inside the parse step:
/// nothing downstream sees it.
/// </summary>
internal abstract class YamlTreeNode
{
    private readonly YamlLocator _locator;
    private readonly int _start;
    private readonly int _end;
    private LocationInfo? _location;

    protected YamlLocator Locator => _locator;

    protected YamlTreeNode(YamlLocator locator, int start, int end)
    {
        _locator = locator;
        _start = start;
        _end = end;
    }

    /// <summary>
    /// Where the node is, computed on first use: most nodes are read and never pointed at, so a file pays
    /// for the locations of its diagnostics and figure sites only, not one per node.
    /// </summary>
    public LocationInfo Location => _location ??= _locator.Locate(_start, _end);

    /// <summary>What the node is, in words for a diagnostic ("a text value", "a list").</summary>
    public abstract string Description { get; }
}

internal sealed class YamlScalarNode : YamlTreeNode
{
    public YamlScalarNode(YamlLocator locator, int start, int end, string value, bool isPlain)
        : base(locator, start, end)
    {
        Value = value;
        IsPlain = isPlain;
    }

    public string Value { get; }

    /// <summary>True when unquoted, so that <c>null</c> and <c>~</c> mean "no value".</summary>
    public bool IsPlain { get; }

    public bool IsNull => IsPlain && (Value.Length == 0 || Value == "~" || Value == "null" || Value == "Null" || Value == "NULL");

    public override string Description => "a single value";
}

internal sealed class YamlMappingNode : YamlTreeNode
{
    public YamlMappingNode(YamlLocator locator, int start, int end, YamlMappingEntry[] entries)
        : base(locator, start, end) => Entries = entries;

    public IReadOnlyList<YamlMappingEntry> Entries { get; }

    /// <summary>Where an entry's key is (computed on use: keys are pointed at only by diagnostics).</summary>
    public LocationInfo KeyLocation(YamlMappingEntry entry) => Locator.Locate(entry.KeyStart, entry.KeyEnd);

    public override string Description => "a mapping of fields";
}

/// <summary>
/// A key and its value. The key is a plain string with its place rather than a node of its own: a figure has a
/// dozen keys, and a node per key was a tenth of what a parse allocates.
/// </summary>
internal readonly record struct YamlMappingEntry(string Key, int KeyStart, int KeyEnd, YamlTreeNode Value);

internal sealed class YamlSequenceNode : YamlTreeNode
{
    public YamlSequenceNode(YamlLocator locator, int start, int end, IReadOnlyList<YamlTreeNode> items)
        : base(locator, start, end) => Items = items;

    public IReadOnlyList<YamlTreeNode> Items { get; }

    public override string Description => "a list";
}

/// <summary>
/// Turns character ranges of one file into <see cref="LocationInfo"/>s. Line and column come from the
/// character index through Roslyn's own line map, so they agree with the editor on every line break
/// (CRLF, CR, NEL, U+2028) and after a byte order mark, whatever YamlDotNet counts.
/// </summary>
internal sealed class YamlLocator
{
    private readonly string _filePath;
    private readonly Microsoft.CodeAnalysis.Text.TextLineCollection _lines;

    public YamlLocator(string filePath, string content)
    {
        _filePath = filePath;
        _lines = Microsoft.CodeAnalysis.Text.SourceText.From(content).Lines;
    }

    public LocationInfo Locate(int start, int end)
    {
        var span = Microsoft.CodeAnalysis.Text.TextSpan.FromBounds(start, end);
        return new LocationInfo(_filePath, span, _lines.GetLinePositionSpan(span));
    }
}
