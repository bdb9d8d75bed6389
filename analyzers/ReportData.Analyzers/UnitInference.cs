using System.Collections.Concurrent;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using ReportData.Analyzers.Units;

namespace ReportData.Analyzers;

/// <summary>
/// The unit of an expression, where the code says it: a constant whose unit is declared (<c>[FigureUnit]</c> on it, or
/// <c>[FiguresInUnit]</c> on its class: <see cref="DeclaredUnits"/>); <c>Figure.Value</c> or
/// <c>ValueHigh</c> of <c>ReportDataset.Find("id")</c> / <c>Get("id")</c> with a constant id; a local or readonly field
/// initialised from one of those (and not assigned anything else); a sum, difference, negation, ?:, Math.Min/Max or
/// Math.Abs of those. Everything else is unknown (null), and unknown is never flagged: a product, a quotient, a
/// method's result, a value read from elsewhere.
/// </summary>
internal sealed class UnitInference
{
    private const int MaxDepth = 12;

    private static readonly object Unknown = new();

    private readonly Compilation _compilation;
    private readonly ConcurrentDictionary<ISymbol, object> _fieldUnits = new(SymbolEqualityComparer.Default);
    private readonly DeclaredUnits _declared = new();

    public UnitInference(Compilation compilation) => _compilation = compilation;

    /// <summary>True for a value with no unit at all written in the code: a literal or a constant with no declared unit (<c>1</c>, <c>100</c>).</summary>
    public bool IsScalar(IOperation operation) =>
        Strip(operation).ConstantValue.HasValue && UnitOf(operation) is null;

    public FigureUnit? UnitOf(IOperation? operation, int depth = 0)
    {
        if (operation is null || depth > MaxDepth)
        {
            return null;
        }

        operation = Strip(operation);
        switch (operation)
        {
            case IFieldReferenceOperation field:
                return FieldUnit(field.Field, depth);
            case ILocalReferenceOperation local:
                return Initializer(local.Local, depth) is { } initializer ? UnitOf(initializer, depth + 1) : null;
            case IPropertyReferenceOperation property when IsFigureValue(property.Property):
                return FigureUnitOf(property.Instance, depth + 1);
            case IPropertyReferenceOperation property:
                return _declared.Of(property.Property);
            case IUnaryOperation { OperatorKind: UnaryOperatorKind.Minus or UnaryOperatorKind.Plus } unary:
                return UnitOf(unary.Operand, depth + 1);
            case IBinaryOperation binary when AsRuleOperation(binary.OperatorKind) is { } rule && rule != UnitRules.Operation.Compare:
                return Combine(rule, binary.LeftOperand, binary.RightOperand, depth);
            case IConditionalOperation { WhenFalse: not null } conditional:
                return Same(UnitOf(conditional.WhenTrue, depth + 1), UnitOf(conditional.WhenFalse, depth + 1));
            case IInvocationOperation invocation when IsMath(invocation, "Min", "Max") && invocation.Arguments.Length == 2:
                return Same(UnitOf(invocation.Arguments[0].Value, depth + 1), UnitOf(invocation.Arguments[1].Value, depth + 1));
            case IInvocationOperation invocation when IsMath(invocation, "Abs") && invocation.Arguments.Length == 1:
                return UnitOf(invocation.Arguments[0].Value, depth + 1);
            default:
                return null;
        }
    }

    /// <summary>The rule an operator follows: +, -, or a comparison; null for the operators that are never flagged (*, /, %, ...).</summary>
    public static UnitRules.Operation? AsRuleOperation(BinaryOperatorKind kind) => kind switch
    {
        BinaryOperatorKind.Add => UnitRules.Operation.Add,
        BinaryOperatorKind.Subtract => UnitRules.Operation.Subtract,
        BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals or BinaryOperatorKind.LessThan or BinaryOperatorKind.LessThanOrEqual
            or BinaryOperatorKind.GreaterThan or BinaryOperatorKind.GreaterThanOrEqual => UnitRules.Operation.Compare,
        _ => null,
    };

