using System.IO;
using NUnit.Framework;
using ReportData.Tests.Infrastructure;
using ReportData.Tool.Commands;
using ReportData.Tool.Generator;

namespace ReportData.Tests.Tool;

/// <summary>
/// <c>reportdata export</c> builds the figures from YAML without compiling; its bytes must equal the
/// library's export of the dataset the build compiled from the same seeds.
/// </summary>
public class ExportCommandTests
{
    [Test]
    public void CsvEqualsTheLibrarysExportOfTheSeeds()
    {
        using var library = new MemoryStream();
        FigureCsv.Serialize(library, ReportDataset.Figures);
        var tool = ExportCommand.Export(ReportFolder.Load(GeneratorHarness.SeedsDirectory), "csv", indented: false);
        Assert.That(tool, Is.EqualTo(library.ToArray()));
    }

    [TestCase(false)]
    [TestCase(true)]
    public void JsonEqualsTheLibrarysExportOfTheSeeds(bool indented)
    {
        using var library = new MemoryStream();
        FigureJson.Serialize(library, ReportDataset.Figures, indented);
        var tool = ExportCommand.Export(ReportFolder.Load(GeneratorHarness.SeedsDirectory), "json", indented);
        Assert.That(tool, Is.EqualTo(library.ToArray()));
    }

    [Test]
    public void ParquetEqualsTheSatellitesFileOfTheSeeds()
    {
        using var library = new MemoryStream();
        FigureParquet.Write(library, ReportDataset.Figures);
        var tool = ExportCommand.Export(ReportFolder.Load(GeneratorHarness.SeedsDirectory), "parquet", indented: false);
        Assert.That(tool, Is.EqualTo(library.ToArray()));
        Assert.That(FigureParquet.Read(new MemoryStream(tool)), Is.EqualTo(ReportDataset.Figures), "and it reads back as the built dataset");
    }

    [Test]
    public void ParquetIsWrittenToAFileAndNeverAsText()
    {
        using var folder = ScratchFolder.WithSeeds();
        var target = folder.File("figures.parquet");
        Assert.That(CheckCommandTests.Run("export", folder.Path, "--format", "parquet", "--output", target).Code, Is.EqualTo(0));
        Assert.That(FigureParquet.Read(target), Has.Length.EqualTo(ReportDataset.Figures.Count));
        var (code, _, error) = CheckCommandTests.Run("export", folder.Path, "--format", "parquet");
        Assert.That(code, Is.EqualTo(2), "no binary into a text writer");
        Assert.That(error, Does.Contain("--output"));
    }

    [Test]
    public void ExportWritesTheFileAndRefusesBrokenFiles()
    {
        using var folder = ScratchFolder.WithSeeds();
        var target = folder.File("figures.csv");
        var (code, _, _) = CheckCommandTests.Run("export", folder.Path, "--format", "csv", "--output", target);
        Assert.That(code, Is.EqualTo(0));
        Assert.That(File.ReadAllText(target), Does.StartWith("id,place,level,year,"));

        File.WriteAllText(folder.File("quzhou-2024.report.yaml"), File.ReadAllText(folder.File("quzhou-2024.report.yaml")).Replace("亿元\"\n    quote: \"全年为市场主体减负", "亿英镑\"\n    quote: \"全年为市场主体减负"));
        var (broken, _, error) = CheckCommandTests.Run("export", folder.Path, "--format", "json", "--output", target);
        Assert.That(broken, Is.EqualTo(1));
        Assert.That(error, Does.Contain("error RD1004"));
    }
}
