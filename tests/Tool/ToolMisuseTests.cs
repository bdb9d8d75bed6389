using System;
using System.Diagnostics;
using System.IO;
using System.IO.Pipes;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using NUnit.Framework;
using ReportData.Tests.Infrastructure;
using static ReportData.Tests.Tool.CheckCommandTests;
using static ReportData.Tests.Tool.ToolInputErrorTests;

namespace ReportData.Tests.Tool;

/// <summary>
/// Command lines and inputs a user gets wrong (an empty option, a year the build rejects, a file cut off, a text in
/// another encoding given to coverage): one line naming what is wrong and exit code 2, or a warning and a draft the
/// build reads; never a stack trace, never YAML the build then rejects.
/// </summary>
public sealed class ToolMisuseTests
{
    private const string Text = "2024年3月1日\n衢州市第八届人民代表大会第三次会议\n全市生产总值达到2125.2亿元、增长6.8%。\n新增城镇就业1.2万人。";

    [OneTimeSetUp]
    public void RegisterCodePages() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [TestCase("draft")]
    [TestCase("export")]
    public void AnEmptyOutputIsOneLine(string command)
    {
        using var folder = ScratchFolder.WithSeeds();
        File.WriteAllText(folder.File("r.txt"), Text);
        var args = command == "draft"
            ? new[] { "draft", folder.File("r.txt"), "--city", "Quzhou", "--city-name", "衢州", "-o", string.Empty }
            : new[] { "export", folder.Path, "-o", string.Empty };
        var (code, output, error) = Run(args);
        Assert.That(code, Is.EqualTo(2), output + error);
        Assert.That(error.TrimEnd(), Is.EqualTo("reportdata: --output is empty: give a file name to write."));
    }

    [TestCase("99999")]
    [TestCase("1900", TestName = "A year whose review year the build rejects")]
    [TestCase("-5")]
    public void DraftRefusesAYearTheBuildRejects(string year)
    {
        using var folder = new ScratchFolder();
        File.WriteAllText(folder.File("r.txt"), Text);
        var (code, output, error) = Run("draft", folder.File("r.txt"), "--city", "Quzhou", "--city-name", "衢州", "--year", year, "-o", folder.File("out.report.yaml"));
        Assert.That(code, Is.EqualTo(2), output + error);
        Assert.That(error.TrimEnd(), Is.EqualTo($"reportdata: --year {year} is out of range: a report's year is from 1901 to 2199."));
        Assert.That(File.Exists(folder.File("out.report.yaml")), Is.False, "no YAML the build rejects (RD1005)");
    }

    [TestCase("")]
    [TestCase(" \u3000")]
    public void DraftRefusesAnEmptyCityName(string name)
    {
        using var folder = new ScratchFolder();
        File.WriteAllText(folder.File("r.txt"), Text);
        var (code, output, error) = Run("draft", folder.File("r.txt"), "--city", "Quzhou", "--city-name", name, "-o", folder.File("out.report.yaml"));
        Assert.That(code, Is.EqualTo(2), output + error);
        Assert.That(error, Does.StartWith("reportdata: --city-name is empty"));
        Assert.That(File.Exists(folder.File("out.report.yaml")), Is.False, "no cityName: \"\", which the build rejects (RD0004)");
    }

    [Test]
    public void DraftOntoAnExistingFileWithoutForceNamesIt()
    {
        using var folder = new ScratchFolder();
        File.WriteAllText(folder.File("r.txt"), Text);
        File.WriteAllText(folder.File("out.report.yaml"), "kept");
        AssertOneLine(Run("draft", folder.File("r.txt"), "--city", "Quzhou", "--city-name", "衢州", "-o", folder.File("out.report.yaml")), folder.File("out.report.yaml"), "--force");
        Assert.That(File.ReadAllText(folder.File("out.report.yaml")), Is.EqualTo("kept"));
    }

    [Test]
    public void DraftOfABinaryFileNamesItAsTheOtherErrorsDo()
    {
        using var folder = new ScratchFolder();
        File.WriteAllBytes(folder.File("r.txt"), Enumerable.Range(0, 4096).Select(i => (byte)(i * 131 % 256)).ToArray());
        AssertOneLine(Run("draft", folder.File("r.txt"), "--city", "Quzhou", "--year", "2024"), folder.File("r.txt"), "is not UTF-8, UTF-16 or GB18030 text");
    }

    [TestCase("utf-8", 1, TestName = "UTF-8 cut two bytes into its last character")]
    [TestCase("utf-8", 2, TestName = "UTF-8 cut one byte into its last character")]
    [TestCase("utf-16LE", 1, TestName = "UTF-16 with a byte-order mark cut inside its last character")]
    public void ATextCutInsideItsLastCharacterIsDraftedWithAWarning(string encodingName, int missing)
    {
        // 。 is three bytes in UTF-8 and two in UTF-16: the file stops inside it, as a download that broke off does.
        using var folder = new ScratchFolder();
        var encoding = Encoding.GetEncoding(encodingName);
        var bytes = encoding.GetPreamble().Concat(encoding.GetBytes(Text)).ToArray();
        File.WriteAllBytes(folder.File("r.txt"), bytes.Take(bytes.Length - missing).ToArray());
        var (code, output, error) = Run("draft", folder.File("r.txt"), "--city", "Quzhou", "--city-name", "衢州", "-o", folder.File("r.report.yaml"));
        Assert.That(code, Is.EqualTo(0), output + error);
        Assert.That(error.TrimEnd(), Is.EqualTo($"reportdata: warning: {folder.File("r.txt")}: the file ends inside a character, as a file cut off does: the draft leaves that character out; check that the text is complete."));
        var yaml = File.ReadAllText(folder.File("r.report.yaml"));
        Assert.That(yaml, Does.Contain("quote: \"新增城镇就业1.2万人\""), "the figures before the cut are drafted");

        // The build reads the same characters: the draft's quotes are proven (no error but the review marks).
        var (_, _, checkErrors) = Run("check", folder.Path);
        Assert.That(checkErrors.Split('\n').Where(line => line.Contains("error RD") && !line.Contains("RD4001")), Is.Empty, checkErrors);
    }

