using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using ReportData.Testing;

namespace ReportData.Tests.Infrastructure;

/// <summary>An additional file handed to the generator in memory.</summary>
public sealed class InMemoryAdditionalText : AdditionalText
{
    private readonly SourceText _text;

    public InMemoryAdditionalText(string path, string content)
    {
        Path = path;
        _text = SourceText.From(content, System.Text.Encoding.UTF8);
    }

    public override string Path { get; }

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}

/// <summary>The outcome of one in-memory generator run.</summary>
public sealed record GeneratorRun(
    GeneratorDriver Driver,
    GeneratorDriverRunResult Result,
    Compilation OutputCompilation,
    ImmutableArray<Diagnostic> GeneratorDiagnostics)
{
    /// <summary>Compiler diagnostics of the generated code together with the input source (warnings and errors).</summary>
    public ImmutableArray<Diagnostic> CompilationDiagnostics =>
        OutputCompilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToImmutableArray();

    public string GeneratedSource(string hintNameEnd) =>
        Result.Results.Single().GeneratedSources.Single(s => s.HintName.EndsWith(hintNameEnd, StringComparison.Ordinal)).SourceText.ToString();

    public IEnumerable<GeneratedSourceResult> GeneratedSources => Result.Results.Single().GeneratedSources;
}

/// <summary>
/// Runs the generator in memory (CSharpGeneratorDriver) over given YAML and texts,
/// and compiles its output against the ReportData runtime types.
/// </summary>
public static class GeneratorHarness
{
    /// <summary>Generated code goes into this namespace in tests, apart from the ReportData assembly's own dataset.</summary>
    public const string TestNamespace = GeneratorDriverFactory.TestNamespace;

    private static readonly Lazy<ImmutableArray<MetadataReference>> Framework = new(LoadFramework);

    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(() => Framework.Value.Add(MetadataReference.CreateFromFile(typeof(Figure).Assembly.Location)));

    public static string SeedsDirectory => Path.Combine(TestContextPaths.OutputDirectory, "seeds");

    public static string FixturesDirectory => Path.Combine(TestContextPaths.OutputDirectory, "Fixtures");

    /// <summary>The seed YAML files and report texts, as the library's build hands them to the generator.</summary>
    public static IReadOnlyList<AdditionalText> SeedFiles() =>
        Directory.GetFiles(SeedsDirectory)
            .Where(path => path.EndsWith(".report.yaml", StringComparison.Ordinal) || path.EndsWith(".txt", StringComparison.Ordinal))
            .OrderBy(path => path, StringComparer.Ordinal)
            .Select(path => (AdditionalText)new InMemoryAdditionalText(path, File.ReadAllText(path)))
            .ToList();

    /// <param name="buildProperties">More MSBuild properties the generator sees (<c>ReportDataConstantDocs</c>), beside the namespace.</param>
    public static GeneratorRun Run(IEnumerable<AdditionalText> additionalFiles, string source = "", string? @namespace = TestNamespace, bool trackSteps = false, IReadOnlyDictionary<string, string>? buildProperties = null)
    {
        var compilation = CreateCompilation(source);
        var properties = buildProperties is null ? new Dictionary<string, string>() : new Dictionary<string, string>(buildProperties);
        if (@namespace is not null)
        {
            properties["ReportDataNamespace"] = @namespace;
        }

        var driver = GeneratorDriverFactory.Create(additionalFiles, compilation, properties, trackSteps);
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        return new GeneratorRun(driver, driver.GetRunResult(), output, diagnostics);
    }

    /// <summary>Runs over one YAML file (at /reports/test.report.yaml) and one report text beside it.</summary>
    public static GeneratorRun RunSingle(string yaml, string? reportText = null, string textName = "report.txt", string source = "") =>
        Run(SingleFiles(yaml, reportText, textName), source);

    public static List<AdditionalText> SingleFiles(string yaml, string? reportText, string textName = "report.txt")
    {
        var files = new List<AdditionalText> { new InMemoryAdditionalText("/reports/test.report.yaml", yaml) };
        if (reportText is not null)
        {
            files.Add(new InMemoryAdditionalText("/reports/" + textName, reportText));
        }

        return files;
    }

    /// <summary>
    /// Compiles a generator run's output to IL, loads it in a throwaway load context and returns its
    /// <c>ReportDataset.Figures</c>: the strings and values exactly as a user's program would see them.
    /// </summary>
    public static IReadOnlyList<Figure> LoadFigures(Compilation output, string @namespace = TestNamespace)
    {
        IReadOnlyList<Figure> figures = Array.Empty<Figure>();
        WithLoadedDataset(output, dataset =>
            figures = ((IReadOnlyList<Figure>)dataset.GetProperty("Figures", System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!.GetValue(null)!).ToList(),
            @namespace);
        return figures;
    }

    /// <summary>
    /// Compiles <paramref name="output"/> to IL, loads it in a collectible load context, and hands
    /// <paramref name="use"/> its generated <c>ReportDataset</c> type; the context is unloaded afterwards.
    /// </summary>
    public static void WithLoadedDataset(Compilation output, Action<Type> use, string @namespace = TestNamespace)
    {
        using var image = new MemoryStream();
        var emitted = output.Emit(image);
        if (!emitted.Success)
        {
            throw new InvalidOperationException("The generated code does not compile:\n" + string.Join("\n", emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(10)));
        }

        var context = new System.Runtime.Loader.AssemblyLoadContext("generated-" + Guid.NewGuid().ToString("N"), isCollectible: true);
        try
        {
            image.Position = 0;
            use(context.LoadFromStream(image).GetType(@namespace + ".ReportDataset", throwOnError: true)!);
        }
        finally
        {
            context.Unload();
        }
    }

    public static CSharpCompilation CreateCompilation(string source) =>
        CSharpCompilation.Create(
            "GeneratorTestAssembly",
            new[] { CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest, DocumentationMode.Diagnose), path: "Program.cs") },
            References.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable)
                .WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic> { ["CS1591"] = ReportDiagnostic.Error }));

    /// <summary>The framework's assemblies without ReportData: what a project without the package, or with another build of it, compiles against.</summary>
    public static ImmutableArray<MetadataReference> FrameworkReferences => Framework.Value;

    private static ImmutableArray<MetadataReference> LoadFramework()
    {
        var trusted = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        return trusted
            .Where(path => Path.GetFileName(path).StartsWith("System", StringComparison.Ordinal) || Path.GetFileName(path) is "netstandard.dll" or "mscorlib.dll")
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray();
    }
}

/// <summary>Where the test assembly runs from.</summary>
public static class TestContextPaths
{
    public static string OutputDirectory => AppContext.BaseDirectory;
}
