using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ReportData.Analyzers;

/// <summary>
/// One value a local or field is given: <see cref="Value"/> itself, or element <see cref="Element"/> of it (a deconstruction);
/// or, for <c>+=</c> and <c>-=</c>, the value added or taken away (<see cref="Compound"/>).
/// </summary>
internal readonly struct UnitSource
{
    public UnitSource(IOperation value, int element, UnitRules.Operation? compound = null)
    {
        Value = value;
        Element = element;
        Compound = compound;
    }

    public IOperation Value { get; }

    /// <summary>The tuple element given (<c>var (a, b) = (x, y)</c> gives <c>b</c> element 1), or -1 for the whole value.</summary>
    public int Element { get; }

    /// <summary>
    /// Add or Subtract for <c>x += Value</c> or <c>x -= Value</c>, which keep x's unit but where they change it: a percent
    /// minus a percent is percentage points, points plus a percent a percent (<see cref="UnitRules.Result"/>).
    /// </summary>
    public UnitRules.Operation? Compound { get; }
}

/// <summary>
/// Everything the code puts in a local or a readonly field, read from the syntax: a local's initializer, its plain
/// assignments (<c>x = ...</c>, <c>x ??= ...</c>) and deconstructions (<c>var (a, b) = (..., ...)</c>,
/// <c>(a, b) = (..., ...)</c>) anywhere in the member that declares it, lambdas and local functions included; a
/// readonly field's or constant's initializer. <c>++</c> and <c>--</c> keep the unit, and so do <c>+=</c> and <c>-=</c>
/// (checked themselves) but where the rules change it (<see cref="UnitSource.Compound"/>). A write the analysis cannot
/// follow (<c>*=</c>, <c>/=</c>, <c>ref</c> or <c>out</c>, a <c>ref</c> alias, a pattern or <c>foreach</c> variable, a
/// nested deconstruction, a write to a tuple local's element, a readonly field a constructor or init accessor of any
/// part of its class writes) makes the answer null: the value's unit is then unknown, never guessed from the writes
/// that were seen.
/// </summary>
internal sealed class UnitSources
{
    private readonly Compilation _compilation;
    private readonly ConcurrentDictionary<ISymbol, ImmutableArray<UnitSource>?> _cache = new(SymbolEqualityComparer.Default);

    public UnitSources(Compilation compilation) => _compilation = compilation;

    public ImmutableArray<UnitSource>? Of(ISymbol symbol) => _cache.GetOrAdd(symbol, Find);

    private ImmutableArray<UnitSource>? Find(ISymbol symbol)
    {
        if (symbol.DeclaringSyntaxReferences.Length != 1)
        {
            return null;
        }

        var declaration = symbol.DeclaringSyntaxReferences[0].GetSyntax();
#pragma warning disable RS1030 // The semantic model of one declaration: the analysed tree for a local, another file for a readonly field.
        var model = _compilation.GetSemanticModel(declaration.SyntaxTree);
#pragma warning restore RS1030
        return symbol switch
        {
            ILocalSymbol { RefKind: RefKind.None } local => LocalSources(local, declaration, model),
            IFieldSymbol field when field.IsConst || field.IsReadOnly => FieldSources(field, declaration, model),
            _ => null,
        };
    }

    private static ImmutableArray<UnitSource>? FieldSources(IFieldSymbol field, SyntaxNode declaration, SemanticModel model)
    {
        if (declaration is not VariableDeclaratorSyntax { Initializer.Value: { } value }
            || model.GetOperation(value) is not { } operation)
        {
            return null;
        }

        return !field.IsConst && WrittenBeyondInitializer(field) ? null : ImmutableArray.Create(new UnitSource(operation, -1));
    }

