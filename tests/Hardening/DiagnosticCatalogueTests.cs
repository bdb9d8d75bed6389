extern alias analyzers;

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using NUnit.Framework;
using ReportData.Authoring.Diagnostics;
using ReportData.Generator.Analyzers;

namespace ReportData.Tests.Hardening;

/// <summary>
/// The diagnostic catalogue is complete and consistent: every descriptor has a stable RDnnnn ID, no help link
/// (there is no web page it could lead to), its section of docs/diagnostics.md (with a bad example and the fix),
/// its line in the README of each package that reports it, a line in the release tracking files, and a place in
/// the analyzer's supported diagnostics.
/// </summary>
public class DiagnosticCatalogueTests
{
    private static readonly IReadOnlyList<DiagnosticDescriptor> Descriptors = typeof(DiagnosticDescriptors)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(field => field.FieldType == typeof(DiagnosticDescriptor))
        .Select(field => (DiagnosticDescriptor)field.GetValue(null)!)
        .ToList();

    private static readonly IReadOnlyList<DiagnosticDescriptor> UnitDescriptors = new analyzers::ReportData.Analyzers.UnitAnalyzer().SupportedDiagnostics;

    [Test]
    public void IdsAreStableRdNumbersAndUnique()
    {
        Assert.That(Descriptors, Has.Count.GreaterThanOrEqualTo(26));
        Assert.That(Descriptors.Select(d => d.Id), Has.All.Match("^RD[0-4][0-9]{3}$"));
        Assert.That(Descriptors.Select(d => d.Id), Is.Unique);
    }

    [Test]
    public void EveryDescriptorIsSupportedByTheAnalyzer()
    {
        Assert.That(DiagnosticDescriptors.All, Is.EquivalentTo(Descriptors));
        Assert.That(new ReportFileAnalyzer().SupportedDiagnostics, Is.EquivalentTo(Descriptors));
    }

    [Test]
    public void EveryDescriptorNamesTheFileLinksItsSectionAndIsAnErrorOrAWarning()
    {
        foreach (var descriptor in Descriptors)
        {
            var format = descriptor.MessageFormat.ToString(System.Globalization.CultureInfo.InvariantCulture);
            Assert.That(format, Does.StartWith("{0}: "), descriptor.Id + ": the message starts with the YAML file's name");
            Assert.That(descriptor.Title.ToString(System.Globalization.CultureInfo.InvariantCulture), Is.Not.Empty.And.Not.EndWith("."), descriptor.Id);
            Assert.That(descriptor.HelpLinkUri, Is.Empty, descriptor.Id + ": a link would lead nowhere from an IDE");
            Assert.That(descriptor.DefaultSeverity, Is.AnyOf(DiagnosticSeverity.Error, DiagnosticSeverity.Warning), descriptor.Id);
            Assert.That(descriptor.IsEnabledByDefault, Is.True, descriptor.Id);
        }
    }

    [Test]
    public void EveryIdHasItsSectionInDocsWithABadExampleAndTheFix()
    {
        var sections = DocSections();
        Assert.Multiple(() =>
        {
            foreach (var descriptor in Descriptors)
            {
                Assert.That(sections.ContainsKey(descriptor.Id), Is.True, $"docs/diagnostics.md has no section for {descriptor.Id}");
                if (!sections.TryGetValue(descriptor.Id, out var section))
                {
                    continue;
                }

                var title = descriptor.Title.ToString(System.Globalization.CultureInfo.InvariantCulture);
                Assert.That(section.Heading, Is.EqualTo($"## {descriptor.Id}: {title}"), descriptor.Id + ": the heading carries the title");
                Assert.That(section.Body, Does.Contain("Bad"), descriptor.Id + ": a bad example");
                Assert.That(section.Body, Does.Contain("Fix"), descriptor.Id + ": the fix");
                var severity = descriptor.DefaultSeverity == DiagnosticSeverity.Error ? "Error" : "Warning";
                Assert.That(section.Body.TrimStart(), Does.StartWith(severity), descriptor.Id + ": the severity comes first");
            }
        });
    }

