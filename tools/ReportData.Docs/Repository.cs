using System;
using System.IO;

namespace ReportData.Docs;

/// <summary>The source tree's folders: found by walking up to the folder that holds ReportData.sln.</summary>
public sealed class Repository
{
    private Repository(string root) => Root = root;

    public string Root { get; }

    public string Seeds => Path.Combine(Root, "seeds");

    public string Docs => Path.Combine(Root, "docs");

    public string CoveragePath => Path.Combine(Docs, "coverage.md");

    public string CataloguePath => Path.Combine(Docs, "data.md");

    public string KeysPath => Path.Combine(Docs, "keys.md");

    /// <summary>The hand-written authoring guide, which links to the generated key vocabulary.</summary>
    public string AuthoringPath => Path.Combine(Docs, "authoring.md");

    /// <summary>The repository containing <paramref name="start"/> (a folder or a file in it).</summary>
    public static Repository FindFrom(string start)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ReportData.sln")))
            {
                return new Repository(directory.FullName);
            }
        }

        throw new DirectoryNotFoundException($"No ReportData.sln in {start} or any folder above it.");
    }
}
