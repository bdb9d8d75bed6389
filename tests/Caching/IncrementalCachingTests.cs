using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using NUnit.Framework;
using ReportData.Generator;
using ReportData.Tests.Infrastructure;

namespace ReportData.Tests.Caching;

/// <summary>
/// The generator does no work it need not do: step tracking shows, for each edit, which steps ran again.
/// The seed dataset (five YAML files and their texts) is the input, as the library's build sees it.
/// </summary>
public class IncrementalCachingTests
{
    private const string EditedFile = "quzhou-2018.report.yaml";

    private static readonly IncrementalStepRunReason[] NotRerun = { IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged };

    [Test]
    public void EveryStepHasATrackingNameThatShowsUpInARun()
    {
        var run = TrackedRun.Start(GeneratorHarness.SeedFiles());
        var missing = TrackedRun.StepNames.Where(name => run.Steps(name).IsEmpty).ToList();
        Assert.That(missing, Is.Empty, "named steps that did not run: a rename or a step without WithTrackingName");
    }

    [Test]
    public void RerunWithNoChangeCachesEveryStep()
    {
        var run = TrackedRun.Start(GeneratorHarness.SeedFiles());
        run.Again();

        foreach (var name in TrackedRun.StepNames)
        {
            Assert.That(run.Reasons(name), Is.Not.Empty.And.All.EqualTo(IncrementalStepRunReason.Cached), name);
        }

        Assert.That(OutputReasons(run), Is.All.EqualTo(IncrementalStepRunReason.Cached));
    }

    [Test]
    public void UnrelatedCSharpEditParsesNoYamlAndRegeneratesNothing()
    {
        var run = TrackedRun.Start(GeneratorHarness.SeedFiles());
        var before = Sources(run);
        run.EditCSharp("namespace App { internal static class Program { internal static int Answer => 42; } }");

        Assert.Multiple(() =>
        {
            Assert.That(run.Reasons(TrackingNames.Parse), Has.Count.EqualTo(Directory.GetFiles(GeneratorHarness.SeedsDirectory, "*.report.yaml").Length).And.All.EqualTo(IncrementalStepRunReason.Cached), "no YAML is parsed again");
            Assert.That(run.Reasons(TrackingNames.CheckProvenance), Is.All.EqualTo(IncrementalStepRunReason.Cached));
            foreach (var name in TrackedRun.StepNames)
            {
                Assert.That(run.Reasons(name), Is.All.AnyOf(NotRerun), name);
            }

            Assert.That(OutputReasons(run), Is.All.AnyOf(NotRerun), "no source output runs again");
            Assert.That(Sources(run), Is.EqualTo(before));
        });
    }

    [Test]
    public void FigureEditInOneOfSeveralFilesRerunsOnlyThatFile()
    {
        var run = TrackedRun.Start(GeneratorHarness.SeedFiles());
        var before = Sources(run);
        run.EditFile(EditedFile, yaml => yaml.Replace("label: 全市地区生产总值增长\n", "label: 全市地区生产总值（GDP）增长\n"));
        var after = Sources(run);

        Assert.Multiple(() =>
        {
            AssertOnlyEditedFileReran(run, TrackingNames.Parse);
            AssertOnlyEditedFileReran(run, TrackingNames.CheckProvenance);
            AssertOnlyEditedFileReran(run, TrackingNames.ReportModel);
            Assert.That(run.Reasons(TrackingNames.PlanOnly), Is.All.AnyOf(NotRerun), "the plan holds no figure values");
            Assert.That(run.Reasons(TrackingNames.IndexModel), Is.All.AnyOf(NotRerun), "the dataset index is not regenerated");
            Assert.That(run.Reasons(TrackingNames.ReadTexts), Is.All.EqualTo(IncrementalStepRunReason.Cached), "no report text is read again");
            Assert.That(Enumerable.Range(0, before.Length).Count(i => before[i] != after[i]), Is.EqualTo(1), "one generated file changed");
            Assert.That(after.Single(source => source.Contains("全市地区生产总值（GDP）增长")), Does.StartWith("Quzhou.quzhou-2018.report.g.cs"));
        });
    }

