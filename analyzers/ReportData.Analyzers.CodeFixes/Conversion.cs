using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ReportData.Analyzers;

namespace ReportData.Analyzers.CodeFixes;

/// <summary>What one RD3002 asks to convert: its operand (the diagnostic's additional location), from which unit into which, and the exact factor.</summary>
internal sealed class Conversion
{
    private Conversion(ExpressionSyntax operand, string from, string to, string numerator, string denominator)
    {
        Operand = operand;
        From = from;
        To = to;
        Numerator = numerator;
        Denominator = denominator;
    }

    public ExpressionSyntax Operand { get; }

    public string From { get; }

    public string To { get; }

    public string Numerator { get; }

    public string Denominator { get; }

    /// <summary>The conversion <paramref name="diagnostic"/> describes, or null when it lacks a part (then no fix is offered).</summary>
    public static Conversion? Of(SyntaxNode root, Diagnostic diagnostic)
    {
        if (diagnostic.AdditionalLocations.Count != 1
            || !diagnostic.Properties.TryGetValue(ConversionProperties.From, out var from) || from is null
            || !diagnostic.Properties.TryGetValue(ConversionProperties.To, out var to) || to is null
            || !diagnostic.Properties.TryGetValue(ConversionProperties.Numerator, out var numerator) || numerator is null
            || !diagnostic.Properties.TryGetValue(ConversionProperties.Denominator, out var denominator) || denominator is null
            || !root.FullSpan.Contains(diagnostic.AdditionalLocations[0].SourceSpan)
            || root.FindNode(diagnostic.AdditionalLocations[0].SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax operand)
        {
            return null;
        }

        return new Conversion(operand, from, to, numerator, denominator);
    }
}
