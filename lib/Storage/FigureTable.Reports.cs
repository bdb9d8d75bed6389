using System;

namespace ReportData.Storage;

/// <summary>The dataset's report table: every report's source and id prefixes, read without running any report's code.</summary>
public static partial class FigureTable
{
    /// <summary>
    /// The partitions of a dataset's reports, in file order: report <c>i</c>'s <see cref="FieldsPerReport"/> fields (its
    /// <see cref="ReportSource"/>), its prefix count and prefixes from <paramref name="reports"/>, over a text table of
    /// one string whose texts end where <paramref name="textEnds"/> says, and <paramref name="decoders"/>[<c>i</c>], which
    /// is called on the partition's first use only.
    /// </summary>
    internal static FigurePartition[] Partitions(string texts, int[] textEnds, int[] reports, Func<ReportSource, Figure[]>[] decoders)
    {
        var table = Split(texts, textEnds);
        var partitions = new FigurePartition[decoders.Length];
        var at = 0;
        for (var i = 0; i < partitions.Length; i++)
        {
            if (at + FieldsPerReport >= reports.Length || at + FieldsPerReport + 1 + reports[at + FieldsPerReport] > reports.Length)
            {
                throw Malformed("the dataset's report table");
            }

            var source = new ReportSource(
                Place: Text(table, reports[at])!,
                PlaceName: Text(table, reports[at + 1])!,
                Level: (PlaceLevel)reports[at + 2],
                Year: reports[at + 3],
                Title: Text(table, reports[at + 4]),
                TextFile: Text(table, reports[at + 5])!,
                YamlFile: Text(table, reports[at + 6])!,
                ReviewsYear: Year(reports[at + 7]),
                TargetsYear: Year(reports[at + 8]),
                Date: Text(table, reports[at + 9]),
                Session: Text(table, reports[at + 10]),
                Speaker: Text(table, reports[at + 11]),
                Authority: Text(table, reports[at + 12]));
            at += FieldsPerReport;
            var prefixes = new string[reports[at++]];
            for (var p = 0; p < prefixes.Length; p++)
            {
                prefixes[p] = Text(table, reports[at++])!;
            }

            partitions[i] = new FigurePartition(source, decoders[i], prefixes);
        }

        if (at != reports.Length)
        {
            throw Malformed("the dataset's report table");
        }

        return partitions;
    }

    /// <summary>The texts of a table, each ending where <paramref name="textEnds"/> says (in characters).</summary>
    private static string[] Split(string texts, int[] textEnds)
    {
        var table = new string[textEnds.Length];
        var start = 0;
        for (var i = 0; i < table.Length; i++)
        {
            table[i] = texts.Substring(start, textEnds[i] - start);
            start = textEnds[i];
        }

        return table;
    }

    private static int? Year(int year) => year == 0 ? null : year;
}
