using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using ReportData.Authoring.Units;

namespace ReportData.Analyzers;

/// <summary>
/// The unit the code declares for a field or property: its own <c>[FigureUnit(unit)]</c> (user code, and generated
/// constants of a package before <c>FiguresInUnitAttribute</c>), else, for a field, the <c>[FiguresInUnit(unit,
/// "NameA NameB")]</c> lists of its class (generated constants: one attribute a unit a class, not one a constant,
/// which the compiler could not afford at a million figures). Never from a member's name.
/// <para>
/// A class's lists are read once per compilation, the first time one of its fields is asked about, into a table by
/// name: the analyzer's cost is a dictionary lookup per referenced constant, and nothing for the classes the analysed
/// code does not use. A name listed under two different units has none: a mis-marked class is never read wrongly.
/// </para>
/// </summary>
internal sealed class DeclaredUnits
{
    private const string Namespace = "ReportData";

    private readonly ConcurrentDictionary<INamedTypeSymbol, IReadOnlyDictionary<string, FigureUnit?>> _classes = new(SymbolEqualityComparer.Default);

    public FigureUnit? Of(ISymbol symbol)
    {
        if (Own(symbol) is { } unit)
        {
            return unit;
        }

        return symbol is IFieldSymbol { ContainingType: { } type } field
            && _classes.GetOrAdd(type, Listed).TryGetValue(field.Name, out var listed) ? listed : null;
    }

    private static FigureUnit? Own(ISymbol symbol)
    {
        foreach (var attribute in symbol.GetAttributes())
        {
            if (IsReportDataAttribute(attribute, "FigureUnitAttribute")
                && attribute.ConstructorArguments.Length == 1
                && attribute.ConstructorArguments[0].Value is int value)
            {
                return (FigureUnit)value;
            }
        }

        return null;
    }

    /// <summary>The class's listed names and their units; null for a name listed under two units.</summary>
    private static IReadOnlyDictionary<string, FigureUnit?> Listed(INamedTypeSymbol type)
    {
        var units = new Dictionary<string, FigureUnit?>(StringComparer.Ordinal);
        foreach (var attribute in type.GetAttributes())
        {
            if (!IsReportDataAttribute(attribute, "FiguresInUnitAttribute")
                || attribute.ConstructorArguments.Length != 2
                || attribute.ConstructorArguments[0].Value is not int value
                || attribute.ConstructorArguments[1].Value is not string names)
            {
                continue;
            }

            var unit = (FigureUnit)value;
            foreach (var name in names.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries))
            {
                units[name] = units.TryGetValue(name, out var earlier) && earlier != unit ? null : unit;
            }
        }

        return units;
    }

    /// <summary>Recognised by name, so that every copy counts: the package's public one, a generator-only library's internal one.</summary>
    private static bool IsReportDataAttribute(AttributeData attribute, string name) =>
        attribute.AttributeClass is { ContainingNamespace: { Name: Namespace, ContainingNamespace.IsGlobalNamespace: true } } type
        && type.Name == name;
}
