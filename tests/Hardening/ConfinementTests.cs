using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using NUnit.Framework;
using ReportData.Authoring.Validation;
using ReportData.Generator;
using ReportData.Tests.Infrastructure;
using static ReportData.Tests.Hardening.HardeningHarness;

namespace ReportData.Tests.Hardening;

/// <summary>
/// The generator reads only what the compiler hands it. The build enforces this (EnforceExtendedAnalyzerRules
/// with warnings as errors bans file, environment and similar APIs, RS1035); these tests check the
/// compiled generator itself and its behaviour, so that a suppression or a changed setting cannot slip past.
/// </summary>
public class ConfinementTests
{
    /// <summary>Types a compiler extension must not touch at all: disk, processes, network, randomness, threads.</summary>
    private static readonly string[] ForbiddenTypes =
    {
        "System.IO.File", "System.IO.Directory", "System.IO.FileInfo", "System.IO.DirectoryInfo", "System.IO.FileStream",
        "System.IO.DriveInfo", "System.IO.FileSystemWatcher", "System.Diagnostics.Process", "System.Net.Http.HttpClient",
        "System.Net.WebClient", "System.Net.WebRequest", "System.Net.Sockets.Socket", "System.Random", "System.Threading.Thread",
    };

    /// <summary>Members that read the machine's state: environment, clock, fresh identifiers, assemblies from disk.</summary>
    private static readonly string[] ForbiddenMembers =
    {
        "System.DateTime.get_Now", "System.DateTime.get_UtcNow", "System.DateTime.get_Today", "System.DateTimeOffset.get_Now",
        "System.DateTimeOffset.get_UtcNow", "System.Guid.NewGuid", "System.Reflection.Assembly.Load", "System.Reflection.Assembly.LoadFrom",
        "System.Reflection.Assembly.LoadFile", "System.Reflection.Assembly.UnsafeLoadFrom",
    };

    [Test]
    public void TheGeneratorAssemblyUsesNoFileEnvironmentNetworkClockOrRandomApi()
    {
        // The generator and the authoring core it carries both run inside the compiler.
        var types = new HashSet<string>(StringComparer.Ordinal);
        var members = new HashSet<string>(StringComparer.Ordinal);
        foreach (var assembly in new[] { typeof(ReportGenerator).Assembly, typeof(ReportValidator).Assembly })
        {
            using var stream = System.IO.File.OpenRead(assembly.Location);
            using var pe = new PEReader(stream);
            var metadata = pe.GetMetadataReader();
            types.UnionWith(metadata.TypeReferences.Select(handle => TypeName(metadata, handle)));
            members.UnionWith(metadata.MemberReferences
                .Select(handle => metadata.GetMemberReference(handle))
                .Where(member => member.Parent.Kind == HandleKind.TypeReference)
                .Select(member => TypeName(metadata, (TypeReferenceHandle)member.Parent) + "." + metadata.GetString(member.Name)));
        }

        Assert.That(types, Does.Contain("System.IO.StringReader"), "the scan sees the generator's type references");
        Assert.That(members, Does.Contain("System.String.Format"), "the scan sees the generator's member references");

        Assert.That(types.Intersect(ForbiddenTypes), Is.Empty);
        Assert.That(members.Intersect(ForbiddenMembers), Is.Empty);

        // Compiler-generated iterators read the managed thread id; nothing else of Environment may be used.
        Assert.That(members.Where(member => member.StartsWith("System.Environment.", StringComparison.Ordinal)), Is.SubsetOf(new[] { "System.Environment.get_CurrentManagedThreadId" }));
    }

    private static string TypeName(MetadataReader metadata, TypeReferenceHandle handle)
    {
        var type = metadata.GetTypeReference(handle);
        return metadata.GetString(type.Namespace) + "." + metadata.GetString(type.Name);
    }

    [Test]
    public void AReportTextOnDiskButNotAnAdditionalFileIsNotRead()
    {
        // The text exists on disk and holds the quotes; only AdditionalFiles count, so it is "not found".
        var directory = Directory.CreateTempSubdirectory("reportdata-confinement-");
        try
        {
            var textPath = Path.Combine(directory.FullName, "report.txt");
            System.IO.File.WriteAllText(textPath, Fixtures.ReportText);
            var yaml = Fixtures.ValidYaml.Replace("text: report.txt", "text: " + textPath.Replace('\\', '/'));
            var outcome = Diagnose(new List<Microsoft.CodeAnalysis.AdditionalText> { Additional(Path.Combine(directory.FullName, "test.report.yaml"), yaml) });
            AssertSingle(outcome, "RD2001", 8, 9);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}
