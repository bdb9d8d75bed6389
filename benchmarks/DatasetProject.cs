using System.Collections.Generic;
using System.IO;
using System.Linq;
using ReportData.Generator;

namespace ReportData.Benchmarks;

/// <summary>
/// What the whole-process build benchmarks (<see cref="BuildCost"/>, <see cref="DocumentedBuild"/>) share: a fresh project
/// folder, and the project items that either run the generator over a dataset or compile its generated files checked in.
/// </summary>
internal static class DatasetProject
{
    /// <summary>Deletes <paramref name="directory"/> if it exists and creates it empty.</summary>
    public static void Recreate(string directory)
    {
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }

        Directory.CreateDirectory(directory);
    }

    /// <summary>
    /// The generator with the dataset as additional files (and each of <paramref name="visibleProperties"/> visible to it),
    /// or, with <paramref name="generatedFiles"/>, those files copied to <c>Generated/</c> and compiled as plain C#.
    /// </summary>
    public static string Items(string directory, string dataset, string[]? generatedFiles, params string[] visibleProperties)
    {
        if (generatedFiles is not null)
        {
            var copies = Path.Combine(directory, "Generated");
            Directory.CreateDirectory(copies);
            foreach (var file in generatedFiles)
            {
                File.Copy(file, Path.Combine(copies, Path.GetFileName(file)));
            }

            return "<Compile Include=\"Generated/*.cs\" />";
        }

        var items = new List<string>
        {
            // The generator loads the authoring core and YamlDotNet from beside it, as from its package's analyzers/dotnet/cs.
            $"<Analyzer Include=\"{typeof(ReportGenerator).Assembly.Location}\" />",
            $"<Analyzer Include=\"{typeof(ReportData.Authoring.Shared.TextFolding).Assembly.Location}\" />",
            $"<Analyzer Include=\"{typeof(YamlDotNet.Core.Parser).Assembly.Location}\" />",
            $"<AdditionalFiles Include=\"{dataset}/*.report.yaml\" />",
            $"<AdditionalFiles Include=\"{dataset}/*.txt\" />",
        };
        items.AddRange(visibleProperties.Select(property => $"<CompilerVisibleProperty Include=\"{property}\" />"));
        return string.Join("\n    ", items);
    }
}
