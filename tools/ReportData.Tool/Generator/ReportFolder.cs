using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using ReportData.Authoring.Model;
using ReportData.Authoring.Planning;
using ReportData.Authoring.Validation;

namespace ReportData.Tool.Generator;

/// <summary>
/// The one place the tool touches the generator's internals: a folder of report YAML and texts read
/// exactly as the build hands them to the generator (AdditionalFiles <c>*.report.yaml;*.txt</c>), then
/// parsed, provenance-checked and planned by the generator's own code. Everything else in the tool
/// works on what this returns, so a change of the generator's internal model is adapted here only.
/// </summary>
internal sealed class ReportFolder
{
    private ReportFolder(string directory, ImmutableArray<ReportFile> files, IReadOnlyList<Diagnostic> diagnostics, IReadOnlyDictionary<string, string> texts)
    {
        Directory = directory;
        Files = files;
        Diagnostics = diagnostics;
        Texts = texts;
    }

    /// <summary>The folder, as given.</summary>
    public string Directory { get; }

    /// <summary>Every report file, parsed and checked against the texts, in path order.</summary>
    public ImmutableArray<ReportFile> Files { get; }

    /// <summary>Everything the build would report for these files, in file and line order.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>The report texts as stored, by file name.</summary>
    public IReadOnlyDictionary<string, string> Texts { get; }

    public bool HasErrors => Diagnostics.Any(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error);

    /// <summary>The folder's report files and texts (not its subfolders: the build's glob is <c>reports/*.report.yaml</c>).</summary>
    public static IReadOnlyList<AdditionalText> ReadAdditionalFiles(string directory) =>
        System.IO.Directory.GetFiles(directory)
            .Where(path => ReportValidator.IsReportFile(path) || ReportValidator.IsReportText(path))
            .OrderBy(path => path, StringComparer.Ordinal)
            .Select(path => (AdditionalText)new FileText(Path.GetFullPath(path)))
            .ToList();

    public static ReportFolder Load(string directory)
    {
        var additionalFiles = ReadAdditionalFiles(directory).ToImmutableArray();
        var texts = additionalFiles
            .Where(file => ReportValidator.IsReportText(file.Path))
            .Select(file => ReportValidator.ReadText(file, CancellationToken.None))
            .ToImmutableArray();
        var files = additionalFiles
            .Where(file => ReportValidator.IsReportFile(file.Path))
            .Select(file => ReportValidator.Check(ReportValidator.Parse(file, CancellationToken.None), texts))
            .ToImmutableArray();
        var infos = files.SelectMany(file => file.Diagnostics).ToList();
        infos.AddRange(DatasetPlanner.Plan(files).Diagnostics);
        var diagnostics = infos
            .Select(info => info.ToDiagnostic())
            .OrderBy(diagnostic => diagnostic.Location.GetLineSpan().Path, StringComparer.Ordinal)
            .ThenBy(diagnostic => diagnostic.Location.SourceSpan.Start)
            .ThenBy(diagnostic => diagnostic.Id, StringComparer.Ordinal)
            .ToList();
        var rawTexts = additionalFiles
            .Where(file => ReportValidator.IsReportText(file.Path))
            .ToDictionary(file => Path.GetFileName(file.Path), file => file.GetText()?.ToString() ?? string.Empty, StringComparer.Ordinal);
        return new ReportFolder(directory, files, diagnostics, rawTexts);
    }

    /// <summary>
    /// The dataset's <see cref="Figure"/> records as the built library holds them: reports in the
    /// generator's plan order, figures in file order, a member defined twice kept in its first file only.
    /// </summary>
    public IReadOnlyList<Figure> Figures()
    {
        var plan = DatasetPlanner.Plan(Files).Plan;
        var byPath = Files.Where(file => file.Report is not null).GroupBy(file => file.FilePath).ToDictionary(group => group.Key, group => group.First().Report!);
        var figures = new List<Figure>();
        foreach (var assignment in plan.Reports)
        {
            if (!byPath.TryGetValue(assignment.FilePath, out var report))
            {
                continue;
            }

            var excluded = new HashSet<string>(assignment.ExcludedIds, StringComparer.Ordinal);
            var source = FigureRecords.Source(report);
            figures.AddRange(report.Figures
                .Where(figure => !excluded.Contains(report.Info.City + "." + figure.RelativeId))
                .Select(figure => FigureRecords.Figure(figure, source)));
        }

        return figures;
    }

    /// <summary>
    /// The build's diagnostics for one report file and its text held in memory (the drafting tests and the
    /// fuzz test validate drafts without writing them): parse, provenance, and the dataset plan.
    /// </summary>
    public static IReadOnlyList<Diagnostic> Validate(string yamlPath, string yaml, string textPath, string text)
    {
        var texts = ImmutableArray.Create(ReportValidator.TextOf(textPath, text));
        var file = ReportValidator.Check(ReportValidator.Parse(yamlPath, yaml), texts);
        return file.Diagnostics.Concat(DatasetPlanner.Plan(ImmutableArray.Create(file)).Diagnostics).Select(info => info.ToDiagnostic()).ToList();
    }

    /// <summary>The report files that parsed, as the tool's own records (no generator types leave this adapter).</summary>
    public IReadOnlyList<ReportSource> Reports() =>
        Files.Where(file => file.Report is not null).Select(file => FigureRecords.Source(file.Report!)).ToList();

    /// <summary>A text folded as the provenance check compares quotes (white space runs to one space).</summary>
    public static string Fold(string text) => ReportData.Authoring.Shared.TextFolding.Fold(text);

    /// <summary>The compiler's one-line form: <c>path(line,col): error RD2001: message</c>.</summary>
    public static string Format(Diagnostic diagnostic) => diagnostic.ToString();

    /// <summary>
    /// A report file or text read from disk, as the compiler reads AdditionalFiles: UTF-8 unless a byte-order mark
    /// says UTF-16, bytes that are not UTF-8 replaced, and no text at all for a file that looks binary (CS2015).
    /// </summary>
    private sealed class FileText : AdditionalText
    {
        private SourceText? _text;
        private bool _read;

        public FileText(string path) => Path = path;

        public override string Path { get; }

        public override SourceText? GetText(CancellationToken cancellationToken = default)
        {
            if (!_read)
            {
                // A file of no length is read without opening it: opening a pipe (mkfifo) waits for a writer forever, and a
                // device (a link to /dev/zero) reads without end; an empty file reads as no text either way.
                using var stream = HasNoLength(Path) ? new MemoryStream() : (Stream)File.OpenRead(Path);
                try
                {
                    _text = SourceText.From(stream, Encoding.UTF8, throwIfBinaryDetected: true);
                }
                catch (InvalidDataException)
                {
                    _text = null;
                }

                _read = true;
            }

            return _text;
        }

        /// <summary>True for a file that exists and has no length, a link followed to its final target (a link's own length is its target's name).</summary>
        private static bool HasNoLength(string path) => ReportData.Tool.Text.FileLinks.FinalTarget(path, out _) is FileInfo { Exists: true, Length: 0 };
    }
}
