using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using ReportData.Authoring.Units;

namespace ReportData.Analyzers;

/// <summary>
/// The unit of a numeric expression, where the code says it at compile time:
/// <list type="bullet">
/// <item>a constant whose unit is declared (<c>[FigureUnit]</c> on it, or <c>[FiguresInUnit]</c> on its class: <see cref="DeclaredUnits"/>);</item>
/// <item><c>Figure.Value</c> or <c>ValueHigh</c> of a lookup with a constant id (<see cref="FigureIds"/>), also through <c>?.</c>;</item>
/// <item>a local or readonly field, when everything the code puts in it has one unit (<see cref="UnitSources"/>), and
/// a tuple element (<c>t.Item1</c>, <c>t.Gdp</c>) of a tuple whose element has one;</item>
/// <item>+, -, unary -, ?:, a switch expression, Math.Min/Max, Math.Abs/Round/Floor/Ceiling/Truncate of those.</item>
/// </list>
/// Everything else is unknown (null), and unknown is never flagged: a product, a quotient, a method's result, a string.
/// The walk has no depth limit (<see cref="UnitWalk"/>) and remembers every answer (<see cref="UnitMemo"/>).
/// </summary>
internal sealed class UnitInference
{
    private readonly DeclaredUnits _declared = new();
    private readonly UnitMemo _memo = new();
    private readonly UnitSources _sources;

    public UnitInference(Compilation compilation) => _sources = new UnitSources(compilation);

    public FigureUnit? UnitOf(IOperation? operation) =>
        operation is null ? null : new UnitWalk(_memo, Compute).Run(UnitQuery.Value(operation));

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

    /// <summary>
    /// A <c>+</c> that builds a string: its type, or either operand's, is string (<c>"GDP " + gdp + " growth " + rate</c>
    /// is string + double + string + double, all concatenation). Never arithmetic, never flagged.
    /// </summary>
    public static bool IsConcatenation(IBinaryOperation binary) =>
        IsString(binary.Type) || IsString(Strip(binary.LeftOperand).Type) || IsString(Strip(binary.RightOperand).Type);

    /// <summary>Numbers carry units: the numeric types and their nullables. Strings, tuples, objects do not.</summary>
    public static bool IsNumeric(ITypeSymbol? type)
    {
        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
        {
            type = nullable.TypeArguments[0];
        }

        return type?.SpecialType is SpecialType.System_Byte or SpecialType.System_SByte or SpecialType.System_Int16 or SpecialType.System_UInt16
            or SpecialType.System_Int32 or SpecialType.System_UInt32 or SpecialType.System_Int64 or SpecialType.System_UInt64
            or SpecialType.System_Single or SpecialType.System_Double or SpecialType.System_Decimal;
    }

    /// <summary>Conversions (int to double, a nullable's value, boxing, a tuple literal's) keep the unit.</summary>
    public static IOperation Strip(IOperation operation)
    {
        while (operation is IConversionOperation { Conversion.IsNumeric: true } or IConversionOperation { IsImplicit: true } or IConversionOperation { Conversion.IsNullable: true })
        {
            operation = ((IConversionOperation)operation).Operand;
        }

        return operation;
    }

    private static bool IsString(ITypeSymbol? type) => type?.SpecialType == SpecialType.System_String;

    private FigureUnit? Compute(UnitQuery query, UnitWalk walk) => query.Node switch
    {
        IOperation operation when query.Part == UnitQuery.ValuePart => ValueOf(Strip(operation), walk),
        IOperation operation when query.Part == UnitQuery.FigurePart => FigureOf(Strip(operation), walk),
        IOperation operation => ElementOf(Strip(operation), query.Part, walk),
        ISymbol symbol => Written(symbol, query.Part, walk),
        _ => null,
    };

    private FigureUnit? ValueOf(IOperation operation, UnitWalk walk)
    {
        if (!IsNumeric(operation.Type))
        {
            return null;
        }

        switch (operation)
        {
            case IFieldReferenceOperation { Instance: { } tuple, Field: { ContainingType.IsTupleType: true } element } when TupleIndex(element) is { } index:
                return walk.Get(UnitQuery.Element(tuple, index));
            case IFieldReferenceOperation field:
                return _declared.Of(field.Field)
                    ?? (field.Field.IsReadOnly || field.Field.IsConst ? walk.Get(UnitQuery.Of(field.Field, UnitQuery.ValuePart)) : null);
            case ILocalReferenceOperation local:
                return walk.Get(UnitQuery.Of(local.Local, UnitQuery.ValuePart));
            case IPropertyReferenceOperation property when FigureIds.IsFigureValue(property.Property):
                return property.Instance is { } figure ? walk.Get(UnitQuery.Figure(figure)) : null;
            case IPropertyReferenceOperation property:
                return _declared.Of(property.Property);
            case IUnaryOperation { OperatorKind: UnaryOperatorKind.Minus or UnaryOperatorKind.Plus } unary:
                return walk.Get(UnitQuery.Value(unary.Operand));
            case IBinaryOperation binary when AsRuleOperation(binary.OperatorKind) is { } rule && rule != UnitRules.Operation.Compare:
                return Combine(rule, binary.LeftOperand, binary.RightOperand, walk);
            case IConditionalOperation { WhenFalse: { } whenFalse } conditional:
                return Common(walk, UnitQuery.ValuePart, conditional.WhenTrue, whenFalse);
            case ISwitchExpressionOperation switchExpression:
                return Common(walk, UnitQuery.ValuePart, switchExpression.Arms.Select(arm => arm.Value).ToArray());
            case IInvocationOperation invocation when IsMath(invocation, "Min", "Max") && invocation.Arguments.Length == 2:
                return Common(walk, UnitQuery.ValuePart, invocation.Arguments[0].Value, invocation.Arguments[1].Value);
            case IInvocationOperation invocation when IsMath(invocation, "Abs", "Round", "Floor", "Ceiling", "Truncate") && invocation.Arguments.Length >= 1:
                return walk.Get(UnitQuery.Value(invocation.Arguments[0].Value));
            case IConditionalAccessOperation access:
                return walk.Get(UnitQuery.Value(access.WhenNotNull));
            default:
                return null;
        }
    }

