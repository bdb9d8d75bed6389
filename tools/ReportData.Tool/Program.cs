using System;
using System.CommandLine;
using System.IO;
using ReportData.Tool.Commands;

namespace ReportData.Tool;

/// <summary>
/// <c>reportdata</c>: wires the commands. Exit codes: 0 done and nothing found, 1 findings (errors in
/// the YAML, unexplained numbers, a draft with figures to review), 2 usage (bad arguments, missing files, files the
/// system cannot read or write: one line each, from <see cref="InputErrors"/>).
/// </summary>
public static class Program
{
    public const int Ok = 0;
    public const int Findings = 1;
    public const int Usage = 2;

    public static int Main(string[] args) => Run(args, Console.Out, Console.Error);

    /// <summary>Runs one command line, writing to the given streams (tests call this in process).</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var root = new RootCommand("reportdata: draft, check, cover and export government work report YAML (ReportData).")
        {
            DraftCommand.Create(output, error),
            CheckCommand.Create(output, error),
            CoverageCommand.Create(output, error),
            ExportCommand.Create(output, error),
        };
        var parsed = root.Parse(args);
        var configuration = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false };
        if (parsed.Errors.Count > 0)
        {
            foreach (var problem in parsed.Errors)
            {
                error.WriteLine("reportdata: " + problem.Message);
            }

            error.WriteLine("Run 'reportdata --help' (or 'reportdata COMMAND --help') for usage.");
            return Usage;
        }

        try
        {
            return parsed.Invoke(configuration);
        }
        catch (UsageException exception)
        {
            error.WriteLine("reportdata: " + exception.Message);
            return Usage;
        }
        catch (Exception exception) when (InputErrors.IsInputError(exception))
        {
            // A file the system refuses (a missing folder, a link to nothing, no permission): one line, no stack trace.
            error.WriteLine(InputErrors.Describe(exception));
            return Usage;
        }
    }
}

/// <summary>A problem with what the user asked for (a missing folder or file), reported with exit code 2.</summary>
public sealed class UsageException : Exception
{
    public UsageException(string message)
        : base(message)
    {
    }
}
