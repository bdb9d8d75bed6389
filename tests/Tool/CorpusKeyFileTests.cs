using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using NUnit.Framework;
using ReportData.Docs;
using ReportData.Tool.Generator;
using YamlDotNet.RepresentationModel;

namespace ReportData.Tests.Tool;

/// <summary>
/// The drafting benchmark's answer key (benchmarks/Drafting/CorpusKey) is only as good as its files. Each figure must name its
/// text, a key in PascalCase, a year or a horizon, a kind and bound the dataset knows, and a quote that is in the text and
/// carries the value as printed; no two figures may claim the same key, period and kind. Quotes are compared folded, as the
/// build compares them.
/// </summary>
public class CorpusKeyFileTests
{
    private static string KeyDirectory => Path.Combine(Repository.FindFrom(AppContext.BaseDirectory).Root, "benchmarks", "Drafting", "CorpusKey");

    private static readonly Regex Pascal = new("^[A-Z][A-Za-z0-9]*$", RegexOptions.CultureInvariant);

    private static readonly string[] Bounds = { "about", "atLeast", "atMost", "below", "exceeds", "reach" };

    public static IEnumerable<string> KeyFiles() =>
        Directory.GetFiles(KeyDirectory, "*.key.yaml").Select(Path.GetFileName).OrderBy(name => name, StringComparer.Ordinal)!;

    [Test]
    public void TheKeyHasItsFilesAndItsReadme()
    {
        Assert.That(KeyFiles().Count(), Is.GreaterThanOrEqualTo(8));
        var readme = File.ReadAllText(Path.Combine(KeyDirectory, "README.md"));
        Assert.That(KeyFiles().Where(name => !readme.Contains("`" + name + "`", StringComparison.Ordinal)), Is.Empty, "every file is in the README's table");
    }

    [TestCaseSource(nameof(KeyFiles))]
    public void EveryFigureIsWellFormedAndQuotedFromItsText(string fileName)
    {
        var stream = new YamlStream();
        using (var reader = new StreamReader(Path.Combine(KeyDirectory, fileName)))
        {
            stream.Load(reader);
        }

        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        var textName = Scalar(root, "text")!;
        Assert.That(fileName, Is.EqualTo(Path.GetFileNameWithoutExtension(textName) + ".key.yaml"));
        var corpus = DraftCorpusTests.CorpusDirectory;
        if (!Directory.Exists(corpus))
        {
            Assert.Ignore($"the development corpus is not at {corpus} (CI checks it out beside the repository)");
        }

        var folded = ReportFolder.Fold(File.ReadAllText(Path.Combine(corpus, textName)).Replace("\r\n", "\n"));
        var members = new HashSet<string>(StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (var figure in ((YamlSequenceNode)root.Children[new YamlScalarNode("figures")]).Children.Cast<YamlMappingNode>())
        {
            var key = Scalar(figure, "key") ?? string.Empty;
            var period = Scalar(figure, "year") ?? Scalar(figure, "horizon");
            var kind = Scalar(figure, "kind") ?? "actual";
            var bound = Scalar(figure, "bound");
            var value = Scalar(figure, "value") ?? string.Empty;
            var quote = ReportFolder.Fold(Scalar(figure, "quote") ?? string.Empty);
            var where = $"{key} {value} ({quote})";
            if (!Pascal.IsMatch(key))
            {
                problems.Add($"{where}: the key is not PascalCase");
            }

            if (period is null || kind is not ("actual" or "target") || (bound is not null && Array.IndexOf(Bounds, bound) < 0))
            {
                problems.Add($"{where}: a year or horizon, kind actual or target, and a known bound are needed");
            }

            if (quote.Length == 0 || !folded.Contains(quote, StringComparison.Ordinal))
            {
                problems.Add($"{where}: the quote is not in {textName}");
            }

            // A range keeps its separator as printed (8至10, 5.0—5.5): each of its ends is in the quote.
            if (value.Length == 0 || !Regex.Split(value, "[至—－-]").All(end => quote.Contains(end, StringComparison.Ordinal)))
            {
                problems.Add($"{where}: the value is not in its quote");
            }

            if (!members.Add(string.Join("|", key, period, kind)))
            {
                problems.Add($"{where}: another figure has this key, period and kind");
            }
        }

        Assert.That(problems, Is.Empty);
    }

    private static string? Scalar(YamlMappingNode node, string name) =>
        node.Children.TryGetValue(new YamlScalarNode(name), out var value) ? ((YamlScalarNode)value).Value : null;
}
