using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using NUnit.Framework;

namespace ReportData.Tests.Data;

/// <summary>
/// Every relative link of the README, the changelog and docs/ leads to a file that exists, and a link to a heading
/// (<c>authoring.md#key-vocabulary</c>, <c>#rd3001</c>) to a heading or an <c>&lt;a id&gt;</c> that exists, with
/// headings named as GitHub names them. Links inside code blocks are text, not links; so every code block must close.
/// </summary>
public class DocumentLinksTests
{
    private static readonly Regex Link = new(@"\]\((?<target>[^)\s]+)(?:\s+""[^""]*"")?\)", RegexOptions.CultureInvariant);

    private static readonly Regex Heading = new(@"^#{1,6} (?<text>.+)$", RegexOptions.CultureInvariant);

    private static readonly Regex Anchor = new(@"<a (?:id|name)=""(?<id>[^""]+)""", RegexOptions.CultureInvariant);

    public static IEnumerable<string> Documents()
    {
        var root = SeedFiles.Repository.Root;
        return new[] { "README.md", "CHANGELOG.md" }
            .Concat(Directory.GetFiles(Path.Combine(root, "docs"), "*.md").Select(path => "docs/" + Path.GetFileName(path)))
            .OrderBy(name => name, StringComparer.Ordinal);
    }

    [TestCaseSource(nameof(Documents))]
    public void EveryCodeBlockCloses(string document)
    {
        var fences = Lines(document).Count(line => line.TrimStart().StartsWith("```", StringComparison.Ordinal));
        Assert.That(fences % 2, Is.Zero, document + " opens a code block it does not close: the text after it renders as code");
    }

    [TestCaseSource(nameof(Documents))]
    public void EveryRelativeLinkResolves(string document)
    {
        var path = Path.Combine(SeedFiles.Repository.Root, document);
        var broken = new List<string>();
        foreach (var (number, line) in Prose(document))
        {
            foreach (Match link in Link.Matches(line))
            {
                var target = link.Groups["target"].Value;
                if (Regex.IsMatch(target, "^[a-z]+:", RegexOptions.CultureInvariant))
                {
                    continue; // https:, mailto:: not this repository's
                }

                var hash = target.IndexOf('#');
                var file = hash < 0 ? target : target.Substring(0, hash);
                var resolved = file.Length == 0 ? path : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, file));
                if (!File.Exists(resolved) && !Directory.Exists(resolved))
                {
                    broken.Add($"{document}:{number}: {target} (no such file)");
                }
                else if (hash >= 0 && resolved.EndsWith(".md", StringComparison.Ordinal)
                    && !Anchors(resolved).Contains(target.Substring(hash + 1)))
                {
                    broken.Add($"{document}:{number}: {target} (no such heading)");
                }
            }
        }

        Assert.That(broken, Is.Empty);
    }

    [Test]
    public void HeadingsAreNamedAsGitHubNamesThem()
    {
        Assert.That(Slug("Set-up and the two commands"), Is.EqualTo("set-up-and-the-two-commands"));
        Assert.That(Slug("The `reportdata` tool: install"), Is.EqualTo("the-reportdata-tool-install"));
        Assert.That(Slug("Rates"), Is.EqualTo("rates"));
    }

    private static IEnumerable<string> Lines(string document) =>
        File.ReadAllText(Path.Combine(SeedFiles.Repository.Root, document)).Replace("\r\n", "\n").Split('\n');

    /// <summary>The lines outside code blocks, numbered from 1.</summary>
    private static IEnumerable<(int Number, string Line)> Prose(string document)
    {
        var inCode = false;
        var number = 0;
        foreach (var line in Lines(document))
        {
            number++;
            if (line.TrimStart().StartsWith("```", StringComparison.Ordinal))
            {
                inCode = !inCode;
                continue;
            }

            if (!inCode)
            {
                yield return (number, line);
            }
        }
    }

    private static HashSet<string> Anchors(string path)
    {
        var document = Path.GetRelativePath(SeedFiles.Repository.Root, path).Replace('\\', '/');
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (_, line) in Prose(document))
        {
            if (Heading.Match(line) is { Success: true } heading)
            {
                var slug = Slug(heading.Groups["text"].Value);
                seen[slug] = seen.TryGetValue(slug, out var count) ? count + 1 : 0;
                anchors.Add(seen[slug] == 0 ? slug : slug + "-" + seen[slug]);
            }

            foreach (Match anchor in Anchor.Matches(line))
            {
                anchors.Add(anchor.Groups["id"].Value);
            }
        }

        return anchors;
    }

    /// <summary>GitHub's name for a heading: lower case, punctuation dropped (hyphens and underscores kept), spaces as hyphens.</summary>
    private static string Slug(string heading)
    {
        var kept = heading.Trim().ToLowerInvariant().Where(c => char.IsLetterOrDigit(c) || c == '-' || c == '_' || c == ' ');
        return new string(kept.ToArray()).Replace(' ', '-');
    }
}
