using System;
using System.IO;
using System.Linq;
using NUnit.Framework;
using ReportData.Generator.Emitting;
using ReportData.Tests.Infrastructure;

// These tests exercise the storage layout itself, which is obsolete only to keep it out of user code.
#pragma warning disable CS0618

namespace ReportData.Tests.Storage;

/// <summary>
/// What a project without the ReportData package gets is lib/'s own code: the generator embeds lib/'s files at
/// its build, and refuses a package whose figure layout differs from the one it writes (RD0010).
/// </summary>
public class EmbeddedRuntimeTests
{
    [Test]
    public void TheGeneratorEmbedsLibsCurrentFiles()
    {
        var lib = Path.Combine(RepositoryRoot(), "lib");
        foreach (var name in RuntimeTypesEmitter.TypeNames)
        {
            var onDisk = Directory.GetFiles(lib, name + ".cs", SearchOption.AllDirectories).Single();
            using var stream = typeof(RuntimeTypesEmitter).Assembly.GetManifestResourceStream(RuntimeTypesEmitter.ResourcePrefix + name + ".cs");
            Assert.That(stream, Is.Not.Null, name);
            using var reader = new StreamReader(stream!);
            Assert.That(reader.ReadToEnd(), Is.EqualTo(File.ReadAllText(onDisk)), name + ": rebuild the generator");
        }
    }

    [Test]
    public void EveryStorageFileOfLibIsEmbedded()
    {
        var storage = Directory.GetFiles(Path.Combine(RepositoryRoot(), "lib", "Storage"), "*.cs").Select(path => Path.GetFileNameWithoutExtension(path));
        Assert.That(RuntimeTypesEmitter.TypeNames, Is.SupersetOf(storage));
    }

    [Test]
    public void APackageWithAnotherLayoutVersionIsRD0010()
    {
        const string OlderPackage = "namespace ReportData { public sealed class Figure { } }\nnamespace ReportData.Storage { public static class FigureTable { public const int LayoutVersion = 1; } }";
        var run = GeneratorHarness.RunSingle(Fixtures.ValidYaml, Fixtures.ReportText, source: OlderPackage);

        var diagnostic = run.GeneratorDiagnostics.Single(d => d.Id == "RD0010");
        Assert.That(diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), Does.Contain("layout version 1").And.Contain("writes version " + ReportData.Storage.FigureTable.LayoutVersion));
        Assert.That(diagnostic.Location.GetLineSpan().Path, Is.EqualTo("/reports/test.report.yaml"));
    }

    [Test]
    public void ThePackagesOwnLayoutIsNotRD0010()
    {
        var run = GeneratorHarness.RunSingle(Fixtures.ValidYaml, Fixtures.ReportText);
        Assert.That(run.GeneratorDiagnostics.Select(d => d.Id), Does.Not.Contain("RD0010"));
    }

    private static string RepositoryRoot() => Path.GetDirectoryName(Hardening.DiagnosticCatalogueTests.RepositoryFile("ReportData.sln"))!;
}