    [Test]
    public void TheUnitAnalyzersIdsHaveTheirSectionsAndReleaseLines()
    {
        // RD3xxx: the unit analyzer's own catalogue (analyzers/ReportData.Analyzers), warnings on C# code.
        var sections = DocSections();
        var tracked = File.ReadAllLines(RepositoryFile("analyzers/ReportData.Analyzers/AnalyzerReleases.Unshipped.md"))
            .Select(line => line.Split('|').Select(cell => cell.Trim()).ToArray())
            .Where(cells => cells.Length >= 3 && Regex.IsMatch(cells[0], "^RD[0-9]{4}$"))
            .ToDictionary(cells => cells[0], cells => cells[2]);
        Assert.Multiple(() =>
        {
            foreach (var descriptor in UnitDescriptors)
            {
                Assert.That(descriptor.Id, Does.Match("^RD3[0-9]{3}$"));
                Assert.That(descriptor.DefaultSeverity, Is.EqualTo(DiagnosticSeverity.Warning), descriptor.Id + ": warning by default");
                Assert.That(descriptor.HelpLinkUri, Is.Empty, descriptor.Id + ": a link would lead nowhere from an IDE");
                Assert.That(tracked.GetValueOrDefault(descriptor.Id), Is.EqualTo("Warning"), descriptor.Id + " in AnalyzerReleases.Unshipped.md");
                Assert.That(sections.TryGetValue(descriptor.Id, out var section), Is.True, descriptor.Id + " has a section");
                Assert.That(section.Heading, Is.EqualTo($"## {descriptor.Id}: {descriptor.Title}"));
                Assert.That(section.Body.TrimStart(), Does.StartWith("Warning"));
                Assert.That(section.Body, Does.Contain("Bad").And.Contain("Fix"));
            }
        });
    }

    [Test]
    public void DocsHaveNoSectionForAnIdThatDoesNotExist()
    {
        var ids = Descriptors.Concat(UnitDescriptors).Select(d => d.Id).ToHashSet();
        Assert.That(DocSections().Keys.Where(id => !ids.Contains(id)), Is.Empty);
    }

    [TestCase("generator/PACKAGE.md", true)]
    [TestCase("lib/PACKAGE.md", false)]
    public void EachPackageReadmeListsEveryDiagnosticThePackageReportsWithItsTitleAndFix(string readme, bool hasTheGenerator)
    {
        // The generator package reports the YAML diagnostics and carries the unit analyzer; the ReportData package
        // carries the unit analyzer only. Their READMEs are the diagnostics reference a package user has.
        var expected = (hasTheGenerator ? Descriptors.Concat(UnitDescriptors) : UnitDescriptors).ToList();
        var lines = File.ReadAllLines(RepositoryFile(readme))
            .Select(line => Regex.Match(line, @"^- \*\*(RD[0-9]{4})\*\* (.+)\. Fix: (.+)$"))
            .Where(match => match.Success)
            .ToDictionary(match => match.Groups[1].Value, match => match.Groups[2].Value);
        Assert.That(lines.Keys, Is.EquivalentTo(expected.Select(d => d.Id)), readme + " lists exactly the IDs the package reports");
        Assert.Multiple(() =>
        {
            foreach (var descriptor in expected)
            {
                Assert.That(lines.GetValueOrDefault(descriptor.Id), Is.EqualTo(descriptor.Title.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                    descriptor.Id + " in " + readme + " carries the descriptor's title");
            }
        });
    }

    [Test]
    public void EveryIdIsTrackedInTheReleaseFilesWithItsSeverity()
    {
        var tracked = File.ReadAllLines(RepositoryFile("authoring/AnalyzerReleases.Shipped.md"))
            .Concat(File.ReadAllLines(RepositoryFile("authoring/AnalyzerReleases.Unshipped.md")))
            .Select(line => line.Split('|').Select(cell => cell.Trim()).ToArray())
            .Where(cells => cells.Length >= 3 && Regex.IsMatch(cells[0], "^RD[0-9]{4}$"))
            .ToDictionary(cells => cells[0], cells => cells[2]);
        foreach (var descriptor in Descriptors)
        {
            Assert.That(tracked.TryGetValue(descriptor.Id, out var severity), Is.True, descriptor.Id + " is not in AnalyzerReleases.*.md");
            Assert.That(severity, Is.EqualTo(descriptor.DefaultSeverity.ToString()), descriptor.Id);
        }
    }

    /// <summary>Sections of docs/diagnostics.md by ID: an anchor <c>&lt;a id="rd0001"&gt;</c>, then the heading, then the body.</summary>
    private static Dictionary<string, (string Heading, string Body)> DocSections()
    {
        var text = File.ReadAllText(RepositoryFile("docs/diagnostics.md")).Replace("\r\n", "\n");
        var sections = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        var anchors = Regex.Matches(text, "<a id=\"(rd[0-9]{4})\"></a>\n(## [^\n]*)\n");
        for (var i = 0; i < anchors.Count; i++)
        {
            var bodyStart = anchors[i].Index + anchors[i].Length;
            var bodyEnd = i + 1 < anchors.Count ? anchors[i + 1].Index : text.Length;
            var id = anchors[i].Groups[1].Value.ToUpperInvariant();
            Assert.That(sections.ContainsKey(id), Is.False, "two sections for " + id);
            sections[id] = (anchors[i].Groups[2].Value, text.Substring(bodyStart, bodyEnd - bodyStart));
        }

        return sections;
    }

    /// <summary>A file of the repository, found upwards from the test's output folder.</summary>
    internal static string RepositoryFile(string relativePath)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, relativePath);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("not found above " + AppContext.BaseDirectory, relativePath);
    }
}