    [Test]
    public void DiagnosticThatOnlyMovesDoesNotRegenerateSource()
    {
        var files = GeneratorHarness.SingleFiles(Fixtures.ValidYaml.Replace("quote: 全市生产总值达到2125.2亿元", "quote: 全市生产总值达到2125.2亿元左右"), Fixtures.ReportText);
        var run = TrackedRun.Start(files);
        var diagnosticBefore = run.Result.Diagnostics.Single();
        var sourcesBefore = Sources(run);

        run.EditFile("test.report.yaml", yaml => "# a comment line moves everything below it down by one\n" + yaml);
        var diagnosticAfter = run.Result.Diagnostics.Single();

        Assert.Multiple(() =>
        {
            Assert.That(diagnosticAfter.Id, Is.EqualTo(diagnosticBefore.Id).And.EqualTo("RD2002"), "quote not in the report");
            Assert.That(diagnosticAfter.Location.GetLineSpan().StartLinePosition.Line, Is.EqualTo(diagnosticBefore.Location.GetLineSpan().StartLinePosition.Line + 1), "the diagnostic moved");
            Assert.That(run.Reasons(TrackingNames.Parse), Is.All.EqualTo(IncrementalStepRunReason.Modified), "the file was parsed again");
            Assert.That(run.Reasons(TrackingNames.FileDiagnostics), Is.All.EqualTo(IncrementalStepRunReason.Modified), "the diagnostics output ran again");
            Assert.That(run.Reasons(TrackingNames.ReportModel), Is.All.AnyOf(NotRerun), "the report's emit model is unchanged");
            Assert.That(run.Reasons(TrackingNames.IndexModel), Is.All.AnyOf(NotRerun), "the index's emit model is unchanged");
            Assert.That(Sources(run), Is.EqualTo(sourcesBefore));
        });
    }

    [Test]
    public void PipelineModelsHoldNoSymbolsSyntaxCompilationsTextsOrLocations()
    {
        var run = TrackedRun.Start(GeneratorHarness.SeedFiles());
        var found = TrackedRun.StepNames
            .SelectMany(name => run.Steps(name).SelectMany((step, i) => step.Outputs.SelectMany((output, j) => ModelGraph.FindForbidden(output.Value, name + "[" + i + "][" + j + "]"))))
            .ToList();
        Assert.That(found, Is.Empty);
    }

    [Test]
    public void ModelGraphWalkFindsALocationHiddenInARecord()
    {
        // The walk itself must be able to fail: a Location two levels down is found.
        var hidden = new { Outer = new { Inner = Location.None } };
        Assert.That(ModelGraph.FindForbidden(hidden, "root"), Has.Count.EqualTo(1));
    }

    private static void AssertOnlyEditedFileReran(TrackedRun run, string stepName)
    {
        var outputs = run.Steps(stepName).SelectMany(step => step.Outputs).ToList();
        var rerun = outputs.Where(output => output.Reason is not IncrementalStepRunReason.Cached).ToList();
        Assert.That(outputs, Has.Count.EqualTo(Directory.GetFiles(GeneratorHarness.SeedsDirectory, "*.report.yaml").Length), stepName);
        Assert.That(rerun, Has.Count.EqualTo(1), stepName + ": only the edited file's output runs again");
        Assert.That(rerun.Single().Reason, Is.EqualTo(IncrementalStepRunReason.Modified), stepName);
    }

    private static IncrementalStepRunReason[] OutputReasons(TrackedRun run) =>
        run.Result.TrackedOutputSteps.SelectMany(pair => pair.Value).SelectMany(step => step.Outputs).Select(output => output.Reason).ToArray();

    private static string[] Sources(TrackedRun run) =>
        run.Result.GeneratedSources.Select(source => source.HintName + "\n" + source.SourceText).ToArray();
}
