using System.Collections.Immutable;
using System.Composition;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ReportData.Analyzers.CodeFixes;

/// <summary>
/// Fixes RD3002 by converting the right operand into the left one's unit with the exact factor:
/// <c>GdpBillion + SomethingYuan</c> becomes <c>GdpBillion + SomethingYuan / 1000000000D</c>, and 万亩 against
/// 公顷 <c>… * 2000D / 30000D</c> (a mu is 2000/3 m²), written so that the value is multiplied, then divided, once.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ConvertUnitCodeFix))]
[Shared]
public sealed class ConvertUnitCodeFix : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(UnitDiagnostics.DifferentUnits.Id);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (root is null || diagnostic.AdditionalLocations.Count != 1
                || !diagnostic.Properties.TryGetValue(UnitDiagnostics.FromProperty, out var from)
                || !diagnostic.Properties.TryGetValue(UnitDiagnostics.ToProperty, out var to)
                || !diagnostic.Properties.TryGetValue(UnitDiagnostics.NumeratorProperty, out var numerator)
                || !diagnostic.Properties.TryGetValue(UnitDiagnostics.DenominatorProperty, out var denominator)
                || root.FindNode(diagnostic.AdditionalLocations[0].SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax operand)
            {
                continue;
            }

            var title = "Convert from " + from + " to " + to;
            context.RegisterCodeFix(
                CodeAction.Create(title, cancellation => Convert(context.Document, root, operand, numerator!, denominator!, cancellation), equivalenceKey: title),
                diagnostic);
        }
    }

    /// <summary>The operand times the numerator, divided by the denominator; a factor of one is left out.</summary>
    internal static ExpressionSyntax Converted(ExpressionSyntax operand, string numerator, string denominator)
    {
        ExpressionSyntax result = operand.WithoutTrivia();
        if (result is not (IdentifierNameSyntax or MemberAccessExpressionSyntax or InvocationExpressionSyntax or LiteralExpressionSyntax or ParenthesizedExpressionSyntax))
        {
            result = SyntaxFactory.ParenthesizedExpression(result);
        }

        if (!IsOne(numerator))
        {
            result = SyntaxFactory.BinaryExpression(SyntaxKind.MultiplyExpression, result, Literal(numerator));
        }

        if (!IsOne(denominator))
        {
            result = SyntaxFactory.BinaryExpression(SyntaxKind.DivideExpression, result, Literal(denominator));
        }

        return SyntaxFactory.ParenthesizedExpression(result).WithTriviaFrom(operand);
    }

    private static Task<Document> Convert(Document document, SyntaxNode root, ExpressionSyntax operand, string numerator, string denominator, CancellationToken cancellation)
    {
        cancellation.ThrowIfCancellationRequested();
        return Task.FromResult(document.WithSyntaxRoot(root.ReplaceNode(operand, Converted(operand, numerator, denominator))));
    }

    private static bool IsOne(string factor) => decimal.Parse(factor, CultureInfo.InvariantCulture) == 1m;

    /// <summary>A double literal of the exact decimal factor (<c>1000000000D</c>, <c>0.5D</c>).</summary>
    private static LiteralExpressionSyntax Literal(string factor)
    {
        var value = decimal.Parse(factor, CultureInfo.InvariantCulture);
        var text = value.ToString("0.############################", CultureInfo.InvariantCulture) + "D";
        return SyntaxFactory.LiteralExpression(SyntaxKind.NumericLiteralExpression, SyntaxFactory.Literal(text, (double)value));
    }
}
