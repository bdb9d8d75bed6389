using System;
using System.IO;
using ReportData.Tests.Infrastructure;

namespace ReportData.Tests.Tool;

/// <summary>Scratch folders for the tool's tests: a copy of the seeds (or of some files), deleted afterwards.</summary>
internal sealed class ScratchFolder : IDisposable
{
    public ScratchFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "reportdata-tool-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public static ScratchFolder WithSeeds()
    {
        var folder = new ScratchFolder();
        foreach (var file in Directory.GetFiles(GeneratorHarness.SeedsDirectory))
        {
            System.IO.File.Copy(file, System.IO.Path.Combine(folder.Path, System.IO.Path.GetFileName(file)));
        }

        return folder;
    }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A scratch folder left behind in the temp folder is harmless.
        }
    }
}