    /// <summary>The unit of the figure a <c>Figure</c>-valued expression denotes: a lookup with a constant id, or a local or readonly field holding one.</summary>
    private FigureUnit? FigureOf(IOperation operation, UnitWalk walk)
    {
        switch (operation)
        {
            case IInvocationOperation invocation when FigureIds.Constant(invocation) is { } constant:
                return _declared.Of(constant);
            case ILocalReferenceOperation local:
                return walk.Get(UnitQuery.Of(local.Local, UnitQuery.FigurePart));
            case IFieldReferenceOperation { Field.IsReadOnly: true } field:
                return walk.Get(UnitQuery.Of(field.Field, UnitQuery.FigurePart));
            case IConditionalAccessInstanceOperation instance:
                for (var parent = instance.Parent; parent is not null; parent = parent.Parent)
                {
                    if (parent is IConditionalAccessOperation access)
                    {
                        return walk.Get(UnitQuery.Figure(access.Operation));
                    }
                }

                return null;
            default:
                return null;
        }
    }

    /// <summary>The unit of element <paramref name="index"/> of a tuple-valued expression: a tuple literal, or a local or readonly field holding one.</summary>
    private static FigureUnit? ElementOf(IOperation operation, int index, UnitWalk walk) => operation switch
    {
        ITupleOperation tuple when index < tuple.Elements.Length => walk.Get(UnitQuery.Value(tuple.Elements[index])),
        ILocalReferenceOperation local => walk.Get(UnitQuery.Of(local.Local, index)),
        IFieldReferenceOperation { Field: { IsReadOnly: true, ContainingType.IsTupleType: false } field } => walk.Get(UnitQuery.Of(field, index)),
        _ => null,
    };

    /// <summary>The one unit of everything the code puts in a local or readonly field; null when the writes differ, one is unknown, or one cannot be followed.</summary>
    private FigureUnit? Written(ISymbol symbol, int part, UnitWalk walk)
    {
        if (_sources.Of(symbol) is not { Length: > 0 } sources)
        {
            return null;
        }

        var queries = new List<UnitQuery>(sources.Length);
        var compounds = new List<(UnitRules.Operation Operation, UnitQuery Value)>();
        foreach (var source in sources)
        {
            if (source.Element >= 0 && part != UnitQuery.ValuePart)
            {
                // A deconstructed Figure or tuple: not followed.
                return null;
            }

            if (source.Compound is { } operation)
            {
                compounds.Add((operation, UnitQuery.Value(source.Value)));
                continue;
            }

            queries.Add(source.Element >= 0 ? UnitQuery.Element(source.Value, source.Element) : UnitQuery.Of(source.Value, part));
        }

        // Every answer is asked for before any is used (see Common), the values of += and -= included.
        var added = compounds.Select(compound => walk.Get(compound.Value)).ToList();
        var unit = Common(walk, queries);
        if (unit is not { } kept || part != UnitQuery.ValuePart)
        {
            return unit;
        }

        // x -= percent on a percent leaves points in x, x += percent on points a percent: not the one unit of its writes.
        for (var i = 0; i < compounds.Count; i++)
        {
            if (added[i] is { } value && UnitRules.Allows(compounds[i].Operation, kept, value) && UnitRules.Result(compounds[i].Operation, kept, value) != kept)
            {
                return null;
            }
        }

        return unit;
    }

    private static FigureUnit? Combine(UnitRules.Operation rule, IOperation leftOperand, IOperation rightOperand, UnitWalk walk)
    {
        var left = walk.Get(UnitQuery.Value(leftOperand));
        var right = walk.Get(UnitQuery.Value(rightOperand));
        if (left is { } l && right is { } r)
        {
            return UnitRules.Result(rule, l, r);
        }

        // A unit plus or minus a plain number keeps the unit (GdpBillion + 1 is still billions).
        return left is not null && IsConstant(rightOperand) ? left
            : right is not null && IsConstant(leftOperand) ? right
            : null;
    }

    /// <summary>The unit every operand has; a <c>throw</c> (a switch arm or ?: branch that never gives a value) is left out.</summary>
    private static FigureUnit? Common(UnitWalk walk, int part, params IOperation[] operations) =>
        Common(walk, operations.Where(operation => Strip(operation) is not IThrowOperation).Select(operation => UnitQuery.Of(operation, part)).ToList());

    private static FigureUnit? Common(UnitWalk walk, List<UnitQuery> queries)
    {
        if (queries.Count == 0)
        {
            return null;
        }

        // Every answer is asked for before any is compared, so that all missing ones are worked out in one round.
        var units = queries.Select(walk.Get).ToList();
        var first = units[0];
        return first is not null && units.All(unit => unit == first) ? first : null;
    }

    private static bool IsConstant(IOperation operation) => Strip(operation).ConstantValue.HasValue;

    /// <summary>The position of a tuple element field (<c>Item2</c>, or a named element) in its tuple.</summary>
    private static int? TupleIndex(IFieldSymbol element)
    {
        var fields = element.ContainingType.TupleElements;
        var underlying = element.CorrespondingTupleField ?? element;
        for (var i = 0; i < fields.Length; i++)
        {
            if (SymbolEqualityComparer.Default.Equals(fields[i].CorrespondingTupleField ?? fields[i], underlying))
            {
                return i;
            }
        }

        return null;
    }
}
