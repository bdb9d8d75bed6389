using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using NUnit.Framework;
using ReportData.Tests.Data;
using ReportData.Tests.Infrastructure;
using ReportData.Tool.Drafting;
using ReportData.Tool.Generator;

namespace ReportData.Tests.Tool;

/// <summary>
/// The draft of every seed text, with the vocabulary of the other reports only (as for a report not seen
/// before): it validates against docs/report.schema.json; the build reports RD4001 for each figure marked
/// review and nothing else; once the markers are deleted it builds and compiles without a diagnostic; and
/// coverage starts complete (every number of the text is a figure or skipped).
/// </summary>
public class DraftSeedTests
{
    public static IEnumerable<string> SeedReports() => SeedFiles.ReportFileNames();

    [TestCaseSource(nameof(SeedReports))]
    public void DraftValidatesBuildsOnceSettledAndCoversTheText(string yamlFile)
    {
        var folder = ReportFolder.Load(GeneratorHarness.SeedsDirectory);
        var report = folder.Reports().Single(r => r.YamlFile == yamlFile);
        var text = folder.Texts[report.TextFile];
        var vocabulary = new KeyVocabulary(Vocabulary.Entries(folder, exceptYamlFile: yamlFile));
        var draft = Drafter.Draft(text, new DraftOptions(report.City, report.CityName, null, report.TextFile), vocabulary);
        var yaml = DraftWriter.Write(draft, "../docs/report.schema.json");

        Assert.That(draft.Report.Year, Is.EqualTo(report.Year), "the report's year, read from the text");
        Assert.That(SchemaTests.Validate(yaml), Is.Empty);

        var yamlPath = "/drafts/" + yamlFile;
        var diagnostics = ReportFolder.Validate(yamlPath, yaml, "/drafts/" + report.TextFile, text);
        Assert.That(diagnostics.Where(d => d.Id != "RD4001").Select(d => d.ToString()), Is.Empty);
        Assert.That(diagnostics.Count(d => d.Id == "RD4001"), Is.EqualTo(draft.ToReview));
        var lines = yaml.Split('\n');
        Assert.That(diagnostics.Select(d => lines[d.Location.GetLineSpan().StartLinePosition.Line]), Has.All.StartsWith("    review: "));

        var settled = string.Join("\n", lines.Where(line => !line.StartsWith("    review: ", StringComparison.Ordinal)));
        var run = GeneratorHarness.Run(new List<AdditionalText>
        {
            new InMemoryAdditionalText(yamlPath, settled),
            new InMemoryAdditionalText("/drafts/" + report.TextFile, text),
        });
        Assert.That(run.GeneratorDiagnostics.Select(d => d.ToString()), Is.Empty);
        Assert.That(run.CompilationDiagnostics.Select(d => d.ToString()), Is.Empty);

        using var scratch = new ScratchFolder();
        File.WriteAllText(scratch.File(yamlFile), yaml);
        File.WriteAllText(scratch.File(report.TextFile), text);
        var (code, output, error) = CheckCommandTests.Run("coverage", scratch.Path);
        Assert.That(code, Is.EqualTo(0), output + error);
        Assert.That(output, Does.Contain(" 0 unexplained"));
    }

    [Test]
    public void HeaderMetadataIsReadWherePrinted()
    {
        var text = File.ReadAllText(Path.Combine(GeneratorHarness.SeedsDirectory, "002_fd91e26d86c32efc.txt"));
        var header = ReportHeader.Read(text);
        Assert.That(header.Date, Is.EqualTo("2018-03-31"));
        Assert.That(header.Session, Is.EqualTo("金华市第七届人民代表大会第三次会议"));
        Assert.That(header.Speaker, Is.EqualTo("金华市市长 尹学群"));
        Assert.That(header.Year, Is.EqualTo(2018));

        var none = ReportHeader.Read(File.ReadAllText(Path.Combine(GeneratorHarness.SeedsDirectory, "004_759fef2eaf5c0f7f.txt")));
        Assert.That((none.Date, none.Session, none.Speaker), Is.EqualTo(((string?)null, (string?)null, (string?)null)), "nothing made up where the text prints no header");
    }

    [Test]
    public void DraftCommandWritesBesideTheTextAndRefusesToOverwrite()
    {
        using var scratch = new ScratchFolder();
        File.Copy(Path.Combine(GeneratorHarness.SeedsDirectory, "004_759fef2eaf5c0f7f.txt"), scratch.File("004_759fef2eaf5c0f7f.txt"));
        var args = new[] { "draft", scratch.File("004_759fef2eaf5c0f7f.txt"), "--city", "Quzhou", "--city-name", "衢州" };
        var (code, output, error) = CheckCommandTests.Run(args);
        Assert.That(code, Is.EqualTo(0), error);
        Assert.That(output, Does.Match(@"quzhou-2024\.report\.yaml: \d+ figures \(\d+ to review\)"));
        Assert.That(File.Exists(scratch.File("quzhou-2024.report.yaml")));
        Assert.That(CheckCommandTests.Run(args).Code, Is.EqualTo(2), "exists: --force or --output");
        var (checkCode, _, checkErrors) = CheckCommandTests.Run("check", scratch.Path);
        Assert.That(checkCode, Is.EqualTo(1), "figures to review fail the check");
        Assert.That(Regex.Matches(checkErrors, "error RD4001").Count, Is.GreaterThan(0));
        Assert.That(checkErrors.Split('\n').Where(l => l.Length > 0 && !l.Contains("RD4001", StringComparison.Ordinal)), Is.Empty);
    }

    [TestCase("Quzhou", "--year", "x")]
    [TestCase("quzhou")]
    public void BadDraftArgumentsAreUsageErrors(string city, params string[] more)
    {
        using var scratch = new ScratchFolder();
        File.WriteAllText(scratch.File("r.txt"), "一、2023年工作回顾\n全市生产总值达到2125.2亿元。\n");
        Assert.That(CheckCommandTests.Run(new[] { "draft", scratch.File("r.txt"), "--city", city }.Concat(more).ToArray()).Code, Is.EqualTo(2));
    }

    [Test]
    public void NonUtf8TextIsAClearError()
    {
        using var scratch = new ScratchFolder();
        File.WriteAllBytes(scratch.File("gbk.txt"), new byte[] { 0xC9, 0xFA, 0xB2, 0xFA, 0xD7, 0xDC, 0xD6, 0xB5, 0xFF, 0xFE });
        var (code, _, error) = CheckCommandTests.Run("draft", scratch.File("gbk.txt"), "--city", "Quzhou", "--year", "2024");
        Assert.That(code, Is.EqualTo(2));
        Assert.That(error, Does.Contain("not UTF-8"));
    }
}
