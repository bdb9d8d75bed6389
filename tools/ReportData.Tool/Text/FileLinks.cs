using System.IO;

namespace ReportData.Tool.Text;

/// <summary>Where a path ends once its symbolic links are followed: what the commands check before they open a file.</summary>
internal static class FileLinks
{
    /// <summary>
    /// The file or folder <paramref name="path"/> ends at, its links followed (the path's own when it is no link), and whether it
    /// is a link; null for a loop of links, which opening the file then reports as for any file the system refuses.
    /// </summary>
    public static FileSystemInfo? FinalTarget(string path, out bool isLink)
    {
        isLink = false;
        try
        {
            var file = new FileInfo(path);
            isLink = file.LinkTarget is not null;
            return isLink ? file.ResolveLinkTarget(returnFinalTarget: true) : file;
        }
        catch (IOException)
        {
            return null;
        }
    }
}