    [Test]
    public void CoverageOfATextTheBuildCannotReadIsAUsageErrorAsForCheck()
    {
        // In GB18030 the text is not what the build reads: its bytes' "numbers" are no coverage, the text must be converted first.
        using var folder = new ScratchFolder();
        File.Copy(Path.Combine(GeneratorHarness.SeedsDirectory, "quzhou-2024.report.yaml"), folder.File("quzhou-2024.report.yaml"));
        var text = File.ReadAllText(Path.Combine(GeneratorHarness.SeedsDirectory, "004_759fef2eaf5c0f7f.txt"));
        File.WriteAllBytes(folder.File("004_759fef2eaf5c0f7f.txt"), Encoding.GetEncoding("GB18030").GetBytes(text));
        var (code, output, error) = Run("coverage", folder.Path);
        Assert.That(code, Is.EqualTo(2), output + error);
        Assert.That(error, Does.Contain("quzhou-2024.report.yaml(").And.Contain("error RD2010"));
        Assert.That(error.TrimEnd(), Does.EndWith("reportdata: a report text is not UTF-8 (RD2010 above): convert it, then run coverage again."));
        Assert.That(output, Does.Not.Contain("unexplained").And.Not.Contain("explains no number"));
    }

    [Test]
    public void CoverageOfAFolderWithNoReportSaysSo()
    {
        using var folder = new ScratchFolder();
        var (code, output, error) = Run("coverage", folder.Path);
        Assert.That((code, error), Is.EqualTo((0, string.Empty)));
        Assert.That(output.TrimEnd(), Is.EqualTo(folder.Path + ": no *.report.yaml file: nothing to cover."));
    }

    [TestCase("check")]
    [TestCase("coverage")]
    [TestCase("export")]
    public void APipeNamedAsATextInTheFolderIsReadAsNoTextInsteadOfWaitedOn(string command)
    {
        // Opening a named pipe for reading waits until something writes to it: a folder scan must not open it.
        using var folder = ScratchFolder.WithSeeds();
        using (var mkfifo = Process.Start("mkfifo", folder.File("pipe.txt")))
        {
            mkfifo.WaitForExit();
            Assert.That(mkfifo.ExitCode, Is.EqualTo(0));
        }

        var run = Task.Run(() => Run(command, folder.Path));
        Assert.That(run.Wait(TimeSpan.FromMinutes(5)), Is.True, "the command returns instead of waiting for a writer");
        Assert.That(run.Result.Code, Is.EqualTo(0), run.Result.Output + run.Result.Error);
    }

    [TestCase("check")]
    [TestCase("export")]
    public void ALinkToADeviceThatNeverEndsIsReadAsNoText(string command)
    {
        // /dev/zero has no length and reads zeros without end: read as what its length says, nothing.
        using var folder = ScratchFolder.WithSeeds();
        File.CreateSymbolicLink(folder.File("zero.txt"), "/dev/zero");
        var run = Task.Run(() => Run(command, folder.Path));
        Assert.That(run.Wait(TimeSpan.FromMinutes(5)), Is.True, "the command returns instead of reading without end");
        Assert.That(run.Result.Code, Is.EqualTo(0), run.Result.Output + run.Result.Error);
    }

    [Test]
    public void DraftOfAPipeAsksForTheTextFile()
    {
        // <(command) and a piped standard input are pipes: the YAML would name its text "63" or "stdin", a file the build never finds.
        using var folder = new ScratchFolder();
        using var pipe = new AnonymousPipeServerStream(PipeDirection.Out);
        var path = "/proc/self/fd/" + pipe.ClientSafePipeHandle.DangerousGetHandle().ToInt32();
        var bytes = Encoding.UTF8.GetBytes(Text);
        pipe.Write(bytes, 0, bytes.Length);
        pipe.Dispose();
        AssertOneLine(Run("draft", path, "--city", "Quzhou", "--city-name", "衢州", "-o", folder.File("out.report.yaml")), path, "is a pipe, not a file");
        Assert.That(File.Exists(folder.File("out.report.yaml")), Is.False);
    }

    [TestCase("quzhou-2024.report.yaml")]
    [TestCase("004_759fef2eaf5c0f7f.txt")]
    public void ExportOverAFileItReadsIsRefused(string input)
    {
        using var folder = ScratchFolder.WithSeeds();
        var before = File.ReadAllText(folder.File(input));
        AssertOneLine(Run("export", folder.Path, "-o", folder.File(input)), folder.File(input), "is one of the folder's report files");
        Assert.That(File.ReadAllText(folder.File(input)), Is.EqualTo(before), "the input is kept");
    }

    [Test]
    public void DraftOverItsOwnTextIsRefusedEvenWithForce()
    {
        using var folder = new ScratchFolder();
        File.WriteAllText(folder.File("r.txt"), Text);
        AssertOneLine(Run("draft", folder.File("r.txt"), "--city", "Quzhou", "--city-name", "衢州", "-o", folder.File("r.txt"), "--force"), folder.File("r.txt"), "is the report text being drafted");
        Assert.That(File.ReadAllText(folder.File("r.txt")), Is.EqualTo(Text), "the text is kept");
    }
}
