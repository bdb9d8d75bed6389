using System.Linq;
using NUnit.Framework;
using ReportData.Tests.Infrastructure;

namespace ReportData.Tests.Caching;

/// <summary>
/// A compiler server runs a new generator driver for every build, with new text objects for unchanged files. The
/// generator finds such a build's files parsed and its sources emitted already, and an edit still changes the output.
/// </summary>
public class NextBuildTests
{
    [Test]
    public void ANewDriverOnUnchangedFilesReusesTheLastBuildsSources()
    {
        var first = GeneratorHarness.RunSingle(Fixtures.ValidYaml, Fixtures.ReportText);
        var second = GeneratorHarness.RunSingle(Fixtures.ValidYaml, Fixtures.ReportText);

        var before = first.Result.Results.Single().GeneratedSources;
        var after = second.Result.Results.Single().GeneratedSources;
        Assert.That(after.Select(source => source.HintName), Is.EqualTo(before.Select(source => source.HintName)));
        var report = after.Single(source => source.HintName.EndsWith(Fixtures.GeneratedReportFile, System.StringComparison.Ordinal));
        Assert.That(report.SourceText, Is.SameAs(before.Single(source => source.HintName == report.HintName).SourceText), "emitted once");
    }

    [Test]
    public void AnEditInTheNextBuildIsEmittedAgain()
    {
        GeneratorHarness.RunSingle(Fixtures.ValidYaml, Fixtures.ReportText);
        var edited = Fixtures.ValidYaml.Replace("    label: 全市生产总值\n", "    label: 全市生产总值总量\n");
        var second = GeneratorHarness.RunSingle(edited, Fixtures.ReportText);

        var report = second.Result.Results.Single().GeneratedSources.Single(source => source.HintName.EndsWith(Fixtures.GeneratedReportFile, System.StringComparison.Ordinal));
        Assert.That(report.SourceText.ToString(), Does.Contain("全市生产总值总量"));
        Assert.That(second.GeneratorDiagnostics, Is.Empty);
    }
}
