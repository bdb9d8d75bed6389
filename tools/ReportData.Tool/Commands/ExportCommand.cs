using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using ReportData.Tool.Generator;

namespace ReportData.Tool.Commands;

/// <summary>
/// <c>reportdata export DIR --format csv|json|parquet</c>: the figures built from the YAML without compiling,
/// written by the library's own <see cref="FigureCsv"/> and <see cref="FigureJson"/>, and by the
/// <c>ReportData.Parquet</c> satellite's <see cref="FigureParquet"/>.
/// </summary>
internal static class ExportCommand
{
    public static readonly string[] Formats = { "csv", "json", "parquet" };

    public static Command Create(TextWriter output, TextWriter error)
    {
        var folder = new Argument<string>("DIR") { Description = "The folder holding *.report.yaml files and their report texts." };
        var format = new Option<string>("--format", "-f") { Description = "csv (RFC 4180, as FigureCsv), json (as FigureJson) or parquet (as FigureParquet of ReportData.Parquet; needs --output or a redirected standard output).", DefaultValueFactory = _ => "csv" };
        format.AcceptOnlyFromAmong(Formats);
        var indented = new Option<bool>("--indented") { Description = "JSON only: indent, as FigureJson.Serialize(figures, indented: true)." };
        var to = new Option<string?>("--output", "-o") { Description = "The file to write; standard output when absent." };
        var command = new Command("export", "Exports the figures of a folder's YAML, byte for byte as the ReportData library exports the built dataset. Exit 1 if the files have errors.")
        {
            folder, format, indented, to,
        };
        command.SetAction(parse => Run(CommandInputs.ExistingDirectory(parse.GetValue(folder)), parse.GetValue(format)!, parse.GetValue(indented), parse.GetValue(to), output, error));
        return command;
    }

    public static int Run(string directory, string format, bool indented, string? outputPath, TextWriter output, TextWriter error)
    {
        if (outputPath is not null)
        {
            CommandInputs.WritableFile(outputPath);
            if (ReportFolder.ReadAdditionalFiles(directory).Any(input => CommandInputs.SamePath(input.Path, outputPath)))
            {
                // A report file or text overwritten with the export is lost work, and never what --output meant.
                throw new UsageException($"{outputPath}: is one of the folder's report files, which the export reads: give another --output.");
            }
        }

        var loaded = ReportFolder.Load(directory);
        if (loaded.HasErrors)
        {
            foreach (var diagnostic in loaded.Diagnostics)
            {
                error.WriteLine(ReportFolder.Format(diagnostic));
            }

            error.WriteLine("Nothing exported: the build would fail on these errors.");
            return Program.Findings;
        }

        if (format == "parquet" && outputPath is null && (!ReferenceEquals(output, Console.Out) || !Console.IsOutputRedirected))
        {
            // A binary file is no text for a terminal or a text writer: write it to a file or a pipe.
            throw new UsageException("--format parquet writes a binary file: give --output FILE or redirect standard output.");
        }

        var bytes = Export(loaded, format, indented);
        if (outputPath is null)
        {
            output.Flush();
            using var stdout = Console.OpenStandardOutput();
            if (ReferenceEquals(output, Console.Out))
            {
                stdout.Write(bytes, 0, bytes.Length);
            }
            else
            {
                output.Write(new System.Text.UTF8Encoding(false).GetString(bytes));
            }
        }
        else
        {
            File.WriteAllBytes(outputPath, bytes);
        }

        return Program.Ok;
    }

    /// <summary>The export's bytes: UTF-8 without a byte order mark, as the library's stream overloads write it.</summary>
    public static byte[] Export(ReportFolder folder, string format, bool indented)
    {
        var figures = folder.Figures();
        using var stream = new MemoryStream();
        switch (format)
        {
            case "csv":
                FigureCsv.Serialize(stream, figures);
                break;
            case "json":
                FigureJson.Serialize(stream, figures, indented);
                break;
            case "parquet":
                FigureParquet.Write(stream, figures);
                break;
            default:
                throw new UsageException($"unknown format '{format}' (use {string.Join(", ", Formats)}).");
        }

        return stream.ToArray();
    }
}
