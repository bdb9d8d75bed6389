using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using ReportData.Tool.Drafting;
using ReportData.Tool.Generator;
using YamlDotNet.RepresentationModel;

namespace ReportData.Benchmarks.Drafting;

/// <summary>
/// The drafting benchmark on the corpus answer key (benchmarks/Drafting/CorpusKey, keyed by reading real reports of
/// the development corpus): each text drafted with no vocabulary, as a report of a place with no YAML yet, and again with
/// the dataset's vocabulary as `reportdata draft` uses it; each draft compared with the key. A keyed figure is found when a draft figure has its printed value and unit and a quote
/// overlapping its quote (one to one, in text order). Measures and prints; asserts nothing.
/// </summary>
public static class CorpusKeyBenchmark
{
    public static string KeyDirectory => Path.Combine(Datasets.RepositoryRoot, "benchmarks", "Drafting", "CorpusKey");

    public static string CorpusDirectory => Path.GetFullPath(Path.Combine(Datasets.RepositoryRoot, "..", "shared", "corpus"));

    public static void Run()
    {
        if (!Directory.Exists(CorpusDirectory))
        {
            Console.WriteLine($"corpus key: the development corpus is not at {CorpusDirectory}: not measured");
            return;
        }

        var headline = new HashSet<string>(HeadlineKeys.Keys, StringComparer.Ordinal);
        Console.WriteLine("Corpus answer key (benchmarks/Drafting/CorpusKey), each text drafted with no vocabulary:");
        Console.WriteLine();
        Console.WriteLine(Scores.Table(Score(headline, _ => KeyVocabulary.Empty)));
        Console.WriteLine("The same texts drafted as `reportdata draft` does by default, with the dataset's vocabulary (a report of the dataset read from the same text left out):");
        Console.WriteLine();
        Console.WriteLine(Scores.Table(Score(headline, textFile => new KeyVocabulary(Vocabulary.DatasetEntries(exceptTextFile: textFile)))));
    }

    private static List<Scores> Score(HashSet<string> headline, Func<string, KeyVocabulary> vocabularyFor)
    {
        var rows = new List<Scores>();
        foreach (var file in Directory.GetFiles(KeyDirectory, "*.key.yaml").OrderBy(path => path, StringComparer.Ordinal))
        {
            var key = KeyFile.Read(file);
            var text = File.ReadAllText(Path.Combine(CorpusDirectory, key.Text)).Replace("\r\n", "\n");
            var vocabulary = vocabularyFor(key.Text);
            var clock = Stopwatch.StartNew();
            var draft = Drafter.Draft(text, new DraftOptions("Corpus", "语料", null, key.Text), vocabulary);
            clock.Stop();
            rows.Add(Scores.Of(Path.GetFileName(file), text, key.Figures, draft, headline, clock.Elapsed.TotalMilliseconds));
        }

        return rows;
    }
}

/// <summary>A keyed figure: the six things a draft must get right, and where it is printed.</summary>
public sealed record KeyedFigure(string Key, int? Year, string? Horizon, bool IsTarget, string Bound, string Value, string Unit, string Quote, string Label);

/// <summary>One answer-key file of benchmarks/Drafting/CorpusKey.</summary>
public sealed record KeyFile(string Text, int Year, IReadOnlyList<KeyedFigure> Figures)
{
    public static KeyFile Read(string path)
    {
        var stream = new YamlStream();
        using (var reader = new StreamReader(path))
        {
            stream.Load(reader);
        }

        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        string? Scalar(YamlMappingNode node, string name) =>
            node.Children.TryGetValue(new YamlScalarNode(name), out var value) ? ((YamlScalarNode)value).Value : null;

        var figures = ((YamlSequenceNode)root.Children[new YamlScalarNode("figures")]).Children.Cast<YamlMappingNode>().Select(node =>
        {
            var isTarget = Scalar(node, "kind") == "target";
            return new KeyedFigure(
                Scalar(node, "key")!,
                Scalar(node, "year") is { } year ? int.Parse(year, CultureInfo.InvariantCulture) : null,
                Scalar(node, "horizon"),
                isTarget,
                DraftMatching.NormalBound(Scalar(node, "bound"), isTarget),
                Scalar(node, "value")!,
                Scalar(node, "unit")!,
                Scalar(node, "quote")!,
                Scalar(node, "label") ?? string.Empty);
        }).ToList();
        return new KeyFile(Scalar(root, "text")!, int.Parse(Scalar(root, "year")!, CultureInfo.InvariantCulture), figures);
    }
}

