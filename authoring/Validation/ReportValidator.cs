using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using ReportData.Authoring.Diagnostics;
using ReportData.Authoring.Model;
using ReportData.Authoring.Parsing;
using ReportData.Authoring.Planning;
using ReportData.Authoring.Provenance;
using ReportData.Authoring.Shared;
using ReportData.Authoring.Text;

namespace ReportData.Authoring.Validation;

/// <summary>
/// The one validator of report files, shared by the generator (step by step, so its pipeline stays
/// incremental) and the analyzer (all at once, for live errors in the editor). Pure functions of the
/// texts the compiler hands over, their results kept per text (<see cref="ValidationCache"/>) so that
/// neither caller redoes an unchanged file; none of them throws on any input.
/// </summary>
public static class ReportValidator
{
    public static bool IsReportFile(string path) => path.EndsWith(ReportFileNames.ReportFileSuffix, StringComparison.OrdinalIgnoreCase);

    public static bool IsReportText(string path) => path.EndsWith(ReportFileNames.ReportTextSuffix, StringComparison.OrdinalIgnoreCase);

    /// <summary>A report text as the provenance check compares against it: white space folded, keyed by its normalized path.</summary>
    public static ReportText ReadText(AdditionalText file, CancellationToken cancellationToken)
    {
        var text = file.GetText(cancellationToken);
        if (text is null)
        {
            return TextOf(file.Path, null);
        }

        var path = file.Path;
        return ValidationCache.GetOrRead(text, path, content => TextOf(path, content));
    }

    /// <summary>
    /// A report text as the compiler decoded it (null: it could not), made comparable: folded, simplified, and
    /// marked unreadable when the decoding lost its characters (<see cref="CompilerText"/>).
    /// </summary>
    public static ReportText TextOf(string path, string? decoded)
    {
        var unreadable = CompilerText.WhyUnreadable(decoded);
        var content = unreadable is null ? TraditionalCharacters.ToSimplified(TextFolding.Fold(decoded!)) : string.Empty;
        return new ReportText(ReportPaths.Normalize(path), content, unreadable);
    }

    /// <summary>
    /// Parses one report file, once per text (see <see cref="ValidationCache"/>). A bug in the parser or in
    /// YamlDotNet becomes RD0009 on the file, never an exception.
    /// </summary>
    public static ReportFile Parse(AdditionalText file, CancellationToken cancellationToken)
    {
        var text = file.GetText(cancellationToken);
        if (text is null)
        {
            // The compiler found the file binary (UTF-16 without a byte-order mark, most often): no text, not an empty one.
            return ReportFile.Broken(file.Path, ImmutableArray.Create(DiagnosticInfo.Create(
                DiagnosticDescriptors.ReportFileNotUtf8, LocationInfo.FileStart(file.Path), System.IO.Path.GetFileName(file.Path), CompilerText.WhyUnreadable(null))).ToEquatableArray());
        }

        var path = file.Path;
        return ValidationCache.GetOrParse(text, path, content => Parse(path, content));
    }

    public static ReportFile Parse(string path, string content)
    {
        try
        {
            return ReportParser.Parse(path, content);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // An exception escaping a generator drops all its output with only warning CS8785; an error on
            // the file keeps the build honest and tells the maintainer which file to send.
            return Unreadable(path, exception, ImmutableArray<DiagnosticInfo>.Empty);
        }
    }

    /// <summary>
    /// Parses every report file and checks it against <paramref name="texts"/>, on every core, into the cache that
    /// <see cref="Parse(AdditionalText, CancellationToken)"/> and <see cref="Check"/> read: their results, the same ones,
    /// are then found per file. A build loads the generator afresh and runs it once, on code the runtime has only just
    /// compiled and not yet optimized; that run is most of what the generator adds to a build, and reading the files
    /// side by side divides it among the cores. Returns the number of files, for a trace.
    /// </summary>
    public static int ValidateInParallel(ImmutableArray<AdditionalText> reportFiles, ImmutableArray<ReportText> texts, CancellationToken cancellationToken)
    {
        if (reportFiles.Length < 2)
        {
            return reportFiles.Length;
        }

        System.Threading.Tasks.Parallel.ForEach(
            reportFiles,
            new System.Threading.Tasks.ParallelOptions { CancellationToken = cancellationToken },
            file => Check(Parse(file, cancellationToken), texts));
        return reportFiles.Length;
    }

    /// <summary>Checks a parsed file's quotes and values against the report texts (RD2xxx).</summary>
    public static ReportFile Check(ReportFile file, ImmutableArray<ReportText> texts)
    {
        if (ValidationCache.TryGetChecked(file, texts, out var cached))
        {
            return cached;
        }

        try
        {
            return ValidationCache.AddChecked(file, texts, ProvenanceChecker.Check(file, texts));
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return Unreadable(file.FilePath, exception, file.Diagnostics.ToImmutableArray());
        }
    }

    /// <summary>
    /// Everything the generator would report for these AdditionalFiles, by YAML file path: each file's
    /// own diagnostics and the cross-file ones (a figure defined in two files).
    /// </summary>
    public static ILookup<string, DiagnosticInfo> ValidateAll(ImmutableArray<AdditionalText> additionalFiles, CancellationToken cancellationToken)
    {
        var texts = additionalFiles
            .Where(file => IsReportText(file.Path))
            .Select(file => ReadText(file, cancellationToken))
            .ToImmutableArray();
        var files = additionalFiles
            .Where(file => IsReportFile(file.Path))
            .Select(file => Check(Parse(file, cancellationToken), texts))
            .ToImmutableArray();
        var diagnostics = files.SelectMany(file => file.Diagnostics).ToList();
        diagnostics.AddRange(DatasetPlanner.Plan(files).Diagnostics);
        return diagnostics.ToLookup(diagnostic => diagnostic.Location.FilePath, StringComparer.Ordinal);
    }

    private static ReportFile Unreadable(string path, Exception exception, ImmutableArray<DiagnosticInfo> earlier)
    {
        var reason = exception.GetType().Name + ": " + DiagnosticText.Shorten(exception.Message.Replace('\r', ' ').Replace('\n', ' '));
        var diagnostics = new List<DiagnosticInfo>(earlier)
        {
            DiagnosticInfo.Create(DiagnosticDescriptors.UnreadableFile, LocationInfo.FileStart(path), Path.GetFileName(path), reason),
        };
        return ReportFile.Broken(path, diagnostics.ToEquatableArray());
    }
}
