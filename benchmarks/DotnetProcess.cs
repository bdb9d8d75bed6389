using System;
using System.Collections.Generic;
using System.Diagnostics;

namespace ReportData.Benchmarks;

/// <summary>
/// <c>dotnet</c> as a child process of a benchmark (a build, a fresh program, a cold-start child): both streams
/// redirected and read at once, so that neither pipe fills and blocks the child; a non-zero exit is an exception.
/// </summary>
internal static class DotnetProcess
{
    /// <summary>The start of <c>dotnet <paramref name="arguments"/></c>, in <paramref name="directory"/> when given.</summary>
    public static ProcessStartInfo StartInfo(IEnumerable<string> arguments, string? directory = null)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (directory is not null)
        {
            start.WorkingDirectory = directory;
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return start;
    }

    /// <summary>Runs to the end and returns what it wrote to stdout; throws with both streams when it fails.</summary>
    public static string Run(ProcessStartInfo start)
    {
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException("dotnet " + string.Join(" ", start.ArgumentList) + " failed (exit code " + process.ExitCode + "):\n" + stdout.Result + stderr);
        }

        return stdout.Result;
    }
}
