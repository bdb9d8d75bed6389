using System.Collections.Generic;
using ReportData.Generator.Model;

namespace ReportData.Generator.Parsing;

/// <summary>
/// A minimal YAML tree with the location of every node. Built from YamlDotNet's event stream
/// (never from a hand-written parser) and used only inside the parse step: nothing downstream sees it.
/// </summary>
internal abstract class YamlTreeNode
{
    protected YamlTreeNode(LocationInfo location) => Location = location;

    public LocationInfo Location { get; }

    /// <summary>What the node is, in words for a diagnostic ("a text value", "a list").</summary>
    public abstract string Description { get; }
}

internal sealed class YamlScalarNode : YamlTreeNode
{
    public YamlScalarNode(LocationInfo location, string value, bool isPlain)
        : base(location)
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
    public YamlMappingNode(LocationInfo location, IReadOnlyList<KeyValuePair<YamlScalarNode, YamlTreeNode>> entries)
        : base(location) => Entries = entries;

    public IReadOnlyList<KeyValuePair<YamlScalarNode, YamlTreeNode>> Entries { get; }

    public override string Description => "a mapping of fields";
}

internal sealed class YamlSequenceNode : YamlTreeNode
{
    public YamlSequenceNode(LocationInfo location, IReadOnlyList<YamlTreeNode> items)
        : base(location) => Items = items;

    public IReadOnlyList<YamlTreeNode> Items { get; }

    public override string Description => "a list";
}
