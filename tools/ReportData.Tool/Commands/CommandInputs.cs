using System.IO;

namespace ReportData.Tool.Commands;

/// <summary>Checks of the paths a command is given: a missing one is a usage error (exit code 2).</summary>
internal static class CommandInputs
{
    public static string ExistingDirectory(string? path)
    {
        if (string.IsNullOrWhiteSpace(path) || !Directory.Exists(path))
        {
            throw new UsageException(File.Exists(path) ? $"{path}: is a file, not a folder." : $"{path}: no such folder.");
        }

        return path;
    }

    /// <summary>A file to write: its folder must exist, and it must not be a folder itself.</summary>
    public static string WritableFile(string path)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new UsageException("--output is empty: give a file name to write.");
        }

        if (Directory.Exists(path))
        {
            throw new UsageException($"{path}: is a folder; give a file name to write.");
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null && !Directory.Exists(folder))
        {
            throw new UsageException($"{path}: the folder '{folder}' does not exist; create it first.");
        }

        return path;
    }

    /// <summary>True when two paths name the same file (compared in full, as the file system on Linux and macOS spells them).</summary>
    public static bool SamePath(string one, string other) =>
        string.Equals(Path.GetFullPath(one), Path.GetFullPath(other), System.StringComparison.Ordinal);

    public static string ExistingFile(string? path)
    {
        if (string.IsNullOrWhiteSpace(path) || !File.Exists(path))
        {
            throw new UsageException(Directory.Exists(path) ? $"{path}: is a folder, not a file." : $"{path}: no such file.");
        }

        return path;
    }
}
