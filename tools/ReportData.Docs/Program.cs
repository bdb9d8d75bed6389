using System;
using System.IO;
using System.Linq;

namespace ReportData.Docs;

/// <summary>
/// Writes docs/coverage.md, docs/data.md and docs/keys.md (the key vocabulary);
/// with <c>--check</c>, only reports which are stale (exit code 1).
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        var check = args.Contains("--check") || args.Contains("check");
        var repository = Repository.FindFrom(Directory.GetCurrentDirectory());
        var stale = 0;
        foreach (var document in Documents.Render(repository))
        {
            var relative = Path.GetRelativePath(repository.Root, document.Path);
            if (document.IsCurrent)
            {
                Console.WriteLine("current  " + relative);
                continue;
            }

            stale++;
            if (check)
            {
                Console.WriteLine("STALE    " + relative);
            }
            else
            {
                File.WriteAllText(document.Path, document.Content);
                Console.WriteLine("written  " + relative);
            }
        }

        foreach (var report in Documents.Coverage(repository))
        {
            Console.WriteLine($"{report.YamlFile}: {report.Numbers.Count} numbers, {report.UnexplainedInKeyParagraphs.Count()} unexplained in summary/targets, {report.UnexplainedElsewhere.Count()} elsewhere");
        }

        return check && stale > 0 ? 1 : 0;
    }
}
