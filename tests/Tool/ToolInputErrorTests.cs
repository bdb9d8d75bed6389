using System.IO;
using System.Linq;
using NUnit.Framework;
using static ReportData.Tests.Tool.CheckCommandTests;

namespace ReportData.Tests.Tool;

/// <summary>
/// Every file-system and input error of every command is one line, <c>reportdata: PATH: CAUSE</c>, with exit code 2
/// (docs/tool.md): never a stack trace, never a crash.
/// </summary>
public sealed class ToolInputErrorTests
{
    private const string Text = "2024年3月1日\n衢州市第八届人民代表大会第三次会议\n全市生产总值达到2125.2亿元、增长6.8%。";

    [Test]
    public void DraftIntoAFolderThatDoesNotExistIsOneLine()
    {
        using var folder = new ScratchFolder();
        File.WriteAllText(folder.File("r.txt"), Text);
        var target = Path.Combine(folder.Path, "missing", "out.report.yaml");
        AssertOneLine(Run("draft", folder.File("r.txt"), "--city", "Quzhou", "--city-name", "衢州", "-o", target), target, "does not exist");
    }

    [Test]
    public void DraftOntoAFolderIsOneLine()
    {
        using var folder = new ScratchFolder();
        File.WriteAllText(folder.File("r.txt"), Text);
        Directory.CreateDirectory(folder.File("out"));
        AssertOneLine(Run("draft", folder.File("r.txt"), "--city", "Quzhou", "--city-name", "衢州", "-o", folder.File("out")), folder.File("out"), "is a folder");
    }

    [TestCase("", TestName = "An empty file")]
    [TestCase("\uFEFF\n\u3000 \r\n", TestName = "A file of a byte-order mark and blanks")]
    public void DraftOfAFileWithNoTextIsOneLine(string content)
    {
        using var folder = new ScratchFolder();
        File.WriteAllText(folder.File("r.txt"), content);
        AssertOneLine(Run("draft", folder.File("r.txt"), "--city", "Quzhou"), folder.File("r.txt"), "no text");
        Assert.That(File.Exists(folder.File("quzhou-2024.report.yaml")), Is.False);
    }

    [Test]
    public void DraftOfATextWithNoYearNamesTheFile()
    {
        using var folder = new ScratchFolder();
        File.WriteAllText(folder.File("r.txt"), "全市生产总值达到2125.2亿元、增长6.8%。");
        AssertOneLine(Run("draft", folder.File("r.txt"), "--city", "Quzhou"), folder.File("r.txt"), "give --year");
    }

    [Test]
    public void DraftOfAWebPagesMarkupWarnsAndStillDrafts()
    {
        using var folder = new ScratchFolder();
        var page = "<html><body>" + string.Concat(Enumerable.Repeat("<p>" + Text.Replace("\n", "</p><p>") + "</p>", 4)) + "</body></html>";
        File.WriteAllText(folder.File("r.html"), page);
        var (code, output, error) = Run("draft", folder.File("r.html"), "--city", "Quzhou", "-o", folder.File("out.report.yaml"));
        Assert.That(code, Is.EqualTo(0), output + error);
        Assert.That(error, Does.Contain("warning: " + folder.File("r.html") + ": the text holds HTML markup"));
        Assert.That(File.Exists(folder.File("out.report.yaml")), Is.True);
    }

    [Test]
    public void DraftOfATextWithoutMarkupGivesNoWarning()
    {
        using var folder = new ScratchFolder();
        File.WriteAllText(folder.File("r.txt"), Text + "\n网页上的<p>标签不是段落。");
        var (code, output, error) = Run("draft", folder.File("r.txt"), "--city", "Quzhou", "-o", folder.File("out.report.yaml"));
        Assert.That((code, error), Is.EqualTo((0, string.Empty)), output);
    }

    [Test]
    public void DraftOfAFolderIsOneLine()
    {
        using var folder = new ScratchFolder();
        AssertOneLine(Run("draft", folder.Path, "--city", "Quzhou"), folder.Path, "is a folder");
    }

    [Test]
    public void ExportIntoAFolderThatDoesNotExistIsOneLine()
    {
        using var folder = ScratchFolder.WithSeeds();
        var target = Path.Combine(folder.Path, "missing", "figures.csv");
        AssertOneLine(Run("export", folder.Path, "-o", target), target, "does not exist");
        Assert.That(File.Exists(target), Is.False);
    }

    [Test]
    public void ExportOntoAFolderIsOneLine()
    {
        using var folder = ScratchFolder.WithSeeds();
        Directory.CreateDirectory(folder.File("out"));
        AssertOneLine(Run("export", folder.Path, "-o", folder.File("out")), folder.File("out"), "is a folder");
    }

