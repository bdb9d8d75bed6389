using System.Collections.Generic;
using System.IO;
using System.Linq;
using ReportData.Authoring.Units;
using ReportData.Tool.Drafting;

namespace ReportData.Tool.Generator;

/// <summary>The label → key vocabulary of existing report YAML, read with the generator's parser.</summary>
internal static class Vocabulary
{
    /// <summary>
    /// The vocabulary of the dataset this tool ships with (<see cref="ReportDataset.Figures"/>: the State Council's and the cities'
    /// reports), so a new report's figures get the keys the dataset already uses; reports read from <paramref name="exceptTextFile"/>
    /// left out, so a text is never its own vocabulary.
    /// </summary>
    public static IEnumerable<(string Label, string Key, string Suffix, string Dimension)> DatasetEntries(string? exceptTextFile = null) =>
        ReportDataset.Figures
            .Where(figure => figure.Source.TextFile != exceptTextFile)
            .Select(figure => (figure.Label, figure.Key, Member(figure.Id).Substring(figure.Key.Length), figure.Unit.Dimension().ToString()));

    /// <summary>The vocabulary a draft uses: the dataset's (unless left out), then the folder's, whose labels win where both name one.</summary>
    public static KeyVocabulary ForDraft(string folder, bool withDataset, string? exceptTextFile = null)
    {
        var fromFolder = Directory.Exists(folder) ? Entries(ReportFolder.Load(folder)) : Enumerable.Empty<(string, string, string, string)>();
        return new KeyVocabulary(withDataset ? DatasetEntries(exceptTextFile).Concat(fromFolder) : fromFolder);
    }

    private static string Member(string id) => id.Substring(id.LastIndexOf('.') + 1);

    /// <summary>A key a draft left for a person to choose (Todo3, Todo4Growth, GdpDuplicate2): not vocabulary.</summary>
    public static bool IsPlaceholder(string key) =>
        System.Text.RegularExpressions.Regex.IsMatch(key, "^Todo[0-9]+(?:Growth)?$|Duplicate[0-9]+$");

    /// <summary>Label, key, member suffix and dimension (RD1014's) of every figure, files named <paramref name="exceptYamlFile"/> left out.</summary>
    public static IEnumerable<(string Label, string Key, string Suffix, string Dimension)> Entries(ReportFolder folder, string? exceptYamlFile = null) =>
        folder.Files
            .Where(file => file.Report is not null && file.Report.FileName != exceptYamlFile)
            .SelectMany(file => file.Report!.Figures)
            .Where(figure => !IsPlaceholder(figure.Key))
            .Select(figure => (figure.Label, figure.Key, figure.MemberName.Substring(figure.Key.Length), UnitTable.DimensionOf(figure.Unit)));
}
