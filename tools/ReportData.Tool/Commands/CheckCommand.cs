using System.CommandLine;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using ReportData.Tool.Generator;

namespace ReportData.Tool.Commands;

/// <summary>
/// <c>reportdata check DIR</c>: the generator's validation (schema, units, provenance, duplicates) over
/// a folder of report YAML and texts, without a C# build; the same diagnostics, in the compiler's format.
/// </summary>
internal static class CheckCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var folder = new Argument<string>("DIR") { Description = "The folder holding *.report.yaml files and the report texts (*.txt) they quote." };
        var command = new Command("check", "Validates every *.report.yaml of a folder as the build does; prints file(line,col): error RDnnnn: message. Exit 1 on any error, 2 when a report text is not UTF-8.")
        {
            folder,
        };
        command.SetAction(parse => Run(CommandInputs.ExistingDirectory(parse.GetValue(folder)), output, error));
        return command;
    }

    public static int Run(string directory, TextWriter output, TextWriter error)
    {
        var loaded = ReportFolder.Load(directory);
        foreach (var diagnostic in loaded.Diagnostics)
        {
            (diagnostic.Severity == DiagnosticSeverity.Error ? error : output).WriteLine(ReportFolder.Format(diagnostic));
        }

        var errors = loaded.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
        var warnings = loaded.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning);
        output.WriteLine($"{loaded.Files.Length} report file(s) checked: {errors} error(s), {warnings} warning(s).");
        if (loaded.Diagnostics.Any(d => d.Id == ReportData.Authoring.Diagnostics.DiagnosticDescriptors.ReportTextNotUtf8.Id))
        {
            // A text the build cannot read is an input to convert, not a finding in the YAML (docs/tool.md: exit 2).
            error.WriteLine("reportdata: a report text is not UTF-8 (RD2010 above): convert it, then check again.");
            return Program.Usage;
        }

        return errors > 0 ? Program.Findings : Program.Ok;
    }
}
