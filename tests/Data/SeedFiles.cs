using System.Collections.Generic;
using System.IO;
using System.Linq;
using NUnit.Framework;
using ReportData.Docs;

namespace ReportData.Tests.Data;

/// <summary>The source tree's seeds and docs, for tests that check documents and files as committed.</summary>
internal static class SeedFiles
{
    public static Repository Repository => Repository.FindFrom(TestContext.CurrentContext.TestDirectory);

    /// <summary>The report files' names, for test cases (one case per report).</summary>
    public static IEnumerable<string> ReportFileNames() =>
        Directory.GetFiles(Repository.FindFrom(Directory.GetCurrentDirectory()).Seeds, "*.report.yaml")
            .Select(Path.GetFileName)
            .OrderBy(name => name, System.StringComparer.Ordinal)!;
}
