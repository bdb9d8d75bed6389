using Microsoft.CodeAnalysis.Diagnostics;

namespace ReportData.Generator.CompilationFacts;

/// <summary>
/// Reads the MSBuild properties the generator honours (made visible by build/ReportData.Generator.props):
/// <c>ReportDataNamespace</c>, else <c>RootNamespace</c>, else <c>ReportData</c>; and <c>ReportDataConstantDocs</c>
/// (<see cref="ConstantDocsOption"/>).
/// </summary>
internal static class EmitOptionsReader
{
    public const string DefaultNamespace = "ReportData";

    public static EmitOptions Read(AnalyzerConfigOptionsProvider provider)
    {
        var global = provider.GlobalOptions;
        var (docs, unknown) = ConstantDocsOption.Read(global);
        return new EmitOptions(Namespace(global)) { ConstantDocs = docs, UnknownConstantDocs = unknown };
    }

    private static string Namespace(AnalyzerConfigOptions global)
    {
        foreach (var property in new[] { "build_property.ReportDataNamespace", "build_property.RootNamespace" })
        {
            if (global.TryGetValue(property, out var value) && IsNamespace(value.Trim()))
            {
                return value.Trim();
            }
        }

        return DefaultNamespace;
    }

    /// <summary>Dotted identifiers; anything else falls back rather than emitting code that cannot compile.</summary>
    private static bool IsNamespace(string value)
    {
        if (value.Length == 0)
        {
            return false;
        }

        foreach (var part in value.Split('.'))
        {
            if (!Microsoft.CodeAnalysis.CSharp.SyntaxFacts.IsValidIdentifier(part)
                || Microsoft.CodeAnalysis.CSharp.SyntaxFacts.GetKeywordKind(part) != Microsoft.CodeAnalysis.CSharp.SyntaxKind.None)
            {
                return false;
            }
        }

        return true;
    }
}
