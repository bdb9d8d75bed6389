using System.IO;

namespace ReportData.Tool.Commands;

/// <summary>Checks of the paths a command is given: a missing one is a usage error (exit code 2).</summary>
internal static class CommandInputs
{
    public static string ExistingDirectory(string? path)
    {
        if (string.IsNullOrWhiteSpace(path) || !Directory.Exists(path))
        {
            throw new UsageException($"no folder '{path}'.");
        }

        return path;
    }

    public static string ExistingFile(string? path)
    {
        if (string.IsNullOrWhiteSpace(path) || !File.Exists(path))
        {
            throw new UsageException($"no file '{path}'.");
        }

        return path;
    }
}
