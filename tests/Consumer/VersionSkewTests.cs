using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NUnit.Framework;
using ReportData.Generator.Emitting;
using ReportData.Testing;
using ReportData.Tests.Infrastructure;

namespace ReportData.Tests.Consumer;

/// <summary>
/// A newer generator with an older ReportData package: one from before the units work has everything the
/// generated code needs but <c>FigureUnitAttribute</c>, so the constants go without the attribute and compile; one from
/// before <c>FiguresInUnitAttribute</c> gets <c>[FigureUnit]</c> on every constant, which its analyzer reads.
/// The older package is lib/'s own runtime files (as the generator embeds them), compiled without those files.
/// </summary>
public class VersionSkewTests
{
    /// <summary>A ReportData package built from lib/'s runtime files, without those named.</summary>
    private static MetadataReference Package(params string[] without)
    {
        var trees = RuntimeTypesEmitter.TypeNames
            .Where(name => !without.Contains(name))
            .Select(name =>
            {
                using var stream = typeof(RuntimeTypesEmitter).Assembly.GetManifestResourceStream(RuntimeTypesEmitter.ResourcePrefix + name + ".cs")!;
                using var reader = new StreamReader(stream);
                return CSharpSyntaxTree.ParseText(reader.ReadToEnd(), new CSharpParseOptions(LanguageVersion.Latest), path: name + ".cs");
            });
        var package = CSharpCompilation.Create("ReportData", trees, GeneratorHarness.FrameworkReferences, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        using var image = new MemoryStream();
        var emitted = package.Emit(image);
        Assert.That(emitted.Success, Is.True, string.Join("\n", emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(5)));
        return MetadataReference.CreateFromImage(image.ToArray());
    }

    private static (Compilation Output, string Report, ImmutableArray<Diagnostic> GeneratorDiagnostics) Run(MetadataReference package)
    {
        var compilation = CSharpCompilation.Create(
            "ConsumerAssembly",
            new[] { CSharpSyntaxTree.ParseText("public static class Probe { public static double Gdp => GeneratedData.Testville.Y2023.GdpBillion; }", new CSharpParseOptions(LanguageVersion.Latest)) },
            GeneratorHarness.FrameworkReferences.Add(package),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var driver = GeneratorDriverFactory.Create(GeneratorHarness.SingleFiles(Fixtures.ValidYaml, Fixtures.ReportText), compilation);
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        var report = driver.GetRunResult().Results.Single().GeneratedSources.Single(source => source.HintName.EndsWith(Fixtures.GeneratedReportFile, StringComparison.Ordinal)).SourceText.ToString();
        return (output, report, diagnostics);
    }

    private static string[] Errors(Compilation compilation) =>
        compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()).ToArray();

    [Test]
    public void APackageWithoutFigureUnitAttributeGetsConstantsWithoutIt()
    {
        var (output, report, diagnostics) = Run(Package("FigureUnitAttribute", "FiguresInUnitAttribute"));

        Assert.That(diagnostics, Is.Empty);
        Assert.That(report, Does.Not.Contain("FigureUnitAttribute").And.Not.Contain("FiguresInUnitAttribute"));
        Assert.That(report, Does.Contain("public const double GdpBillion = 212.52;"));
        Assert.That(Errors(output), Is.Empty);
    }

    [Test]
    public void APackageWithFigureUnitAttributeAloneGetsItOnEveryConstant()
    {
        var (output, report, diagnostics) = Run(Package("FiguresInUnitAttribute"));

        Assert.That(diagnostics, Is.Empty);
        Assert.That(report, Does.Not.Contain("FiguresInUnitAttribute"));
        Assert.That(report, Does.Contain("[global::ReportData.FigureUnitAttribute(global::ReportData.FigureUnit.BillionYuan)]\n            public const double GdpBillion = 212.52;"));
        Assert.That(report, Does.Contain("[global::ReportData.FigureUnitAttribute(global::ReportData.FigureUnit.Percent)]"));
        Assert.That(Errors(output), Is.Empty);
    }

    [Test]
    public void TodaysPackageGetsOneUnitListAUnitOnEachClassAndNoAttributeOnTheConstants()
    {
        var (output, report, diagnostics) = Run(Package());

        Assert.That(diagnostics, Is.Empty);
        Assert.That(report, Does.Not.Contain("[global::ReportData.FigureUnitAttribute("));
        Assert.That(report, Does.Contain("[global::ReportData.FiguresInUnitAttribute(global::ReportData.FigureUnit.BillionYuan, \"GdpBillion\")]"));
        Assert.That(report, Does.Contain("[global::ReportData.FiguresInUnitAttribute(global::ReportData.FigureUnit.Percent, \""));
        Assert.That(Errors(output), Is.Empty);
    }

    [Test]
    public void WithoutAnyPackageTheEmittedCopyHasTheAttributeAndTheConstantsUseIt()
    {
        var compilation = CSharpCompilation.Create("GeneratorOnly", Array.Empty<SyntaxTree>(), GeneratorHarness.FrameworkReferences, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var driver = GeneratorDriverFactory.Create(GeneratorHarness.SingleFiles(Fixtures.ValidYaml, Fixtures.ReportText), new CSharpParseOptions(LanguageVersion.Latest));
        driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);

        Assert.That(output.SyntaxTrees.Single(tree => tree.FilePath.EndsWith(Fixtures.GeneratedReportFile, StringComparison.Ordinal)).ToString(), Does.Contain("[global::ReportData.FiguresInUnitAttribute("));
        Assert.That(output.GetTypeByMetadataName("ReportData.FigureUnitAttribute"), Is.Not.Null);
        Assert.That(output.GetTypeByMetadataName("ReportData.FiguresInUnitAttribute"), Is.Not.Null);
        Assert.That(Errors(output), Is.Empty);
    }
}
