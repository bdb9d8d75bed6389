using System.Collections.Generic;
using System.IO;
using System.Linq;
using ReportData.Authoring.Units;
using ReportData.Tool.Drafting;

namespace ReportData.Tool.Generator;

/// <summary>The label → key vocabulary of existing report YAML, read with the generator's parser.</summary>
internal static class Vocabulary
{
    /// <summary>The vocabulary of every parsable report file in <paramref name="directory"/> (none when it has no YAML).</summary>
    public static KeyVocabulary FromFolder(string directory, string? exceptYamlFile = null)
    {
        if (!Directory.Exists(directory))
        {
            return KeyVocabulary.Empty;
        }

        return new KeyVocabulary(Entries(ReportFolder.Load(directory), exceptYamlFile));
    }

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