/// <summary>The scores of one draft against its key (or a seed's committed figures).</summary>
public sealed record Scores(
    string Name,
    int Keyed,
    int Drafted,
    int Matched,
    int PeriodKindBound,
    int Keys,
    int HeadlineMatched,
    int HeadlineKeys,
    int Unmarked,
    int UnmarkedRight,
    int Marked,
    double Milliseconds,
    int FactsUnmarked = 0,
    int FactsUnmarkedRight = 0,
    int MarkedBeyondKey = 0)
{
    public static Scores Of(string name, string text, IReadOnlyList<KeyedFigure> keyed, Draft draft, HashSet<string> headline, double milliseconds)
    {
        int matched = 0, periodKindBound = 0, keys = 0, headlineMatched = 0, headlineKeys = 0, unmarked = 0, unmarkedRight = 0, factsUnmarked = 0, factsUnmarkedRight = 0;
        foreach (var (figure, pair) in DraftMatching.Pairs(text, keyed, draft))
        {
            if (pair is not { } found)
            {
                Miss($"not drafted: {figure.Key} {figure.Value}{figure.Unit} in {figure.Quote}");
                continue;
            }

            matched++;
            var period = DraftMatching.PeriodKindBoundAgree(found, figure);
            var key = found.Key == figure.Key;
            periodKindBound += period ? 1 : 0;
            keys += key ? 1 : 0;
            if (headline.Contains(figure.Key))
            {
                headlineMatched++;
                headlineKeys += key ? 1 : 0;
                if (!key)
                {
                    Miss($"headline key {figure.Key} drafted {found.Key}: label {figure.Label} drafted {found.Label}");
                }
            }

            if (!period)
            {
                Miss($"period {figure.Year?.ToString(CultureInfo.InvariantCulture) ?? figure.Horizon} {(figure.IsTarget ? "target" : "actual")} {figure.Bound} drafted {found.Year?.ToString(CultureInfo.InvariantCulture) ?? found.Horizon} {(found.IsTarget ? "target" : "actual")} {found.Bound}: {figure.Key} in {figure.Quote}");
            }

            if (found.Review is null || found.ReviewsOnlyTheKey)
            {
                factsUnmarked++;
                factsUnmarkedRight += period ? 1 : 0;
                if (!period)
                {
                    Miss($"FACTS UNMARKED WRONG: {figure.Key} {figure.Value}{figure.Unit} drafted {found.Year?.ToString(CultureInfo.InvariantCulture) ?? found.Horizon} {(found.IsTarget ? "target" : "actual")} {found.Bound} in {figure.Quote}");
                }
            }

            if (found.Review is null)
            {
                unmarked++;
                unmarkedRight += period && key ? 1 : 0;
                if (!(period && key))
                {
                    Miss($"UNMARKED WRONG: {figure.Key} {figure.Value}{figure.Unit} drafted {found.Key} {found.Year?.ToString(CultureInfo.InvariantCulture) ?? found.Horizon} {(found.IsTarget ? "target" : "actual")} {found.Bound} in {figure.Quote}");
                }
            }
        }

        return new Scores(name, keyed.Count, draft.Figures.Count, matched, periodKindBound, keys, headlineMatched, headlineKeys, unmarked, unmarkedRight, draft.ToReview, milliseconds, factsUnmarked, factsUnmarkedRight, draft.ToReviewBeyondTheKey);
    }

    public static string Table(IReadOnlyList<Scores> rows)
    {
        var total = new Scores("all", rows.Sum(r => r.Keyed), rows.Sum(r => r.Drafted), rows.Sum(r => r.Matched), rows.Sum(r => r.PeriodKindBound), rows.Sum(r => r.Keys), rows.Sum(r => r.HeadlineMatched), rows.Sum(r => r.HeadlineKeys), rows.Sum(r => r.Unmarked), rows.Sum(r => r.UnmarkedRight), rows.Sum(r => r.Marked), rows.Sum(r => r.Milliseconds), rows.Sum(r => r.FactsUnmarked), rows.Sum(r => r.FactsUnmarkedRight), rows.Sum(r => r.MarkedBeyondKey));
        var text = new StringBuilder();
        text.Append("| report | keyed | drafted | value+unit recall | year+kind+bound (of matched) | key (of matched) | headline key (of matched headline) | unmarked matched | unmarked right in all six | marked share (of drafted) | facts unmarked (key aside) | of those, facts right | marked for a fact (of drafted) | draft time |\n");
        text.Append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        foreach (var row in rows.Append(total))
        {
            text.Append(CultureInfo.InvariantCulture, $"| {(row.Name == "all" ? "**all**" : "`" + row.Name + "`")} | {row.Keyed} | {row.Drafted} | {DraftMatching.Percent(row.Matched, row.Keyed)} | {DraftMatching.Percent(row.PeriodKindBound, row.Matched)} | {DraftMatching.Percent(row.Keys, row.Matched)} | {DraftMatching.Percent(row.HeadlineKeys, row.HeadlineMatched)} ({row.HeadlineMatched}) | {row.Unmarked} | {DraftMatching.Percent(row.UnmarkedRight, row.Unmarked)} | {DraftMatching.Percent(row.Marked, row.Drafted)} | {row.FactsUnmarked} | {DraftMatching.Percent(row.FactsUnmarkedRight, row.FactsUnmarked)} | {DraftMatching.Percent(row.MarkedBeyondKey, row.Drafted)} | {row.Milliseconds:F0} ms |\n");
        }

        return text.ToString();
    }

    private static void Miss(string line)
    {
        if (Environment.GetEnvironmentVariable("DRAFTING_MISSES") is not null)
        {
            Console.WriteLine("  " + line);
        }
    }
}