    /// <summary>
    /// True when a constructor or init accessor may give the readonly field something else than its initializer: a write
    /// of its name (assigned, deconstructed into, passed by <c>ref</c> or <c>out</c>) in any declaration of its class, the
    /// parts of a partial class in other files included. By name, not symbol: a write of another field so named is one too.
    /// </summary>
    private static bool WrittenBeyondInitializer(IFieldSymbol field)
    {
        foreach (var reference in field.ContainingType.DeclaringSyntaxReferences)
        {
            foreach (var name in reference.GetSyntax().DescendantNodes().OfType<IdentifierNameSyntax>())
            {
                if (name.Identifier.ValueText != field.Name
                    || !name.Ancestors().Any(node => node is ConstructorDeclarationSyntax || node.IsKind(SyntaxKind.InitAccessorDeclaration)))
                {
                    continue;
                }

                ExpressionSyntax target = name.Parent is MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax } access && access.Name == name ? access : name;
                if (Write(target) != Kind.Read)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static ImmutableArray<UnitSource>? LocalSources(ILocalSymbol local, SyntaxNode declaration, SemanticModel model)
    {
        var sources = ImmutableArray.CreateBuilder<UnitSource>();
        switch (declaration)
        {
            case VariableDeclaratorSyntax { Initializer.Value: { } value }:
                if (!Add(sources, model, value, -1))
                {
                    return null;
                }

                break;
            case VariableDeclaratorSyntax:
                break;
            case SingleVariableDesignationSyntax designation when DeconstructedFrom(designation) is { } deconstructed:
                if (!Add(sources, model, deconstructed.Value, deconstructed.Element))
                {
                    return null;
                }

                break;
            default:
                // out var, pattern and foreach variables: given values this analysis does not see.
                return null;
        }

        var scope = declaration.Ancestors().FirstOrDefault(node => node is MemberDeclarationSyntax or GlobalStatementSyntax);
        if (scope is GlobalStatementSyntax)
        {
            scope = declaration.SyntaxTree.GetRoot();
        }

        if (scope is null)
        {
            return null;
        }

        foreach (var name in scope.DescendantNodes().OfType<IdentifierNameSyntax>())
        {
            if (name.Identifier.ValueText != local.Name || !SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(name).Symbol, local))
            {
                continue;
            }

            var kind = Write(name);
            if (kind == Kind.Read && name.Parent is MemberAccessExpressionSyntax access && access.Expression == name && Write(access) != Kind.Read)
            {
                // t.Level = ..., (t.Item1, t.Item2) = ..., ref t.Level: an element of a tuple local written in place.
                kind = Kind.Unfollowed;
            }

            switch (kind)
            {
                case Kind.Read or Kind.KeepsUnit:
                    break;
                case Kind.Compound:
                    var compound = (AssignmentExpressionSyntax)name.Parent!;
                    if (model.GetOperation(compound.Right) is not { } added)
                    {
                        return null;
                    }

                    sources.Add(new UnitSource(added, -1, compound.IsKind(SyntaxKind.AddAssignmentExpression) ? UnitRules.Operation.Add : UnitRules.Operation.Subtract));
                    break;
                case Kind.Assigned when ((AssignmentExpressionSyntax)name.Parent!).Right is { } value:
                    if (!Add(sources, model, value, -1))
                    {
                        return null;
                    }

                    break;
                case Kind.Deconstructed:
                    var argument = (ArgumentSyntax)name.Parent!;
                    var tuple = (TupleExpressionSyntax)argument.Parent!;
                    if (!Add(sources, model, ((AssignmentExpressionSyntax)tuple.Parent!).Right, tuple.Arguments.IndexOf(argument)))
                    {
                        return null;
                    }

                    break;
                default:
                    return null;
            }
        }

        return sources.ToImmutable();
    }

    private enum Kind
    {
        Read,
        KeepsUnit,
        Compound,
        Assigned,
        Deconstructed,
        Unfollowed,
    }

    /// <summary>What a mention of the local (or of a field, or of a tuple local's element) does to it.</summary>
    private static Kind Write(ExpressionSyntax name) => name.Parent switch
    {
        AssignmentExpressionSyntax assignment when assignment.Left == name => assignment.Kind() switch
        {
            SyntaxKind.SimpleAssignmentExpression or SyntaxKind.CoalesceAssignmentExpression => Kind.Assigned,
            SyntaxKind.AddAssignmentExpression or SyntaxKind.SubtractAssignmentExpression => Kind.Compound,
            _ => Kind.Unfollowed,
        },
        ArgumentSyntax { RefKindKeyword.RawKind: (int)SyntaxKind.RefKeyword or (int)SyntaxKind.OutKeyword } => Kind.Unfollowed,
        ArgumentSyntax { Parent: TupleExpressionSyntax tuple } when IsWrittenTuple(tuple) =>
            tuple.Parent is AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.SimpleAssignmentExpression } assignment && assignment.Left == tuple ? Kind.Deconstructed : Kind.Unfollowed,
        RefExpressionSyntax => Kind.Unfollowed,
        PrefixUnaryExpressionSyntax prefix when prefix.IsKind(SyntaxKind.AddressOfExpression) => Kind.Unfollowed,
        PrefixUnaryExpressionSyntax or PostfixUnaryExpressionSyntax => Kind.KeepsUnit,
        _ => Kind.Read,
    };

    /// <summary>A tuple that is the target of an assignment or a foreach, or nested in one.</summary>
    private static bool IsWrittenTuple(TupleExpressionSyntax tuple)
    {
        SyntaxNode node = tuple;
        while (node.Parent is ArgumentSyntax { Parent: TupleExpressionSyntax outer })
        {
            node = outer;
        }

        return node.Parent is AssignmentExpressionSyntax assignment && assignment.Left == node
            || node.Parent is ForEachVariableStatementSyntax;
    }

    /// <summary><c>var (a, b) = value</c> or <c>(var a, var b) = value</c>: the value and the element this variable takes; null when nested or not a deconstruction.</summary>
    private static (ExpressionSyntax Value, int Element)? DeconstructedFrom(SingleVariableDesignationSyntax designation)
    {
        if (designation.Parent is ParenthesizedVariableDesignationSyntax list
            && list.Parent is DeclarationExpressionSyntax declared
            && declared.Parent is AssignmentExpressionSyntax assignment && assignment.Left == declared)
        {
            return (assignment.Right, list.Variables.IndexOf(designation));
        }

        if (designation.Parent is DeclarationExpressionSyntax single
            && single.Parent is ArgumentSyntax argument
            && argument.Parent is TupleExpressionSyntax tuple
            && tuple.Parent is AssignmentExpressionSyntax outer && outer.Left == tuple)
        {
            return (outer.Right, tuple.Arguments.IndexOf(argument));
        }

        return null;
    }

    private static bool Add(ImmutableArray<UnitSource>.Builder sources, SemanticModel model, ExpressionSyntax value, int element)
    {
        if (model.GetOperation(value) is not { } operation)
        {
            return false;
        }

        sources.Add(new UnitSource(operation, element));
        return true;
    }
}
