using System;
using System.Collections.Generic;

namespace ReportData.Tool.Drafting;

/// <summary>
/// Reads the drafting engine's embedded tables: tab-separated text, lines starting with <c>#</c> saying where the
/// table comes from, then a header naming the columns, then one row per line. A malformed table fails loudly.
/// </summary>
public static class DataTable
{
    /// <summary>The rows of the tool's embedded table <paramref name="file"/> (<c>Glossary.tsv</c>); a table missing from the build fails loudly.</summary>
    internal static IReadOnlyList<string[]> Embedded(string file, params string[] columns)
    {
        using var stream = typeof(DataTable).Assembly.GetManifestResourceStream("ReportData.Tool.Drafting." + file)
            ?? throw new InvalidOperationException($"the embedded table {file} is missing from the tool");
        using var reader = new System.IO.StreamReader(stream);
        return Rows(reader.ReadToEnd(), columns);
    }

    public static IReadOnlyList<string[]> Rows(string text, params string[] columns)
    {
        var rows = new List<string[]>();
        var header = false;
        var number = 0;
        foreach (var raw in text.Replace("\r\n", "\n").Split('\n'))
        {
            number++;
            var line = raw.TrimEnd();
            if (line.Length == 0 || line.StartsWith("#", StringComparison.Ordinal))
            {
                continue;
            }

            var cells = line.Split('\t');
            if (!header)
            {
                if (string.Join("\t", cells) != string.Join("\t", columns))
                {
                    throw new FormatException($"line {number}: the header must be '{string.Join(" | ", columns)}', not '{string.Join(" | ", cells)}'");
                }

                header = true;
                continue;
            }

            if (cells.Length != columns.Length || Array.Exists(cells, cell => cell.Trim().Length == 0 || cell != cell.Trim()))
            {
                throw new FormatException($"line {number}: expected {columns.Length} non-empty cells without surrounding blanks: '{line}'");
            }

            rows.Add(cells);
        }

        if (!header)
        {
            throw new FormatException("the table has no header line");
        }

        return rows;
    }
}
