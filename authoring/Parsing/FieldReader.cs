using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Runtime.CompilerServices;
using ReportData.Authoring.Diagnostics;
using ReportData.Authoring.Model;
using ReportData.Authoring.Shared;

namespace ReportData.Authoring.Parsing;

/// <summary>
/// Reads the fields of one YAML mapping by name, reporting missing, mistyped and unknown fields
/// as located diagnostics. Never throws on bad input.
/// </summary>
internal sealed class FieldReader
{
    private readonly YamlMappingNode _mapping;
    private readonly string _filePath;
    private readonly string _what;
    private readonly List<DiagnosticInfo> _diagnostics;

    public FieldReader(YamlMappingNode mapping, string filePath, string what, List<DiagnosticInfo> diagnostics)
    {
        _mapping = mapping;
        _filePath = filePath;
        _what = what;
        _diagnostics = diagnostics;
    }

    public LocationInfo Location => _mapping.Location;

    /// <summary>Warns about every field not in <paramref name="knownFields"/> (a typo would otherwise vanish silently).</summary>
    public void ReportUnknownFields(IReadOnlyCollection<string> knownFields)
    {
        foreach (var entry in _mapping.Entries)
        {
            if (!Contains(knownFields, entry.Key))
            {
                Report(DiagnosticDescriptors.UnknownField, _mapping.KeyLocation(entry), DiagnosticText.Shorten(entry.Key), _what, string.Join(", ", knownFields));
            }
        }
    }

    /// <summary>The node of a field, or null when absent or null-valued.</summary>
    public YamlTreeNode? Node(string field) =>
        TryGetField(field, out var value) && !(value is YamlScalarNode { IsNull: true }) ? value : null;

    public LocationInfo LocationOf(string field) =>
        TryGetField(field, out var value) ? value.Location : _mapping.Location;

    /// <summary>
    /// A linear scan: a mapping has at most a dozen fields (keys are unique, the tree reader drops repeats),
    /// which costs less than a dictionary built per mapping.
    /// </summary>
    [MethodImpl(HotPath.Optimized)]
    private bool TryGetField(string field, out YamlTreeNode value)
    {
        var entries = _mapping.Entries;
        for (var i = 0; i < entries.Count; i++)
        {
            if (string.Equals(entries[i].Key, field, StringComparison.Ordinal))
            {
                value = entries[i].Value;
                return true;
            }
        }

        value = null!;
        return false;
    }

    public string? OptionalString(string field)
    {
        var node = Node(field);
        if (node is null)
        {
            return null;
        }

        if (node is YamlScalarNode scalar)
        {
            return scalar.Value;
        }

        Report(DiagnosticDescriptors.WrongFieldType, node.Location, field, "a single text value", node.Description);
        return null;
    }

    /// <summary>A required, non-empty text; null (with a diagnostic) when missing or wrong.</summary>
    public string? RequiredString(string field, string hint, bool allowEmpty = false)
    {
        if (Node(field) is null && !(allowEmpty && TryGetField(field, out _)))
        {
            Report(DiagnosticDescriptors.MissingField, _mapping.Location, _what, field, hint);
            return null;
        }

        var value = allowEmpty && Node(field) is null ? string.Empty : OptionalString(field);
        if (value is not null && value.Trim().Length == 0 && !allowEmpty)
        {
            Report(DiagnosticDescriptors.MissingField, LocationOf(field), _what, field, hint + "; it is empty");
            return null;
        }

        return value;
    }

    public int? OptionalInteger(string field, int min, int max)
    {
        var node = Node(field);
        if (node is null)
        {
            return null;
        }

        if (node is not YamlScalarNode scalar || !IsDigits(scalar.Value))
        {
            Report(DiagnosticDescriptors.WrongFieldType, node.Location, field, "a whole number", Describe(node));
            return null;
        }

        // Digits that overflow an int are a whole number too, just far out of range.
        if (!int.TryParse(scalar.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
        {
            Report(DiagnosticDescriptors.YearOutOfRange, node.Location, field, DiagnosticText.Shorten(scalar.Value), min, max);
            return null;
        }

        return value;
    }

    /// <summary>The list under <paramref name="field"/>; null when it is absent, or not a list (then reported as RD0005).</summary>
    public YamlSequenceNode? OptionalList(string field, string expected)
    {
        var node = Node(field);
        if (node is null or YamlSequenceNode)
        {
            return (YamlSequenceNode?)node;
        }

        Report(DiagnosticDescriptors.WrongFieldType, node.Location, field, expected, node.Description);
        return null;
    }

    public bool OptionalBoolean(string field)
    {
        var node = Node(field);
        if (node is null)
        {
            return false;
        }

        if (node is YamlScalarNode scalar)
        {
            switch (scalar.Value)
            {
                case "true" or "True" or "TRUE":
                    return true;
                case "false" or "False" or "FALSE":
                    return false;
            }
        }

        Report(DiagnosticDescriptors.WrongFieldType, node.Location, field, "true or false", Describe(node));
        return false;
    }

    /// <summary>One of <paramref name="choices"/>; returns null (with a diagnostic) for anything else.</summary>
    public string? OptionalChoice(string field, IReadOnlyCollection<string> choices)
    {
        var value = OptionalString(field);
        if (value is null || Contains(choices, value))
        {
            return value;
        }

        Report(DiagnosticDescriptors.InvalidChoice, LocationOf(field), field, value, string.Join(", ", choices));
        return null;
    }

    public void Report(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, LocationInfo location, params object?[] args)
    {
        var withFile = new object?[args.Length + 1];
        withFile[0] = Path.GetFileName(_filePath);
        Array.Copy(args, 0, withFile, 1, args.Length);
        _diagnostics.Add(DiagnosticInfo.Create(descriptor, location, withFile));
    }

    private static string Describe(YamlTreeNode node) =>
        node is YamlScalarNode scalar ? "'" + DiagnosticText.Shorten(scalar.Value) + "'" : node.Description;

    private static bool IsDigits(string text)
    {
        foreach (var character in text)
        {
            if (character < '0' || character > '9')
            {
                return false;
            }
        }

        return text.Length > 0;
    }

    private static bool Contains(IReadOnlyCollection<string> values, string value)
    {
        foreach (var candidate in values)
        {
            if (string.Equals(candidate, value, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
