using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NUnit.Framework;
using ReportData.Authoring.Model;
using ReportData.Generator;
using ReportData.Generator.CompilationFacts;
using ReportData.Generator.Emitting;
using ReportData.Testing;
using ReportData.Tests.Infrastructure;

namespace ReportData.Tests.Consumer;

/// <summary>
/// A project that references ReportData.Generator but not the ReportData package: the generator emits the
/// runtime types into it, internal, and the code compiles and runs. With the package, it emits nothing extra.
/// </summary>
public class GeneratorOnlyTests
{
    private const string Probe =
        "/// <summary>Uses the generated code.</summary>\n" +
        "public static class Probe\n" +
        "{\n" +
        "    /// <summary>The figure's fields, joined.</summary>\n" +
        "    public static string Run()\n" +
        "    {\n" +
        "        global::ReportData.Figure figure = GeneratedData.ReportDataset.Get(\"Testville.Y2023.GdpBillion\");\n" +
        "        if (!GeneratedData.ReportDataset.TryFind(\"Testville.Y2024.Targets.GdpGrowthPercent\", out var target)) return \"missing\";\n" +
        "        return GeneratedData.Testville.Y2023.GdpBillion + \"|\" + figure.Unit + \"|\" + figure.Source.CityName + \"|\" + target.Bound + \"|\" + (figure with { Value = 1 }).Value;\n" +
        "    }\n" +
        "}\n";

