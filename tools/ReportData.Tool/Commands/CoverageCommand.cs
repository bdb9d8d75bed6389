using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using ReportData.Authoring.Coverage;
using ReportData.Authoring.Diagnostics;
using ReportData.Authoring.Numbers;
using ReportData.Authoring.Shared;
using ReportData.Tool.Generator;

namespace ReportData.Tool.Commands;

/// <summary>
/// <c>reportdata coverage DIR</c>: every number of each report text that no figure and no skipped
/// passage accounts for, found by the scanner that writes docs/coverage.md, located in the text file.
/// </summary>
internal static class CoverageCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var folder = new Argument<string>("DIR") { Description = "The folder holding *.report.yaml files and their report texts." };
        var all = new Option<bool>("--all") { Description = "List every number with what accounts for it, not only the unexplained ones." };
        var command = new Command("coverage", "Lists the numbers of each report text not accounted for by a figure or a skipped passage (as docs/coverage.md). Exit 1 if any, 2 when a report text is not UTF-8.")
        {
            folder, all,
        };
        command.SetAction(parse => Run(CommandInputs.ExistingDirectory(parse.GetValue(folder)), parse.GetValue(all), output, error));
        return command;
    }

    public static int Run(string directory, bool all, TextWriter output, TextWriter error)
    {
        var loaded = ReportFolder.Load(directory);
        var unexplained = 0;
        var broken = 0;
        var unreadable = loaded.Diagnostics.Where(d => d.Id == DiagnosticDescriptors.ReportTextNotUtf8.Id).ToList();
        var unreadableFiles = new HashSet<string>(unreadable.Select(d => d.Location.GetLineSpan().Path), StringComparer.Ordinal);
        foreach (var diagnostic in unreadable)
        {
            error.WriteLine(ReportFolder.Format(diagnostic));
        }

        foreach (var file in loaded.Files)
        {
            if (unreadableFiles.Contains(file.FilePath))
            {
                // The build cannot read the text (RD2010): numbers found in its bytes read as another encoding would be noise.
                continue;
            }

            var name = Path.GetFileName(file.FilePath);
            if (file.Report is null || !loaded.Texts.TryGetValue(file.Report.Info.TextFile, out var text))
            {
                error.WriteLine($"{file.FilePath}(1,1): coverage not computed: the file does not parse or its text is missing (run 'reportdata check').");
                broken++;
                continue;
            }

            var coverage = CoverageAnalyzer.Analyze(new SeedReport(name, file, text));
            var textPath = Path.Combine(directory, file.Report.Info.TextFile);
            var lines = text.Split('\n');
            var missing = coverage.Numbers.Where(n => n.Status == CoverageStatus.Unexplained).ToList();
            output.WriteLine($"{name} ({coverage.Title}, {coverage.TextFile}): {coverage.Numbers.Count} numbers, "
                + $"{coverage.Numbers.Count(n => n.Status == CoverageStatus.Figure)} figures, {coverage.Numbers.Count(n => n.Status == CoverageStatus.Skipped)} skipped, "
                + $"{missing.Count} unexplained ({coverage.UnexplainedInKeyParagraphs.Count()} in summary/targets), {coverage.Years} years left out");
            var columns = new Columns(coverage, lines);
            foreach (var number in all ? coverage.Numbers : missing)
            {
                var column = columns.Of(number) + 1;
                var what = number.Status switch
                {
                    CoverageStatus.Figure => "figure " + number.Explanation,
                    CoverageStatus.Skipped => "skipped: " + number.Explanation,
                    _ => number.InKeyParagraph ? "unexplained (summary/targets paragraph)" : "unexplained",
                };
                output.WriteLine($"{textPath}({number.Paragraph + 1},{column}): {number.Number}: {what}: {number.Context}");
            }

            foreach (var stale in coverage.SkipsWithoutNumbers)
            {
                output.WriteLine($"{file.FilePath}(1,1): skipped passage explains no number of the text: {stale}");
            }

            unexplained += missing.Count;
        }

        if (loaded.Files.Length == 0)
        {
            // Said, so that a folder given by mistake does not pass for one whose numbers are all accounted for.
            output.WriteLine($"{directory}: no *.report.yaml file: nothing to cover.");
        }

        if (unreadable.Count > 0)
        {
            // As for 'check' (docs/tool.md): a text the build cannot read is an input to convert first, exit 2.
            error.WriteLine("reportdata: a report text is not UTF-8 (RD2010 above): convert it, then run coverage again.");
            return Program.Usage;
        }

        return unexplained > 0 || broken > 0 ? Program.Findings : Program.Ok;
    }

    /// <summary>
    /// The 0-based column of a number in its line of the stored text. Folding changes white space only,
    /// never digits or numerals, so the number is the same occurrence among the line's numbers of its kind
    /// in both: digits (years before 年 left out, as the scanner leaves them out) or words (翻一番, 千亿).
    /// Each number's place among its line's numbers is counted in one pass, and each line is scanned once.
    /// </summary>
    private sealed class Columns
    {
        private readonly string[] _lines;
        private readonly Dictionary<NumberInText, int> _ordinals = new(ReferenceEqualityComparer.Instance);
        private readonly Dictionary<(int Paragraph, bool InDigits), List<int>> _starts = new();

        public Columns(ReportCoverage coverage, string[] lines)
        {
            _lines = lines;
            var counts = new Dictionary<(int, bool), int>();
            foreach (var number in coverage.Numbers)
            {
                var kind = (number.Paragraph, IsDigits(number));
                counts.TryGetValue(kind, out var count);
                _ordinals[number] = count;
                counts[kind] = count + 1;
            }
        }

        public int Of(NumberInText number)
        {
            if (number.Paragraph >= _lines.Length)
            {
                return 0;
            }

            var kind = (number.Paragraph, IsDigits(number));
            if (!_starts.TryGetValue(kind, out var starts))
            {
                var line = _lines[number.Paragraph];
                starts = kind.Item2
                    ? PrintedDigits.Numbers(line).Where(found => !IsYear(line, found.Start, found.End)).Select(found => found.Start).ToList()
                    : WordNumbers.Find(line).Select(found => found.Start).ToList();
                _starts.Add(kind, starts);
            }

            var ordinal = _ordinals[number];
            return ordinal < starts.Count ? starts[ordinal] : 0;
        }
    }

    private static bool IsDigits(NumberInText number) => number.Number.Length > 0 && PrintedDigits.IsDigit(number.Number[0]);

    private static bool IsYear(string line, int start, int end) =>
        CoverageAnalyzer.IsYear(line.Substring(start, end - start)) && CoverageAnalyzer.NextIsYearMark(line, end);
}