    public static bool IsMath(IInvocationOperation invocation, params string[] names) =>
        names.Contains(invocation.TargetMethod.Name)
        && invocation.TargetMethod.ContainingType is { Name: "Math", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } };

    /// <summary>Implicit and numeric conversions (int to double, a nullable's value) keep the unit.</summary>
    public static IOperation Strip(IOperation operation)
    {
        while (operation is IConversionOperation { Conversion.IsNumeric: true } or IConversionOperation { IsImplicit: true } or IConversionOperation { Conversion.IsNullable: true })
        {
            operation = ((IConversionOperation)operation).Operand;
        }

        return operation;
    }

    private FigureUnit? Combine(UnitRules.Operation rule, IOperation leftOperand, IOperation rightOperand, int depth)
    {
        var left = UnitOf(leftOperand, depth + 1);
        var right = UnitOf(rightOperand, depth + 1);
        if (left is { } l && right is { } r)
        {
            return UnitRules.Result(rule, l, r);
        }

        // A unit plus or minus a plain number keeps the unit (GdpBillion + 1 is still billions).
        return left is not null && IsScalar(rightOperand) ? left
            : right is not null && IsScalar(leftOperand) ? right
            : null;
    }

    private static FigureUnit? Same(FigureUnit? left, FigureUnit? right) => left is not null && left == right ? left : null;

    private FigureUnit? FieldUnit(IFieldSymbol field, int depth)
    {
        if (_declared.Of(field) is { } unit)
        {
            return unit;
        }

        if (!field.IsReadOnly && !field.IsConst)
        {
            return null;
        }

        var cached = _fieldUnits.GetOrAdd(field, _ => Initializer(field, depth) is { } initializer && UnitOf(initializer, depth + 1) is { } found ? found : Unknown);
        return cached is FigureUnit known ? known : null;
    }

    /// <summary>The unit of a <c>Figure</c>-valued expression: <c>ReportDataset.Find("Quzhou.Y2023.GdpBillion")</c>, or a local or readonly field holding one.</summary>
    private FigureUnit? FigureUnitOf(IOperation? operation, int depth)
    {
        if (operation is null || depth > MaxDepth)
        {
            return null;
        }

        operation = Strip(operation);
        switch (operation)
        {
            case IInvocationOperation invocation when FigureIds.IsDatasetLookup(invocation.TargetMethod)
                && invocation.Arguments.Length == 1
                && invocation.Arguments[0].Value.ConstantValue is { HasValue: true, Value: string id }:
                return FigureIds.Constant(invocation.TargetMethod.ContainingType.ContainingNamespace, id) is { } constant ? _declared.Of(constant) : null;
            case ILocalReferenceOperation local:
                return FigureUnitOf(Initializer(local.Local, depth), depth + 1);
            case IFieldReferenceOperation { Field.IsReadOnly: true } field:
                return FigureUnitOf(Initializer(field.Field, depth), depth + 1);
            default:
                return null;
        }
    }

    private static bool IsFigureValue(IPropertySymbol property) =>
        property.Name is "Value" or "ValueHigh"
        && property.ContainingType is { Name: "Figure", ContainingNamespace: { Name: "ReportData", ContainingNamespace.IsGlobalNamespace: true } };

    /// <summary>
    /// The initializer of a local or field, as an operation; null when there is none, or when the local is assigned
    /// anything else later (then its unit is what the code last put in it, which this analysis does not follow).
    /// </summary>
    private IOperation? Initializer(ISymbol symbol, int depth)
    {
        if (depth > MaxDepth || symbol.DeclaringSyntaxReferences.Length != 1)
        {
            return null;
        }

        if (symbol.DeclaringSyntaxReferences[0].GetSyntax() is not VariableDeclaratorSyntax { Initializer.Value: { } value } declarator)
        {
            return null;
        }

        // Locals are in the tree being analysed; a readonly field may be in another file of the compilation.
#pragma warning disable RS1030 // The semantic model of one declaration, only for fields the analysed code reads.
        var model = _compilation.GetSemanticModel(declarator.SyntaxTree);
#pragma warning restore RS1030
        if (symbol is ILocalSymbol && IsReassigned(declarator, symbol, model))
        {
            return null;
        }

        return model.GetOperation(value);
    }

    /// <summary>Whether the local is assigned again (=, *=, /=, ref or out) in the member that declares it; += and -= keep its unit and are checked themselves.</summary>
    private static bool IsReassigned(VariableDeclaratorSyntax declarator, ISymbol local, SemanticModel model)
    {
        var scope = declarator.Ancestors().FirstOrDefault(node => node is MemberDeclarationSyntax or GlobalStatementSyntax);
        if (scope is GlobalStatementSyntax)
        {
            scope = declarator.SyntaxTree.GetRoot();
        }

        if (scope is null)
        {
            return false;
        }

        foreach (var node in scope.DescendantNodes())
        {
            var target = node switch
            {
                AssignmentExpressionSyntax assignment when !assignment.IsKind(SyntaxKind.AddAssignmentExpression) && !assignment.IsKind(SyntaxKind.SubtractAssignmentExpression) => assignment.Left,
                ArgumentSyntax { RefKindKeyword.RawKind: not 0 } argument => argument.Expression,
                _ => null,
            };
            if (target is IdentifierNameSyntax name && name.Identifier.ValueText == local.Name
                && SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(name).Symbol, local))
            {
                return true;
            }
        }

        return false;
    }
}
