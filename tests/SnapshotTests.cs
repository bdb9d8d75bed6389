using System.Linq;
using NUnit.Framework;
using ReportData.Tests.Infrastructure;

namespace ReportData.Tests;

/// <summary>
/// The generated source, reviewed once and committed under Snapshots/. A change to the emitter
/// shows up here as a diff to review, not as a silent change.
/// </summary>
public class SnapshotTests
{
    [Test]
    public void AReportBecomesDocumentedConstantsAndItsFigureTable()
    {
        var run = GeneratorHarness.RunSingle(Fixtures.ValidYaml, Fixtures.ReportText);
        Snapshot.Verify(run.GeneratedSource(Fixtures.GeneratedReportFile), name: "MinimalReport.ConstantsAndFigureTable");
    }

    [Test]
    public void TheDatasetIndexDocumentsTheClassesListsTheKeysAndWiresTheStore()
    {
        var run = GeneratorHarness.RunSingle(Fixtures.ValidYaml, Fixtures.ReportText);
        Snapshot.Verify(run.GeneratedSource("ReportDataset.g.cs"), name: "MinimalReport.DatasetIndex");
    }

    [Test]
    public void ASeedReportBecomesItsConstantsAndFigureTable()
    {
        var run = GeneratorHarness.Run(GeneratorHarness.SeedFiles());
        Snapshot.Verify(run.GeneratedSource("Quzhou.quzhou-2024.report.g.cs"), name: "Quzhou2024.ConstantsAndFigureTable");
    }

    [Test]
    public void TheMinimalReportsGeneratedOutputStaysSmall()
    {
        // The decoder is lib/ code, not output: a two-figure report is its constants and data (was 852 lines).
        var run = GeneratorHarness.RunSingle(Fixtures.ValidYaml, Fixtures.ReportText);
        var lines = run.GeneratedSources.Sum(source => source.SourceText.Lines.Count);
        Assert.That(lines, Is.LessThan(200));
    }
}
