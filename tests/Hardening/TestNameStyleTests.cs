using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using NUnit.Framework;

namespace ReportData.Tests.Hardening;

/// <summary>
/// Every test is named in PascalCase as a sentence of behaviour (<c>QuoteMissingFromReportDoesNotCompile</c>), across
/// tests/ and the satellites' test projects: one style, so a test list reads as one specification.
/// </summary>
public class TestNameStyleTests
{
    /// <summary>A test method: its NUnit attributes (Test, TestCase, TestCaseSource, Theory, alone or in a list), then its declaration.</summary>
    private static readonly Regex TestMethod = new(
        @"\[(?:[^\]]*\b)?(?:Test|TestCase|TestCaseSource|Theory)\b[^\]]*\]\s*(?:\[[^\]]*\]\s*)*public\s+(?:static\s+)?(?:async\s+)?[\w<>\[\]?,\s]+?\s(\w+)\s*\(",
        RegexOptions.Compiled);

    [Test]
    public void NoTestNameIsSnakeCase()
    {
        var root = Path.GetDirectoryName(Path.GetDirectoryName(DiagnosticCatalogueTests.RepositoryFile("tests/ReportData.Tests.csproj")))!;
        var folders = new[] { Path.Combine(root, "tests") }
            .Concat(Directory.GetDirectories(Path.Combine(root, "integrations"), "*.Tests"));
        var sources = folders
            .SelectMany(folder => Directory.GetFiles(folder, "*.cs", SearchOption.AllDirectories))
            .Where(file => !file.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar)
                && !file.Contains(Path.DirectorySeparatorChar + "bin" + Path.DirectorySeparatorChar)
                && !file.EndsWith(".verified.cs") && !file.EndsWith(".received.cs"))
            .ToList();
        var names = sources
            .SelectMany(file => TestMethod.Matches(File.ReadAllText(file)).Select(match => Path.GetFileName(file) + ": " + match.Groups[1].Value))
            .ToList();

        Assert.That(names, Has.Count.GreaterThan(400), "the scan finds the tests");
        Assert.That(names.Where(name => name.Contains('_')), Is.Empty, "test names are PascalCase sentences, no underscores");
    }
}
