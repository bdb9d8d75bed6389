using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis.Testing;
using ReportData.Tests.Infrastructure;

namespace ReportData.Tests.Analyzers;

/// <summary>
/// The statistics snippets of Analyzers/Snippets (see its README): each a method body, marked up with the diagnostics
/// expected on it, and its header line <c>//# name | follows: rule | RD3002 0 1</c>.
/// </summary>
public sealed class StatisticsSnippet
{
    private const string Header = "//#";

    private StatisticsSnippet(string file, string name, string body, string? follows, IReadOnlyList<DiagnosticResult> numbered)
    {
        File = file;
        Name = name;
        Body = body;
        Follows = follows;
        Numbered = numbered;
    }

    public string File { get; }

    public string Name { get; }

    public string Body { get; }

    /// <summary>The follow-rule a mixing snippet exercises; null for a correct snippet.</summary>
    public string? Follows { get; }

    /// <summary>RD3002 results at numbered markup locations (<c>{|#0:...|}</c>), from the header.</summary>
    public IReadOnlyList<DiagnosticResult> Numbered { get; }

    /// <summary>Correct: no diagnostic is marked anywhere in it.</summary>
    public bool IsCorrect => Follows is null && !Body.Contains("{|", StringComparison.Ordinal);

    /// <summary>The snippet as a compilable file: usings, the user's own constants, and the body in a method.</summary>
    public string Source =>
        "using System;\nusing System.Linq;\nusing System.Text;\nusing ReportData;\n\n"
        + "public static class Own\n{\n"
        + "    [FigureUnit(FigureUnit.Yuan)] public const double GrantYuan = 500_000_000;\n"
        + "    [FigureUnit(FigureUnit.Metres)] public const double BridgeMetres = 850;\n"
        + "    [FigureUnit(FigureUnit.Persons)] public const double ResidentPopulationPersons = 2_290_000;\n"
        + "    public static readonly double Baseline = Quzhou.Y2023.GdpBillion;\n"
        + "}\n\n"
        + "public static class Snippets\n{\n    public static void Run()\n    {\n"
        + string.Join("\n", Body.Split('\n').Select(line => "        " + line))
        + "\n    }\n}\n";

    public static IReadOnlyList<StatisticsSnippet> All { get; } = Load();

    public override string ToString() => File + ": " + Name;

    private static List<StatisticsSnippet> Load()
    {
        var snippets = new List<StatisticsSnippet>();
        var directory = Path.Combine(TestContextPaths.OutputDirectory, "Analyzers", "Snippets");
        foreach (var path in Directory.GetFiles(directory, "*.snippets").OrderBy(path => path, StringComparer.Ordinal))
        {
            string? header = null;
            var body = new List<string>();
            foreach (var line in System.IO.File.ReadAllLines(path).Append(Header))
            {
                if (!line.StartsWith(Header, StringComparison.Ordinal))
                {
                    body.Add(line);
                    continue;
                }

                if (header is not null)
                {
                    snippets.Add(Parse(Path.GetFileName(path), header, string.Join("\n", body)));
                }

                header = line.Substring(Header.Length).Trim();
                body.Clear();
            }
        }

        return snippets;
    }

    private static StatisticsSnippet Parse(string file, string header, string body)
    {
        var parts = header.Split('|').Select(part => part.Trim()).ToArray();
        string? follows = null;
        var numbered = new List<DiagnosticResult>();
        foreach (var part in parts.Skip(1))
        {
            if (part.StartsWith("follows:", StringComparison.Ordinal))
            {
                follows = part.Substring("follows:".Length).Trim();
            }
            else if (part.Split(' ') is [var id, var location, var operand])
            {
                numbered.Add(UnitVerifier.Diagnostic(id)
                    .WithLocation(int.Parse(location, CultureInfo.InvariantCulture))
                    .WithLocation(int.Parse(operand, CultureInfo.InvariantCulture)));
            }
            else
            {
                throw new FormatException(file + ": cannot read '" + part + "' in the header '" + header + "'.");
            }
        }

        return new StatisticsSnippet(file, parts[0], body, follows, numbered);
    }
}
