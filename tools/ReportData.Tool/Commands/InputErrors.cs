using System;
using System.IO;
using System.Security;
using System.Text;
using System.Text.RegularExpressions;

namespace ReportData.Tool.Commands;

/// <summary>
/// The one place every command's file-system and input errors become one line, <c>reportdata: PATH: CAUSE</c>, and
/// exit code 2 (docs/tool.md): a missing folder on an output path, a folder where a file was expected, a dangling or
/// looping symbolic link, a file that cannot be read. Commands check what they can before they start
/// (<see cref="CommandInputs"/>); what the operating system refuses later reaches <see cref="Describe"/>.
/// </summary>
internal static class InputErrors
{
    /// <summary>.NET names the path in its messages between single quotes: "Could not find a part of the path '/a/b'."</summary>
    private static readonly Regex QuotedPath = new("'(?<path>[^']+)'", RegexOptions.CultureInvariant);

    /// <summary>True for the exceptions that are the input's fault, not the tool's: they become one line, never a stack trace.</summary>
    public static bool IsInputError(Exception exception) =>
        exception is IOException or UnauthorizedAccessException or SecurityException or DecoderFallbackException or NotSupportedException;

    /// <summary>The one line for an input error: the path it concerns (when the exception names one) and the cause.</summary>
    public static string Describe(Exception exception)
    {
        var path = PathOf(exception);
        var cause = CauseOf(exception, path);
        return "reportdata: " + (path is null ? string.Empty : path + ": ") + cause;
    }

    private static string? PathOf(Exception exception)
    {
        if (exception is FileNotFoundException { FileName: { Length: > 0 } file })
        {
            return file;
        }

        var match = QuotedPath.Match(exception.Message);
        return match.Success ? match.Groups["path"].Value : null;
    }

    private static string CauseOf(Exception exception, string? path) => exception switch
    {
        DirectoryNotFoundException => "a folder on this path does not exist",
        FileNotFoundException => "no such file (or a symbolic link to nothing)",
        PathTooLongException => "the path is too long",
        UnauthorizedAccessException => "permission denied (or a folder where a file was expected)",
        SecurityException => "permission denied",
        DecoderFallbackException => "not UTF-8 text",
        _ => OneLine(path is null ? exception.Message : exception.Message.Replace("'" + path + "'", string.Empty).Replace(" : ", " ").Trim()),
    };

    /// <summary>The message on one line, without the trailing full stop the framework adds.</summary>
    private static string OneLine(string message)
    {
        var line = message.Replace('\r', ' ').Replace('\n', ' ').Trim().TrimEnd('.', ':').Trim();
        return line.Length == 0 ? "cannot be read or written" : char.ToLowerInvariant(line[0]) + line.Substring(1);
    }
}
