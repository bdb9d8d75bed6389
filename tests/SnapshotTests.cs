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
    public void MinimalReport()
    {
        var run = GeneratorHarness.RunSingle(Fixtures.ValidYaml, Fixtures.ReportText);
        Snapshot.Verify(run.GeneratedSource("Testville.test.g.cs"), name: "MinimalReport.Report");
        Snapshot.Verify(run.GeneratedSource("ReportDataset.g.cs"), name: "MinimalReport.Index");
    }

    [Test]
    public void Quzhou2024()
    {
        var run = GeneratorHarness.Run(GeneratorHarness.SeedFiles());
        Snapshot.Verify(run.GeneratedSource("Quzhou.quzhou-2024.g.cs"));
    }
}
