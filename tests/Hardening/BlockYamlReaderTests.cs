using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using NUnit.Framework;
using ReportData.Authoring.Model;
using ReportData.Authoring.Parsing;
using ReportData.Tests.Infrastructure;

namespace ReportData.Tests.Hardening;

/// <summary>
/// The block-style reader reads files without YamlDotNet, so it must give YamlDotNet's tree exactly: the same nodes,
/// values, quoting and spans (the spans are where diagnostics point). Compared on every YAML file of the repository,
/// which it must all take (that is what it is for), and on thousands of mutations of them, of which it takes only
/// those YamlDotNet reads without a diagnostic.
/// </summary>
public class BlockYamlReaderTests
{
    private const string FilePath = "/reports/file.report.yaml";

    [TestCaseSource(nameof(RepositoryYamlFiles))]
    public void EveryYamlFileOfTheRepositoryIsReadAsYamlDotNetReadsIt(string relativePath)
    {
        var content = File.ReadAllText(Path.Combine(RepositoryRoot(), relativePath));

        var block = BlockYamlReader.TryRead(content, 0, new YamlLocator(FilePath, content));

        Assert.That(block, Is.Not.Null, "the block reader leaves this file to YamlDotNet");
        AssertSameAsYamlDotNet(content, block!);
    }

    [Test]
    public void MutatedFilesTakenByTheBlockReaderAreReadAsYamlDotNetReadsThem()
    {
        var corpus = RepositoryYamlFiles().Select(path => File.ReadAllText(Path.Combine(RepositoryRoot(), path))).Append(Fixtures.ValidYaml).ToList();
        var failures = new List<string>();
        var taken = 0;
        const int inputs = 3000;
        for (var index = 0; index < inputs; index++)
        {
            var random = new Random(20_261_207 + index);
            var (yaml, recipe) = Mutator.Mutate(corpus[random.Next(corpus.Count)], random);
            var content = index % 7 == 0 ? "\uFEFF" + yaml : yaml;
            var (yamlOnly, offset) = YamlTreeReader.WithoutByteOrderMark(content);
            if (BlockYamlReader.TryRead(yamlOnly, offset, new YamlLocator(FilePath, content)) is not { } block)
            {
                continue;
            }

            taken++;
            try
            {
                AssertSameAsYamlDotNet(content, block);
            }
            catch (AssertionException exception)
            {
                failures.Add($"input {index} ({recipe}): {exception.Message.Trim()}\n{Literal(yaml)}");
            }
        }

        Assert.That(failures, Is.Empty, string.Join("\n\n", failures.Take(5)));
        // Most mutations of a block-style file leave it in the block style; a reader that took none would test nothing.
        Assert.That(taken, Is.GreaterThan(inputs / 4), "mutations the block reader took");
        TestContext.Out.WriteLine($"{taken} of {inputs} mutations taken by the block reader, all read as YamlDotNet reads them");
    }

    [TestCase("report:\n  city: A\n  list:\n  - a\n", TestName = "A list at its key's own column")]
    [TestCase("a: |\n  text\n", TestName = "A literal block scalar")]
    [TestCase("a: [1, 2]\n", TestName = "A flow sequence")]
    [TestCase("a: {b: 1}\n", TestName = "A flow mapping")]
    [TestCase("a: &x 1\nb: *x\n", TestName = "An anchor and an alias")]
    [TestCase("a: 1\na: 2\n", TestName = "A duplicate key")]
    [TestCase("a: \"open\n  quote\"\n", TestName = "A quoted scalar over two lines")]
    [TestCase("a: plain\n  continued\n", TestName = "A plain scalar over two lines")]
    [TestCase("a:\tb\n", TestName = "A tab")]
    [TestCase("a: b\rc: d\n", TestName = "A lone carriage return")]
    [TestCase("---\na: 1\n", TestName = "A document marker")]
    [TestCase("a: 1\n---\nb: 2\n", TestName = "A second document")]
    [TestCase("a: b: c\n", TestName = "A colon and a space inside a plain scalar")]
    [TestCase("a:\n", TestName = "A key without a value")]
    [TestCase("a: \"\\x41\"\n", TestName = "An escape it does not read")]
    [TestCase("\"a\": 1\n", TestName = "A quoted key")]
    [TestCase("a: 1\n  b: 2\n", TestName = "A line indented deeper than its mapping")]
    [TestCase("# only a comment\n", TestName = "No content")]
    public void WhatIsNotPlainBlockStyleIsLeftToYamlDotNet(string content) =>
        Assert.That(BlockYamlReader.TryRead(content, 0, new YamlLocator(FilePath, content)), Is.Null);

    [Test]
    public void AMappingLargerThanAReportsIsLeftToYamlDotNet()
    {
        string Mapping(int fields) => string.Concat(Enumerable.Range(0, fields).Select(i => "field" + i + ": " + i + "\n"));

        Assert.That(BlockYamlReader.TryRead(Mapping(BlockYamlReader.MaxMappingEntries), 0, new YamlLocator(FilePath, Mapping(BlockYamlReader.MaxMappingEntries))), Is.Not.Null);
        Assert.That(BlockYamlReader.TryRead(Mapping(BlockYamlReader.MaxMappingEntries + 1), 0, new YamlLocator(FilePath, Mapping(BlockYamlReader.MaxMappingEntries + 1))), Is.Null);
    }

