using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ReportData.Analyzers;

namespace ReportData.Analyzers.CodeFixes;

/// <summary>
/// Fixes RD3002 by converting the right operand into the left one's unit with the exact factor:
/// <c>GdpBillion + SomethingYuan</c> becomes <c>GdpBillion + (SomethingYuan / 1000000000D)</c>, and 万亩 against
/// 公顷 <c>… * 2000D / 30000D</c> (a mu is 2000/3 m²), written so that the value is multiplied, then divided, once.
/// The analyzer never reports a <c>+</c> that builds a string, so printed numbers are never rewritten.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ConvertUnitCodeFix))]
[Shared]
public sealed class ConvertUnitCodeFix : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(ConversionProperties.DiagnosticId);

    /// <summary>The equivalence key of every conversion: fix-all applies them all, whatever the two units.</summary>
    public const string EquivalenceKey = "ReportData.ConvertUnit";

    /// <summary>Fix-all converts every RD3002 of the document, project or solution in one run, each with its own factor.</summary>
    public override FixAllProvider GetFixAllProvider() => FixAllProvider.Create(FixAllAsync);

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (Conversion.Of(root, diagnostic) is not { } conversion)
            {
                continue;
            }

            var title = "Convert from " + conversion.From + " to " + conversion.To;
            context.RegisterCodeFix(
                CodeAction.Create(title, cancellation => Convert(context.Document, root, new[] { conversion }, cancellation), equivalenceKey: EquivalenceKey),
                diagnostic);
        }
    }

    private static async Task<Document?> FixAllAsync(FixAllContext context, Document document, ImmutableArray<Diagnostic> diagnostics)
    {
        var root = await document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return null;
        }

        var conversions = diagnostics.Select(diagnostic => Conversion.Of(root, diagnostic)).OfType<Conversion>().ToList();
        return conversions.Count == 0 ? null : await Convert(document, root, conversions, context.CancellationToken).ConfigureAwait(false);
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

    /// <summary>Every conversion at once; an operand inside another converted operand is converted there too (ReplaceNodes works inside out).</summary>
    private static Task<Document> Convert(Document document, SyntaxNode root, IReadOnlyCollection<Conversion> conversions, CancellationToken cancellation)
    {
        cancellation.ThrowIfCancellationRequested();
        var byOperand = new Dictionary<ExpressionSyntax, Conversion>();
        foreach (var conversion in conversions)
        {
            if (!byOperand.ContainsKey(conversion.Operand))
            {
                byOperand.Add(conversion.Operand, conversion);
            }
        }

        var converted = root.ReplaceNodes(byOperand.Keys, (original, rewritten) =>
            Converted(rewritten, byOperand[original].Numerator, byOperand[original].Denominator));
        return Task.FromResult(document.WithSyntaxRoot(converted));
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
