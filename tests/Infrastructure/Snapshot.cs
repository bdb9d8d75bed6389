using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using NUnit.Framework;

namespace ReportData.Tests.Infrastructure;

/// <summary>
/// Snapshot assertions following Verify's conventions (the Verify packages are not available here):
/// the expected text is committed as <c>Snapshots/{Class}.{Method}.verified.{ext}</c> beside the tests;
/// on a mismatch the actual text is written as <c>.received.{ext}</c> and the test fails. To accept a
/// reviewed change, run the tests with <c>VERIFY_AUTOACCEPT=1</c> (or rename received to verified).
/// Volatile parts (the generator version) are scrubbed first.
/// </summary>
public static class Snapshot
{
    public const string AcceptVariable = "VERIFY_AUTOACCEPT";

    public static void Verify(string actual, string extension = "cs", string? name = null, [CallerFilePath] string callerFile = "", [CallerMemberName] string callerMember = "")
    {
        var directory = SnapshotDirectory;
        var baseName = Path.GetFileNameWithoutExtension(callerFile) + "." + (name ?? callerMember);
        var verified = Path.Combine(directory, baseName + ".verified." + extension);
        var received = Path.Combine(directory, baseName + ".received." + extension);
        var scrubbed = Scrub(actual);

        var expected = File.Exists(verified) ? Normalize(File.ReadAllText(verified)) : null;
        if (expected == scrubbed)
        {
            File.Delete(received);
            return;
        }

        Directory.CreateDirectory(directory);
        if (Environment.GetEnvironmentVariable(AcceptVariable) is "1" or "true")
        {
            File.WriteAllText(verified, scrubbed);
            File.Delete(received);
            return;
        }

        File.WriteAllText(received, scrubbed);
        Assert.Fail(expected is null
            ? $"No verified snapshot {verified}. Review {received} and rename it to .verified.{extension} (or set {AcceptVariable}=1)."
            : $"Snapshot differs from {verified}. Review {received}; accept with {AcceptVariable}=1 if the change is intended.");
    }

    /// <summary>The source tree's Snapshots folder, recorded at build time (see the test project file).</summary>
    private static string SnapshotDirectory =>
        typeof(Snapshot).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(attribute => attribute.Key == "ReportData.Tests.SnapshotDirectory").Value!;

    /// <summary>Removes what changes between builds without changing meaning: the generator's version.</summary>
    public static string Scrub(string text) =>
        Regex.Replace(Normalize(text), "GeneratedCode\\(\"ReportData.Generator\", \"[^\"]*\"\\)", "GeneratedCode(\"ReportData.Generator\", \"{version}\")");

    private static string Normalize(string text) => text.Replace("\r\n", "\n").TrimStart('\uFEFF');
}