    [Test]
    public void QuotedScalarsWithEscapesAndTrailingCommentsAreRead()
    {
        const string content = "# header\nreport:\n  quote: \"74.4\\n\\u200B\\n万亿元\"   # a comment\n  note: 'it''s'\n  plain: 5.2 # after\nfigures:\n  - key: A\n    value: -3.2\n  - \"item\"\n";

        var block = BlockYamlReader.TryRead(content, 0, new YamlLocator(FilePath, content));

        Assert.That(block, Is.Not.Null);
        AssertSameAsYamlDotNet(content, block!);
        var report = (YamlMappingNode)((YamlMappingNode)block!).Entries[0].Value;
        Assert.That(((YamlScalarNode)report.Entries[0].Value).Value, Is.EqualTo("74.4\n\u200B\n万亿元"));
        Assert.That(((YamlScalarNode)report.Entries[1].Value).Value, Is.EqualTo("it's"));
        Assert.That(((YamlScalarNode)report.Entries[2].Value).Value, Is.EqualTo("5.2"));
    }

    private static void AssertSameAsYamlDotNet(string content, YamlTreeNode block)
    {
        var diagnostics = new List<DiagnosticInfo>();
        var expected = YamlTreeReader.ReadWithYamlDotNet(FilePath, content, diagnostics);
        Assert.That(diagnostics, Is.Empty, "YamlDotNet reports a problem in a file the block reader took");
        Assert.That(expected, Is.Not.Null, "YamlDotNet reads no document");
        AssertSameNode(expected!, block, "root");
    }

    private static void AssertSameNode(YamlTreeNode expected, YamlTreeNode actual, string path)
    {
        Assert.That(actual.GetType(), Is.EqualTo(expected.GetType()), path);
        Assert.That(actual.Location, Is.EqualTo(expected.Location), path + ": span");
        switch (expected)
        {
            case YamlScalarNode scalar:
                var actualScalar = (YamlScalarNode)actual;
                Assert.That(actualScalar.Value, Is.EqualTo(scalar.Value), path + ": value");
                Assert.That(actualScalar.IsPlain, Is.EqualTo(scalar.IsPlain), path + ": quoting");
                break;
            case YamlMappingNode mapping:
                var actualMapping = (YamlMappingNode)actual;
                Assert.That(actualMapping.Entries.Select(entry => entry.Key), Is.EqualTo(mapping.Entries.Select(entry => entry.Key)), path + ": keys");
                for (var i = 0; i < mapping.Entries.Count; i++)
                {
                    var entryPath = path + "." + mapping.Entries[i].Key;
                    Assert.That(actualMapping.KeyLocation(actualMapping.Entries[i]), Is.EqualTo(mapping.KeyLocation(mapping.Entries[i])), entryPath + ": key span");
                    AssertSameNode(mapping.Entries[i].Value, actualMapping.Entries[i].Value, entryPath);
                }

                break;
            case YamlSequenceNode sequence:
                var actualSequence = (YamlSequenceNode)actual;
                Assert.That(actualSequence.Items, Has.Count.EqualTo(sequence.Items.Count), path + ": items");
                for (var i = 0; i < sequence.Items.Count; i++)
                {
                    AssertSameNode(sequence.Items[i], actualSequence.Items[i], path + "[" + i + "]");
                }

                break;
        }
    }

    /// <summary>The repository's report files and the drafting tool's drafts: what the generator reads.</summary>
    private static IEnumerable<string> RepositoryYamlFiles()
    {
        var root = RepositoryRoot();
        return new[] { "seeds", "tests/Fixtures", "benchmarks/Drafting", ".ci/consumer-e2e" }
            .SelectMany(folder => Directory.GetFiles(Path.Combine(root, folder), "*.yaml", SearchOption.AllDirectories))
            .Where(path => path.EndsWith(".report.yaml", StringComparison.Ordinal) || path.EndsWith(".draft.yaml", StringComparison.Ordinal))
            .Where(path => !path.Contains(Path.DirectorySeparatorChar + "bin" + Path.DirectorySeparatorChar, StringComparison.Ordinal)
                && !path.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .Select(path => Path.GetRelativePath(root, path).Replace('\\', '/'))
            .OrderBy(path => path, StringComparer.Ordinal);
    }

    private static string RepositoryRoot() => Path.GetDirectoryName(DiagnosticCatalogueTests.RepositoryFile("ReportData.sln"))!;

    private static string Literal(string text)
    {
        var builder = new StringBuilder("\"");
        foreach (var c in text.Length > 400 ? text.Substring(0, 400) : text)
        {
            builder.Append(c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '"' => "\\\"",
                '\\' => "\\\\",
                _ when c < ' ' || c > '~' && c < '\u00A0' => "\\u" + ((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }

        return builder.Append('"').ToString();
    }
}
