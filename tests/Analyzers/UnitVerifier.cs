extern alias analyzers;

using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using analyzers::ReportData.Analyzers;
using ReportData.Analyzers.CodeFixes;
using ReportData.Tests.Infrastructure;

namespace ReportData.Tests.Analyzers;

/// <summary>
/// Roslyn's analyzer and code-fix test framework, set up for the unit analyzer. Sources are written with markup:
/// <c>{|RD3001:a + b|}</c> is the one diagnostic expected on <c>a + b</c>; <c>{|#0:...|}</c> numbers a location for
/// <see cref="Diagnostic"/><c>.WithLocation(0)</c> (an RD3002 also names its converted operand, an additional location).
/// The framework checks the diagnostics exactly, that the source compiles, that the fixed source has no diagnostics but
/// those it marks (no new diagnostic from a fix), and fix-all in one run (<see cref="Fix"/>).
/// <para>
/// The code compiles against the test runtime's own assemblies and the built ReportData.dll (with the dataset's
/// constants), not reference packs downloaded from a package feed at test time.
/// </para>
/// </summary>
internal static class UnitVerifier
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(() =>
        GeneratorHarness.FrameworkReferences.Add(MetadataReference.CreateFromFile(typeof(Figure).Assembly.Location)));

    /// <summary>No reference pack: <see cref="References"/> are added to every project instead.</summary>
    private static readonly ReferenceAssemblies NoPack = new ReferenceAssemblies("net10.0").WithAssemblies(ImmutableArray<string>.Empty);

    /// <summary>A warning with this id, its message unchecked unless given (<c>.WithMessage</c>).</summary>
    public static DiagnosticResult Diagnostic(string id) => new(id, DiagnosticSeverity.Warning);

    /// <summary>No diagnostic, and so no code fix offered: the source stays as it is.</summary>
    public static Task NoFix(string source) => new FixTest { TestCode = source, FixedCode = source }.RunAsync(CancellationToken.None);

    /// <summary>The diagnostics marked in <paramref name="source"/>, and those in <paramref name="expected"/>, exactly.</summary>
    public static Task Analyze(string source, params DiagnosticResult[] expected)
    {
        var test = new AnalyzerTest { TestCode = source };
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync(CancellationToken.None);
    }

    /// <summary>
    /// The diagnostics marked in <paramref name="source"/>; the code fix applied one at a time gives
    /// <paramref name="fixedSource"/>, and so does fix-all in one run over the document, the project and the solution.
    /// </summary>
    public static Task Fix(string source, string fixedSource, params DiagnosticResult[] expected)
    {
        var test = new FixTest { TestCode = source, FixedCode = fixedSource, NumberOfFixAllIterations = 1, NumberOfFixAllInDocumentIterations = 1, NumberOfFixAllInProjectIterations = 1 };
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync(CancellationToken.None);
    }

    /// <summary>The analyzer alone.</summary>
    public sealed class AnalyzerTest : CSharpAnalyzerTest<UnitAnalyzer, DefaultVerifier>
    {
        public AnalyzerTest()
        {
            ReferenceAssemblies = NoPack;
            TestState.AdditionalReferences.AddRange(References.Value);
        }
    }

    /// <summary>The analyzer and its code fix.</summary>
    public sealed class FixTest : CSharpCodeFixTest<UnitAnalyzer, ConvertUnitCodeFix, DefaultVerifier>
    {
        public FixTest()
        {
            ReferenceAssemblies = NoPack;
            TestState.AdditionalReferences.AddRange(References.Value);
            FixedState.AdditionalReferences.AddRange(References.Value);
            BatchFixedState.AdditionalReferences.AddRange(References.Value);
            CodeActionEquivalenceKey = ConvertUnitCodeFix.EquivalenceKey;
        }
    }
}