    private static (Compilation Output, GeneratorDriverRunResult Result) Run(IEnumerable<MetadataReference> references, string source, string @namespace = GeneratorHarness.TestNamespace)
    {
        var compilation = CSharpCompilation.Create(
            "ConsumerAssembly",
            new[] { CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.CSharp9, DocumentationMode.Diagnose), path: "Probe.cs") },
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable)
                .WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic> { ["CS1591"] = ReportDiagnostic.Error }));
        var driver = GeneratorDriverFactory.Create(
            GeneratorHarness.SingleFiles(Fixtures.ValidYaml, Fixtures.ReportText), compilation, new Dictionary<string, string> { ["RootNamespace"] = @namespace });
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        return (output, driver.GetRunResult());
    }

    private static string[] Warnings(Compilation compilation) =>
        compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => d.ToString()).ToArray();

    [Test]
    public void WithoutThePackageTheRuntimeTypesAreEmittedInternalAndTheCodeRuns()
    {
        var (output, result) = Run(GeneratorHarness.FrameworkReferences, Probe);
        Assert.That(Warnings(output), Is.Empty, "C# 9, nullable, docs required: no warning");
        var hints = result.Results.Single().GeneratedSources.Select(source => source.HintName).ToArray();
        Assert.That(hints, Is.SupersetOf(RuntimeTypesEmitter.TypeNames.Select(RuntimeTypesEmitter.RuntimeTypeHintName)));
        Assert.That(hints, Does.Not.Contain(RuntimeTypesEmitter.PolyfillsHintName), "net10.0 has IsExternalInit and NotNullWhen");

        var figure = output.GetTypeByMetadataName("ReportData.Figure")!;
        Assert.That(figure.DeclaredAccessibility, Is.EqualTo(Accessibility.Internal));
        Assert.That(output.GetTypeByMetadataName("GeneratedData.ReportDataset")!.DeclaredAccessibility, Is.EqualTo(Accessibility.Internal));
        Assert.That(output.GetTypeByMetadataName("GeneratedData.Testville")!.DeclaredAccessibility, Is.EqualTo(Accessibility.Public), "constants stay public");

        // Fixtures.ReportText: "全市生产总值达到2125.2亿元", "地区生产总值增长7%左右"; 测试市 is the fixture's city name.
        Assert.That(Execute(output), Is.EqualTo("212.52|BillionYuan|测试市|About|1"));
    }

    [Test]
    public void WithThePackageNothingExtraIsEmittedAndTheDatasetIsPublic()
    {
        var references = GeneratorHarness.FrameworkReferences.Add(MetadataReference.CreateFromFile(typeof(Figure).Assembly.Location));
        var (output, result) = Run(references, Probe);
        Assert.That(Warnings(output), Is.Empty);
        Assert.That(result.Results.Single().GeneratedSources.Select(source => source.HintName), Has.None.StartWith("ReportData."));
        Assert.That(output.GetTypeByMetadataName("GeneratedData.ReportDataset")!.DeclaredAccessibility, Is.EqualTo(Accessibility.Public));
        Assert.That(output.GetTypeByMetadataName("ReportData.Figure")!.ContainingAssembly.Name, Is.EqualTo("ReportData"));
    }

    [Test]
    public void AnotherLibrarysEmittedInternalTypesNeitherHideNorClashWithThePackage()
    {
        // A generator-only library: its internal ReportData.Figure is referenced too, beside the package's public one.
        var (library, _) = Run(GeneratorHarness.FrameworkReferences, Probe.Replace("class Probe", "class LibraryProbe").Replace("GeneratedData.", "LibraryData."), "LibraryData");
        var libraryReference = Compile(library, "GeneratorOnlyLibrary");
        var references = GeneratorHarness.FrameworkReferences.Add(libraryReference).Add(MetadataReference.CreateFromFile(typeof(Figure).Assembly.Location));

        var (output, result) = Run(references, Probe);
        Assert.That(Warnings(output), Is.Empty);
        Assert.That(result.Results.Single().GeneratedSources.Select(source => source.HintName), Has.None.StartWith("ReportData."));
        Assert.That(output.GetTypeByMetadataName("GeneratedData.ReportDataset")!.DeclaredAccessibility, Is.EqualTo(Accessibility.Public));

        // Without the package, the library's internal types are not accessible: this project emits its own.
        var (alone, aloneResult) = Run(GeneratorHarness.FrameworkReferences.Add(libraryReference), Probe);
        Assert.That(Warnings(alone), Is.Empty, "documentation references in the emitted types stay unambiguous");
        Assert.That(aloneResult.Results.Single().GeneratedSources.Select(source => source.HintName), Does.Contain(RuntimeTypesEmitter.RuntimeTypeHintName("Figure")));
    }

    [Test]
    public void EmittedRuntimeTypesHaveTheShapeOfThePackagesTypes()
    {
        var (output, _) = Run(GeneratorHarness.FrameworkReferences, string.Empty);
        var figure = (INamedTypeSymbol)output.GetTypeByMetadataName("ReportData.Figure")!;
        var constructor = figure.InstanceConstructors.Single(c => c.Parameters.Length > 1);
        var expected = typeof(Figure).GetConstructors().Single(c => c.GetParameters().Length > 1).GetParameters();
        Assert.That(constructor.Parameters.Select(p => p.Name), Is.EqualTo(expected.Select(p => p.Name)));
        Assert.That(figure.IsRecord, Is.True);

        foreach (var enumType in new[] { typeof(FigureUnit), typeof(FigureKind), typeof(TargetBound) })
        {
            var emitted = output.GetTypeByMetadataName(enumType.FullName!)!;
            var members = emitted.GetMembers().OfType<IFieldSymbol>().Where(field => field.HasConstantValue)
                .Select(field => (field.Name, Convert.ToInt32(field.ConstantValue, System.Globalization.CultureInfo.InvariantCulture)));
            var reference = Enum.GetNames(enumType).Select(name => (name, (int)Enum.Parse(enumType, name)));
            Assert.That(members, Is.EquivalentTo(reference), enumType.Name);
        }
    }

    [Test]
    public void PolyfillsAreEmittedOnlyForWhatTheFrameworkLacks()
    {
        static string[] Hints(RuntimeSupport support) => RuntimeTypesEmitter.Emit(support).Select(file => file.HintName).ToArray();
        static string Polyfills(RuntimeSupport support) => RuntimeTypesEmitter.Emit(support).Single(file => file.HintName == RuntimeTypesEmitter.PolyfillsHintName).Source;

        // netstandard2.0, generator only: records need IsExternalInit, TryFind needs NotNullWhen.
        var bare = new RuntimeSupport(HasRuntimeTypes: false, RuntimeTypesArePublic: false, HasIsExternalInit: false, HasNotNullWhen: false, HasReadOnlySpan: false, LayoutVersion: null);
        Assert.That(Polyfills(bare), Does.Contain("class IsExternalInit").And.Contain("class NotNullWhenAttribute"));
        Assert.That(Hints(bare), Does.Not.Contain(RuntimeTypesEmitter.RuntimeTypeHintName(RuntimeTypesEmitter.Utf8TypeName)), "the UTF-8 decoder needs ReadOnlySpan");
        Assert.That(Hints(bare with { HasReadOnlySpan = true }), Does.Contain(RuntimeTypesEmitter.RuntimeTypeHintName(RuntimeTypesEmitter.Utf8TypeName)));

        // netstandard2.0 with the package: its records are compiled already; TryFind still needs NotNullWhen here.
        var withPackage = new RuntimeSupport(HasRuntimeTypes: true, RuntimeTypesArePublic: true, HasIsExternalInit: false, HasNotNullWhen: false, HasReadOnlySpan: true, LayoutVersion: 2);
        Assert.That(Hints(withPackage), Is.EqualTo(new[] { RuntimeTypesEmitter.PolyfillsHintName }));
        Assert.That(Polyfills(withPackage), Does.Not.Contain("IsExternalInit").And.Contain("class NotNullWhenAttribute"));

        Assert.That(Hints(new RuntimeSupport(true, true, true, true, true, 2)), Is.Empty);
    }

    [Test]
    public void EditingCodeLeavesTheGeneratedDatasetCached()
    {
        var compilation = CSharpCompilation.Create("Consumer", new[] { CSharpSyntaxTree.ParseText(Probe) }, GeneratorHarness.FrameworkReferences,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var driver = GeneratorDriverFactory.Create(
            GeneratorHarness.SingleFiles(Fixtures.ValidYaml, Fixtures.ReportText), compilation, new Dictionary<string, string>(), trackSteps: true);
        driver = driver.RunGenerators(compilation);
        driver = driver.RunGenerators(compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("internal static class Edited { }")));

        var steps = driver.GetRunResult().Results.Single().TrackedSteps;
        Assert.That(steps[TrackingNames.RuntimeSupport].Single().Outputs.Single().Reason, Is.EqualTo(IncrementalStepRunReason.Unchanged));
        Assert.That(steps[TrackingNames.IndexModel].Single().Outputs.Single().Reason, Is.EqualTo(IncrementalStepRunReason.Cached));
    }

    private static MetadataReference Compile(Compilation compilation, string assemblyName)
    {
        using var stream = new MemoryStream();
        var emitted = compilation.WithAssemblyName(assemblyName).Emit(stream);
        Assert.That(emitted.Success, Is.True, string.Join("\n", emitted.Diagnostics));
        return MetadataReference.CreateFromImage(stream.ToArray());
    }

    private static string Execute(Compilation compilation)
    {
        using var stream = new MemoryStream();
        var emitted = compilation.Emit(stream);
        Assert.That(emitted.Success, Is.True, string.Join("\n", emitted.Diagnostics));
        var context = new AssemblyLoadContext("consumer", isCollectible: true);
        try
        {
            stream.Position = 0;
            var assembly = context.LoadFromStream(stream);
            return (string)assembly.GetType("Probe")!.GetMethod("Run", BindingFlags.Public | BindingFlags.Static)!.Invoke(null, null)!;
        }
        finally
        {
            context.Unload();
        }
    }
}
