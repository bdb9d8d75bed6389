using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using ReportData.Authoring.Units;

namespace ReportData.Analyzers;

/// <summary>
/// Flags +, -, comparisons (relational and constant patterns too), += and -=, Math.Min/Math.Max and the two branches of ?: when they combine figures of
/// different units (a <c>+</c> that builds a string is concatenation, never arithmetic): RD3001 across dimensions (亿元 and %), RD3002 within one (亿元 and 元, which a code fix converts).
/// The units are read from the attributes the generator writes (<c>[FiguresInUnit]</c> on each class of constants, or
/// <c>[FigureUnit]</c> on each constant with an older package: <see cref="DeclaredUnits"/>; see <see cref="UnitInference"/>
/// for what else carries a unit), never from member names. Rules: <see cref="UnitRules"/>.
/// Runs only where <c>ReportData.FigureUnitAttribute</c> exists (every ReportData that has the per-class attribute has it
/// too): with the ReportData package, or the generator's internal copy of the runtime types.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class UnitAnalyzer : DiagnosticAnalyzer
{
    public const string AttributeMetadataName = "ReportData.FigureUnitAttribute";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => UnitDiagnostics.All;

    public override void Initialize(AnalysisContext context)
    {
        // Generated code is the constants themselves: nothing to check there.
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(static start =>
        {
            // Any copy of the attribute will do: the package's public one, a generator-only library's internal one
            // (several may meet in one compilation, and GetTypeByMetadataName then returns none). Units are
            // recognised by the attribute's name, so constants of every copy count.
            if (start.Compilation.GetTypesByMetadataName(AttributeMetadataName).IsEmpty)
            {
                return;
            }

            var inference = new UnitInference(start.Compilation);
            start.RegisterOperationAction(context => AnalyzeBinary(context, inference), OperationKind.Binary);
            start.RegisterOperationAction(context => AnalyzeCompoundAssignment(context, inference), OperationKind.CompoundAssignment);
            start.RegisterOperationAction(context => AnalyzeConditional(context, inference), OperationKind.Conditional);
            start.RegisterOperationAction(context => AnalyzeInvocation(context, inference), OperationKind.Invocation);
            start.RegisterOperationAction(context => AnalyzePattern(context, inference), OperationKind.RelationalPattern, OperationKind.ConstantPattern);
        });
    }

    private static void AnalyzeBinary(OperationAnalysisContext context, UnitInference inference)
    {
        var binary = (IBinaryOperation)context.Operation;
        if (UnitInference.AsRuleOperation(binary.OperatorKind) is { } rule && !UnitInference.IsConcatenation(binary))
        {
            Check(context, inference, rule, OperatorText(binary.OperatorKind), binary.LeftOperand, binary.RightOperand);
        }
    }

    private static void AnalyzeCompoundAssignment(OperationAnalysisContext context, UnitInference inference)
    {
        var assignment = (ICompoundAssignmentOperation)context.Operation;
        // s += gdp on a string appends text: only numeric targets add.
        if (assignment.OperatorKind is BinaryOperatorKind.Add or BinaryOperatorKind.Subtract && UnitInference.IsNumeric(assignment.Target.Type))
        {
            var rule = assignment.OperatorKind == BinaryOperatorKind.Add ? UnitRules.Operation.Add : UnitRules.Operation.Subtract;
            Check(context, inference, rule, assignment.OperatorKind == BinaryOperatorKind.Add ? "+=" : "-=", assignment.Target, assignment.Value);
        }
    }

    private static void AnalyzeConditional(OperationAnalysisContext context, UnitInference inference)
    {
        var conditional = (IConditionalOperation)context.Operation;
        if (conditional.WhenFalse is { } whenFalse && !conditional.IsRef)
        {
            Check(context, inference, UnitRules.Operation.Compare, "?:", conditional.WhenTrue, whenFalse);
        }
    }

    private static void AnalyzeInvocation(OperationAnalysisContext context, UnitInference inference)
    {
        var invocation = (IInvocationOperation)context.Operation;
        if (UnitInference.IsMath(invocation, "Min", "Max") && invocation.Arguments.Length == 2)
        {
            Check(context, inference, UnitRules.Operation.Compare, "Math." + invocation.TargetMethod.Name, invocation.Arguments[0].Value, invocation.Arguments[1].Value);
        }
    }

    /// <summary>
    /// <c>x is &gt; c</c> compares <c>x</c> with <c>c</c> as <c>x &gt; c</c> does, and <c>x is c</c> as <c>x == c</c>: the generated
    /// figures are constants, so a pattern (of <c>is</c>, a switch expression's arm or a switch statement's case) may name one.
    /// </summary>
    private static void AnalyzePattern(OperationAnalysisContext context, UnitInference inference)
    {
        var (value, what) = context.Operation switch
        {
            IRelationalPatternOperation relational => (relational.Value, OperatorText(relational.OperatorKind)),
            IConstantPatternOperation constant => (constant.Value, "=="),
            _ => (null!, string.Empty),
        };

        if (value is not null && PatternInput(context.Operation) is { } input)
        {
            Check(context, inference, UnitRules.Operation.Compare, what, input, value);
        }
    }

    /// <summary>The value a pattern tests, through <c>and</c>, <c>or</c> and <c>not</c>; null inside a property or list pattern, whose input is a part of it.</summary>
    private static IOperation? PatternInput(IOperation pattern)
    {
        var node = pattern;
        while (node.Parent is IBinaryPatternOperation or INegatedPatternOperation)
        {
            node = node.Parent;
        }

        return node.Parent switch
        {
            IIsPatternOperation isPattern => isPattern.Value,
            ISwitchExpressionArmOperation { Parent: ISwitchExpressionOperation switchExpression } => switchExpression.Value,
            IPatternCaseClauseOperation { Parent: ISwitchCaseOperation { Parent: ISwitchOperation switchStatement } } => switchStatement.Value,
            _ => null,
        };
    }

    private static void Check(OperationAnalysisContext context, UnitInference inference, UnitRules.Operation rule, string what, IOperation left, IOperation right)
    {
        if (inference.UnitOf(left) is not { } leftUnit || inference.UnitOf(right) is not { } rightUnit || UnitRules.Allows(rule, leftUnit, rightUnit))
        {
            return;
        }

        var location = context.Operation.Syntax.GetLocation();
        if (leftUnit.Dimension() != rightUnit.Dimension())
        {
            context.ReportDiagnostic(Diagnostic.Create(
                UnitDiagnostics.DifferentDimensions, location, what, leftUnit, leftUnit.Dimension(), rightUnit, rightUnit.Dimension()));
            return;
        }

        // The fix converts the right operand into the left's unit: the left one (or the assigned variable) sets the unit.
        var (numerator, denominator) = FigureUnits.Ratio(rightUnit, leftUnit);
        var properties = ImmutableDictionary.CreateBuilder<string, string?>();
        properties[UnitDiagnostics.FromProperty] = rightUnit.ToString();
        properties[UnitDiagnostics.ToProperty] = leftUnit.ToString();
        properties[UnitDiagnostics.NumeratorProperty] = numerator.ToString(CultureInfo.InvariantCulture);
        properties[UnitDiagnostics.DenominatorProperty] = denominator.ToString(CultureInfo.InvariantCulture);
        context.ReportDiagnostic(Diagnostic.Create(
            UnitDiagnostics.DifferentUnits,
            location,
            new[] { right.Syntax.GetLocation() },
            properties.ToImmutable(),
            what,
            leftUnit,
            rightUnit,
            leftUnit.Dimension()));
    }

    private static string OperatorText(BinaryOperatorKind kind) => kind switch
    {
        BinaryOperatorKind.Add => "+",
        BinaryOperatorKind.Subtract => "-",
        BinaryOperatorKind.Equals => "==",
        BinaryOperatorKind.NotEquals => "!=",
        BinaryOperatorKind.LessThan => "<",
        BinaryOperatorKind.LessThanOrEqual => "<=",
        BinaryOperatorKind.GreaterThan => ">",
        _ => ">=",
    };
}
