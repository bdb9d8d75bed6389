using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

using ReportData.Testing;

namespace ReportData.Benchmarks;

/// <summary>Where the datasets live: the seeds, and synthetic ones written on first use under benchmarks/data/.</summary>
public static class Datasets
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string SeedsDirectory => Path.Combine(RepositoryRoot, "seeds");

    public static string SyntheticDirectory(int figures) => Path.Combine(RepositoryRoot, "benchmarks", "data", "figures-" + figures.ToString(CultureInfo.InvariantCulture));

    /// <summary>The synthetic dataset of this many figures, written first if missing.</summary>
    public static string Synthetic(int figures)
    {
        var directory = SyntheticDirectory(figures);
        if (!File.Exists(Path.Combine(directory, SyntheticDataset.CompleteMarker)))
        {
            SyntheticDataset.Write(directory, figures);
        }

        return directory;
    }

    /// <summary>The YAML files and report texts of a dataset, read into memory (a benchmark measures no disk I/O).</summary>
    public static List<AdditionalText> Load(string directory) =>
        Directory.GetFiles(directory)
            .Where(path => path.EndsWith(".report.yaml", StringComparison.Ordinal) || path.EndsWith(".txt", StringComparison.Ordinal))
            .OrderBy(path => path, StringComparer.Ordinal)
            .Select(path => (AdditionalText)new MemoryText(path, File.ReadAllText(path)))
            .ToList();

    /// <summary>The same file as a new text object, which no cache has seen.</summary>
    public static AdditionalText Fresh(AdditionalText file) =>
        file is MemoryText memory ? new MemoryText(memory.Path, memory.Content) : file;

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ReportData.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("ReportData.sln not found above " + AppContext.BaseDirectory);
    }
}

/// <summary>An additional file held in memory.</summary>
public sealed class MemoryText : AdditionalText
{
    private readonly SourceText _text;

    public MemoryText(string path, string content)
    {
        Path = path;
        Content = content;
        _text = SourceText.From(content, Encoding.UTF8);
    }

    public override string Path { get; }

    public string Content { get; }

    public override SourceText GetText(System.Threading.CancellationToken cancellationToken = default) => _text;
}
