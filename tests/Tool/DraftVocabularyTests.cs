using System.IO;
using System.Linq;
using NUnit.Framework;

namespace ReportData.Tests.Tool;

/// <summary>
/// <c>reportdata draft</c> learns keys from the dataset the tool ships with as well as from the folder, so a new report's
/// figures get the keys the dataset already uses; <c>--no-dataset-vocabulary</c> leaves the dataset out.
/// </summary>
public class DraftVocabularyTests
{
    // Jinhua 2018 keys this label (“最多跑一次”事项实现率达到 90%以上); no glossary or headline table names it.
    private const string Text = "2019年某市政府工作报告\n一、2018年工作回顾\n“最多跑一次”事项实现率达到95%。\n";

    [Test]
    public void ByDefaultALabelTheDatasetKeysGetsTheDatasetsKey()
    {
        var yaml = Draft();
        Assert.That(yaml, Does.Contain("key: RunAtMostOnceRealizationRate"));
    }

    [Test]
    public void WithoutTheDatasetVocabularyTheKeyIsOnlyGuessed()
    {
        var yaml = Draft("--no-dataset-vocabulary");
        Assert.That(yaml, Does.Not.Contain("RunAtMostOnceRealizationRate"));
        Assert.That(yaml, Does.Contain("review:"));
    }

    private static string Draft(params string[] options)
    {
        using var folder = new ScratchFolder();
        File.WriteAllText(folder.File("t.txt"), Text);
        var (code, _, error) = CheckCommandTests.Run(new[] { "draft", folder.File("t.txt"), "--city", "Mou", "--city-name", "某", "-o", folder.File("out.yaml") }.Concat(options).ToArray());
        Assert.That(code, Is.EqualTo(0), error);
        return File.ReadAllText(folder.File("out.yaml"));
    }
}
