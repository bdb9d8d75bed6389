using System;
using System.IO;
using System.Linq;
using NUnit.Framework;
using ReportData.Tests.Infrastructure;
using ReportData.Tool;
using ReportData.Tool.Generator;

namespace ReportData.Tests.Tool;

/// <summary>
/// <c>reportdata check</c> gives the build's diagnostics: for broken files, exactly the generator's own
/// (run in memory over the same files), in the compiler's <c>file(line,col): error RDnnnn: message</c> form.
/// </summary>
public class CheckCommandTests
{
    [Test]
    public void SeedsCheckClean()
    {
        var (code, output, error) = Run("check", GeneratorHarness.SeedsDirectory);
        Assert.That(code, Is.EqualTo(0), error);
        var reports = System.IO.Directory.GetFiles(GeneratorHarness.SeedsDirectory, "*.report.yaml").Length;
        Assert.That(output, Does.Contain($"{reports} report file(s) checked: 0 error(s), 0 warning(s)."));
    }

    [Test]
    public void BrokenFilesGiveTheGeneratorsDiagnosticsExactly()
    {
        using var folder = ScratchFolder.WithSeeds();
        var path = folder.File("quzhou-2024.report.yaml");
        var yaml = File.ReadAllText(path);
        yaml = ReplaceOnce(yaml, "    unit: \"亿元\"\n    quote: \"全年为市场主体减负72.9亿元\"", "    unit: \"亿英镑\"\n    quote: \"全年为市场主体减负72.9亿元\"");
        yaml = ReplaceOnce(yaml, "quote: \"兑付惠企政策资金83.4亿元\"", "quote: \"兑付惠企政策资金84.3亿元\"");
        yaml = ReplaceOnce(yaml, "    value: 19.8\n", "    value: 91.8\n");
        yaml = ReplaceOnce(yaml, "  - key: FixedAssetInvestmentGrowth\n", "  - key: FixedAssetInvestmentGrowth\n    colour: blue\n");
        File.WriteAllText(path, yaml);
        File.WriteAllText(folder.File("broken.report.yaml"), "report:\n  city: Quzhou\n  cityName: [衢州\n");
        // The same figure in a second file: a cross-file diagnostic (RD1008).
        File.WriteAllText(folder.File("copy.report.yaml"), File.ReadAllText(folder.File("quzhou-2018.report.yaml")));

        var tool = ReportFolder.Load(folder.Path).Diagnostics.Select(ReportFolder.Format).OrderBy(line => line, StringComparer.Ordinal).ToList();
        var build = GeneratorHarness.Run(ReportFolder.ReadAdditionalFiles(folder.Path)).GeneratorDiagnostics
            .Select(diagnostic => diagnostic.ToString()).OrderBy(line => line, StringComparer.Ordinal).ToList();

        Assert.That(tool, Is.EqualTo(build));
        foreach (var id in new[] { "RD1004", "RD2002", "RD2003", "RD0006", "RD0001", "RD1008" })
        {
            Assert.That(tool.Any(line => line.Contains(": error " + id + ":", StringComparison.Ordinal) || line.Contains(": warning " + id + ":", StringComparison.Ordinal)), id);
        }

        Assert.That(tool, Has.All.Match(@"^/.+\.report\.yaml\(\d+,\d+\): (error|warning) RD\d{4}: "));
        var (code, _, error) = Run("check", folder.Path);
        Assert.That(code, Is.EqualTo(1));
        Assert.That(error, Does.Contain("quzhou-2024.report.yaml(").And.Contains("error RD1004"));
    }

    [Test]
    public void MissingFolderIsAUsageError()
    {
        var (code, _, error) = Run("check", "/no/such/folder");
        Assert.That(code, Is.EqualTo(2));
        Assert.That(error, Does.Contain("no such folder"));
    }

    [Test]
    public void NoCommandIsAUsageError() => Assert.That(Run().Code, Is.EqualTo(2));

    [TestCase("bogus")]
    [TestCase("check")]
    [TestCase("export", "--format", "xml", ".")]
    public void BadCommandLinesAreUsageErrors(params string[] args)
    {
        Assert.That(Run(args).Code, Is.EqualTo(2));
    }

    [TestCase("--help")]
    [TestCase("draft", "--help")]
    [TestCase("check", "--help")]
    [TestCase("coverage", "--help")]
    [TestCase("export", "--help")]
    public void EveryCommandHasHelp(params string[] args)
    {
        var (code, output, _) = Run(args);
        Assert.That(code, Is.EqualTo(0));
        Assert.That(output, Does.Contain("Usage:"));
    }

    internal static (int Code, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = Program.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    [Test]
    public void CoverageLocatesNumbersInWordsAndDigitsAtTheirOwnColumns()
    {
        // A number in words before the digits moved every digit number of the line one place on (column of the next).
        const string line = "实现经济总量翻一番，全市生产总值增长6.8%，新增就业1.2万人。";
        using var folder = new ScratchFolder();
        File.WriteAllText(folder.File("t.txt"), "2024年某市政府工作报告\n一、2023年工作回顾\n" + line + "\n");
        Assert.That(Run("draft", folder.File("t.txt"), "--city", "Mou", "--city-name", "某").Code, Is.EqualTo(0));
        var (_, output, _) = Run("coverage", folder.Path, "--all");
        foreach (var number in new[] { "翻一番", "6.8", "1.2" })
        {
            Assert.That(output, Does.Contain($"t.txt(3,{line.IndexOf(number, StringComparison.Ordinal) + 1}): {number}: "));
        }
    }

    private static string ReplaceOnce(string text, string find, string replacement)
    {
        var at = text.IndexOf(find, StringComparison.Ordinal);
        Assert.That(at, Is.GreaterThanOrEqualTo(0), "fixture text not found: " + find);
        return text.Substring(0, at) + replacement + text.Substring(at + find.Length);
    }
}