    [TestCase("check")]
    [TestCase("coverage")]
    [TestCase("export")]
    public void DanglingLinkInTheFolderIsOneLine(string command)
    {
        using var folder = ScratchFolder.WithSeeds();
        var link = folder.File("gone.report.yaml");
        File.CreateSymbolicLink(link, folder.File("nothing-here.report.yaml"));
        AssertOneLine(Run(command, folder.Path), link, "no such file");
    }

    [TestCase("check")]
    [TestCase("coverage")]
    public void SymbolicLinkLoopInTheFolderIsOneLine(string command)
    {
        using var folder = new ScratchFolder();
        var link = folder.File("loop.report.yaml");
        File.CreateSymbolicLink(link, folder.File("back.report.yaml"));
        File.CreateSymbolicLink(folder.File("back.report.yaml"), link);
        var (code, output, error) = Run(command, folder.Path);
        Assert.That(code, Is.EqualTo(2), error);
        Assert.That(error.TrimEnd().Split('\n'), Has.Length.EqualTo(1), error);
        Assert.That(error, Does.StartWith("reportdata: " + folder.Path).And.Contain("symbolic links"));
        Assert.That(output + error, Does.Not.Contain("   at "));
    }

    [Test]
    public void DanglingLinkInTheVocabularyFolderIsOneLine()
    {
        using var folder = new ScratchFolder();
        File.WriteAllText(folder.File("r.txt"), Text);
        Directory.CreateDirectory(folder.File("vocabulary"));
        var link = Path.Combine(folder.File("vocabulary"), "old.report.yaml");
        File.CreateSymbolicLink(link, folder.File("nothing-here.report.yaml"));
        AssertOneLine(Run("draft", folder.File("r.txt"), "--city", "Quzhou", "--city-name", "衢州", "--vocabulary", folder.File("vocabulary"), "-o", folder.File("out.report.yaml")), link, "no such file");
    }

    [Test]
    public void VocabularyThatIsAFileIsOneLine()
    {
        using var folder = new ScratchFolder();
        File.WriteAllText(folder.File("r.txt"), Text);
        AssertOneLine(Run("draft", folder.File("r.txt"), "--city", "Quzhou", "--city-name", "衢州", "--vocabulary", folder.File("r.txt")), folder.File("r.txt"), "is a file");
    }

    [Test]
    public void BinaryReportFileIsAFindingNotACrash()
    {
        // A binary file named as report YAML is what the build reads too: its diagnostics, exit 1, no stack trace.
        using var folder = new ScratchFolder();
        File.WriteAllBytes(folder.File("noise.report.yaml"), Enumerable.Range(0, 4096).Select(i => (byte)(i * 131 % 256)).ToArray());
        var (code, output, error) = Run("check", folder.Path);
        Assert.That(code, Is.EqualTo(1), output + error);
        Assert.That(error, Does.Contain("noise.report.yaml(").And.Contain("error RD"));
        Assert.That(output + error, Does.Not.Contain("   at "));
    }

    [Test]
    public void FileTheSystemRefusesIsOneLineWithItsPath()
    {
        // A file without read permission (not reproducible as root, so the exceptions the system raises are given).
        Assert.That(
            ReportData.Tool.Commands.InputErrors.Describe(new System.UnauthorizedAccessException("Access to the path '/data/r.report.yaml' is denied.")),
            Is.EqualTo("reportdata: /data/r.report.yaml: permission denied (or a folder where a file was expected)"));
        Assert.That(
            ReportData.Tool.Commands.InputErrors.Describe(new IOException("Too many levels of symbolic links : '/data/loop.txt'")),
            Is.EqualTo("reportdata: /data/loop.txt: too many levels of symbolic links"));
        Assert.That(
            ReportData.Tool.Commands.InputErrors.Describe(new DirectoryNotFoundException("Could not find a part of the path '/data/missing/x.csv'.")),
            Is.EqualTo("reportdata: /data/missing/x.csv: a folder on this path does not exist"));
    }

    internal static void AssertOneLine((int Code, string Output, string Error) run, string path, string cause)
    {
        Assert.That(run.Code, Is.EqualTo(2), run.Output + run.Error);
        Assert.That(run.Error.TrimEnd().Split('\n'), Has.Length.EqualTo(1), run.Error);
        Assert.That(run.Error.TrimEnd(), Does.StartWith("reportdata: " + path + ": ").And.Contain(cause));
        Assert.That(run.Output + run.Error, Does.Not.Contain("   at "), "no stack trace");
    }
}
