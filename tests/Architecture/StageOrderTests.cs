using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using NUnit.Framework;
using ReportData.Docs;

namespace ReportData.Tests.Architecture;

/// <summary>
/// The folders of the authoring core and of the generator are stages: each uses only those before it. A file's
/// stage dependencies are read off its source: <c>using ReportData.Authoring.X;</c>, fully qualified
/// <c>ReportData.Authoring.X.</c> references, and <c>X.Type</c> where Type is a file of folder X (a sibling
/// namespace reached through the parent namespace, with no using).
/// </summary>
public class StageOrderTests
{
    /// <summary>The core's stages, lowest first: text decoding and traditional characters, then printed numbers, low in the stack; names and file suffixes in the model.</summary>
    private static readonly string[] AuthoringStages =
    {
        "Polyfills", "Shared", "Text", "Numbers", "Diagnostics", "Units", "Model", "Parsing", "Provenance", "Planning", "Validation", "Coverage",
    };

    /// <summary>The generator's stages above the core, lowest first; the pipeline (<c>ReportGenerator.cs</c>) sits at the top.</summary>
    private static readonly string[] GeneratorStages = { "CompilationFacts", "Planning", "Emitting", "Analyzers" };

    public static IEnumerable<TestCaseData> Projects()
    {
        yield return new TestCaseData("authoring", "ReportData.Authoring", AuthoringStages);
        yield return new TestCaseData("generator", "ReportData.Generator", GeneratorStages);
    }

    [TestCaseSource(nameof(Projects))]
    public void StagesUseOnlyEarlierStages(string folder, string rootNamespace, string[] stages)
    {
        var dependencies = StageDependencies(Path.Combine(Root, folder), rootNamespace, stages);
        var upward = dependencies
            .Where(edge => Array.IndexOf(stages, edge.To) > Array.IndexOf(stages, edge.From))
            .Select(edge => $"{edge.File} ({edge.From}) uses {edge.To}, a later stage")
            .ToList();

        Assert.That(upward, Is.Empty);
    }

    [TestCaseSource(nameof(Projects))]
    public void EveryFolderIsAStage(string folder, string rootNamespace, string[] stages)
    {
        var folders = Directory.GetDirectories(Path.Combine(Root, folder))
            .Where(directory => Directory.GetFiles(directory, "*.cs").Length > 0)
            .Select(Path.GetFileName)
            .ToList();

        Assert.That(folders, Is.SubsetOf(stages), "a new folder gets its place in the stage order of this test");
    }

    [TestCaseSource(nameof(Projects))]
    public void StagesHaveNoCycle(string folder, string rootNamespace, string[] stages)
    {
        var edges = StageDependencies(Path.Combine(Root, folder), rootNamespace, stages)
            .GroupBy(edge => edge.From)
            .ToDictionary(group => group.Key, group => group.Select(edge => edge.To).Distinct().ToList());

        Assert.That(FindCycle(edges), Is.Null);
    }

    [Test]
    public void AnUpwardUseIsFound()
    {
        var directory = Directory.CreateTempSubdirectory("stage-order-");
        try
        {
            Directory.CreateDirectory(Path.Combine(directory.FullName, "Model"));
            Directory.CreateDirectory(Path.Combine(directory.FullName, "Parsing"));
            File.WriteAllText(Path.Combine(directory.FullName, "Parsing", "ReportParser.cs"), "namespace ReportData.Authoring.Parsing;\n");
            File.WriteAllText(
                Path.Combine(directory.FullName, "Model", "ReportSpec.cs"),
                "namespace ReportData.Authoring.Model;\nclass ReportSpec { object Parse() => Parsing.ReportParser.Parse(); }\n");

            var edges = StageDependencies(directory.FullName, "ReportData.Authoring", new[] { "Model", "Parsing" });

            Assert.That(edges.Select(edge => (edge.From, edge.To)), Is.EquivalentTo(new[] { ("Model", "Parsing") }));
            Assert.That(FindCycle(new Dictionary<string, List<string>> { ["Model"] = new() { "Parsing" }, ["Parsing"] = new() { "Model" } }), Is.Not.Null);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    private static string Root => Repository.FindFrom(TestContext.CurrentContext.TestDirectory).Root;

    private static List<(string File, string From, string To)> StageDependencies(string projectDirectory, string rootNamespace, string[] stages)
    {
        var typesByStage = stages
            .Where(stage => Directory.Exists(Path.Combine(projectDirectory, stage)))
            .ToDictionary(stage => stage, stage => Directory.GetFiles(Path.Combine(projectDirectory, stage), "*.cs").Select(Path.GetFileNameWithoutExtension).ToList());
        var prefix = Regex.Escape(rootNamespace);
        var edges = new List<(string File, string From, string To)>();
        foreach (var (stage, _) in typesByStage)
        {
            foreach (var file in Directory.GetFiles(Path.Combine(projectDirectory, stage), "*.cs"))
            {
                var text = File.ReadAllText(file);
                var used = new HashSet<string>(StringComparer.Ordinal);
                foreach (Match match in Regex.Matches(text, @"\b" + prefix + @"\.(\w+)\b"))
                {
                    used.Add(match.Groups[1].Value);
                }

                foreach (var (other, types) in typesByStage)
                {
                    if (types.Any(type => Regex.IsMatch(text, @"(?<![\w.])" + other + @"\." + type + @"\b")))
                    {
                        used.Add(other);
                    }
                }

                edges.AddRange(used.Where(other => other != stage && typesByStage.ContainsKey(other)).Select(other => (Path.GetFileName(file), stage, other)));
            }
        }

        return edges;
    }

    /// <summary>A cycle as "A -> B -> A", or null when the graph has none.</summary>
    private static string? FindCycle(Dictionary<string, List<string>> edges)
    {
        var state = new Dictionary<string, bool>(); // false: on the current path; true: done.
        var path = new List<string>();

        string? Visit(string node)
        {
            if (state.TryGetValue(node, out var done))
            {
                return done ? null : string.Join(" -> ", path.Skip(path.IndexOf(node)).Append(node));
            }

            state[node] = false;
            path.Add(node);
            foreach (var next in edges.TryGetValue(node, out var targets) ? targets : new List<string>())
            {
                if (Visit(next) is { } cycle)
                {
                    return cycle;
                }
            }

            path.RemoveAt(path.Count - 1);
            state[node] = true;
            return null;
        }

        return edges.Keys.Select(Visit).FirstOrDefault(cycle => cycle is not null);
    }
}
