using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using ReportData.Analyzers;
using ReportData.Analyzers.CodeFixes;
using ReportData.Tests.Infrastructure;

namespace ReportData.Tests.Analyzers;

/// <summary>Runs the unit analyzer on real compilations against the ReportData library and its dataset, and applies its code fix.</summary>
internal static class AnalyzerHarness
{
    /// <summary>The unit analyzer's diagnostics for <paramref name="source"/> (which must compile), ordered by position.</summary>
    public static ImmutableArray<Diagnostic> Analyze(string source, ReportDiagnostic? rd3001 = null)
    {
        var compilation = GeneratorHarness.CreateCompilation(source);
        if (rd3001 is { } severity)
        {
            compilation = compilation.WithOptions(compilation.Options.WithSpecificDiagnosticOptions(
                compilation.Options.SpecificDiagnosticOptions.SetItem("RD3001", severity)));
        }

        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        NUnit.Framework.Assert.That(errors, NUnit.Framework.Is.Empty, "the snippet must compile");
        return compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new UnitAnalyzer()))
            .GetAnalyzerDiagnosticsAsync(CancellationToken.None).GetAwaiter().GetResult()
            .OrderBy(d => d.Location.SourceSpan.Start)
            .ToImmutableArray();
    }

    /// <summary>The text a diagnostic is reported on.</summary>
    public static string Text(Diagnostic diagnostic) =>
        diagnostic.Location.SourceTree!.GetText().ToString(diagnostic.Location.SourceSpan);

    /// <summary><paramref name="source"/> with the code fix applied to its first RD3002.</summary>
    public static async Task<string> Fix(string source)
    {
        using var workspace = new AdhocWorkspace();
        var compilation = GeneratorHarness.CreateCompilation(source);
        var project = workspace.AddProject("Fix", LanguageNames.CSharp)
            .WithCompilationOptions(compilation.Options)
            .WithParseOptions(compilation.SyntaxTrees[0].Options)
            .AddMetadataReferences(compilation.References);
        var document = project.AddDocument("Program.cs", SourceText.From(source));
        var diagnostic = Analyze(source).First(d => d.Id == "RD3002");
        var tree = await document.GetSyntaxTreeAsync();
        var located = Diagnostic.Create(diagnostic.Descriptor, Location.Create(tree!, diagnostic.Location.SourceSpan),
            diagnostic.AdditionalLocations.Select(l => Location.Create(tree!, l.SourceSpan)), diagnostic.Properties);

        var actions = new System.Collections.Generic.List<CodeAction>();
        var context = new Microsoft.CodeAnalysis.CodeFixes.CodeFixContext(document, located, (action, _) => actions.Add(action), CancellationToken.None);
        await new ConvertUnitCodeFix().RegisterCodeFixesAsync(context);
        NUnit.Framework.Assert.That(actions, NUnit.Framework.Has.Count.EqualTo(1));
        var operation = (await actions[0].GetOperationsAsync(CancellationToken.None)).OfType<ApplyChangesOperation>().Single();
        var fixedDocument = operation.ChangedSolution.GetDocument(document.Id)!;
        return (await fixedDocument.GetTextAsync()).ToString();
    }
}
