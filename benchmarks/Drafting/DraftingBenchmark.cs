using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using ReportData.Tool.Drafting;
using ReportData.Tool.Generator;

namespace ReportData.Benchmarks.Drafting;

/// <summary>
/// The drafting benchmark (docs/drafting.md): drafts each seed report with the vocabulary of the other
/// reports only, and compares the draft with the committed YAML. A committed figure is found when a draft
/// figure has its printed value and unit and a quote overlapping its quote in the text (one to one, in
/// text order). On the found pairs: year or horizon, kind and bound; key. Measures and prints; asserts nothing.
/// </summary>
public static class DraftingBenchmark
{
    private static readonly Regex Placeholder = new("^Todo[0-9]+$", RegexOptions.CultureInvariant);

    public static int Run(string? seedsDirectory)
    {
        var seeds = seedsDirectory ?? Path.Combine(Datasets.RepositoryRoot, "seeds");
        var folder = ReportFolder.Load(seeds);
        var rows = new List<Row>();
        var marks = new List<Scores>();
        var calibration = new Calibration();
        var headline = new HashSet<string>(HeadlineKeys.Keys, StringComparer.Ordinal);
        var learning = new List<string>();
        int aloneDrafted = 0, alonePlaceholders = 0;
        foreach (var report in folder.Reports())
        {
            var learningClock = Stopwatch.StartNew();
            var entries = Vocabulary.Entries(folder, exceptYamlFile: report.YamlFile).ToList();
            var vocabulary = new KeyVocabulary(entries);
            learningClock.Stop();
            learning.Add(string.Create(CultureInfo.InvariantCulture, $"{vocabulary.Count} figures, {vocabulary.Learned.Terms.Count} terms learned in {learningClock.Elapsed.TotalMilliseconds:F0} ms"));
            var text = folder.Texts[report.TextFile];
            var clock = Stopwatch.StartNew();
            var draft = Drafter.Draft(text, new DraftOptions(report.City, report.CityName, null, report.TextFile), vocabulary);
            clock.Stop();
            var committed = folder.Figures().Where(figure => figure.Source.YamlFile == report.YamlFile).ToList();
            var known = new HashSet<string>(entries.Select(entry => entry.Key).Concat(Glossary.Keys), StringComparer.Ordinal);
            var keyed = committed.Select(figure => new KeyedFigure(figure.Key, figure.Year, figure.Horizon, figure.Kind == FigureKind.Target, DraftMatching.NormalBound(figure.Bound.ToString(), figure.Kind == FigureKind.Target), figure.PrintedValue, figure.PrintedUnit, figure.Quote, figure.Label)).ToList();
            rows.Add(Compare(report.YamlFile, text, keyed, draft, clock.Elapsed.TotalMilliseconds, known, calibration));
            marks.Add(Scores.Of(report.YamlFile, text, keyed, draft, headline, clock.Elapsed.TotalMilliseconds));

            // A report of a city with no YAML yet: the glossaries, the lexicon and the composer alone.
            var alone = Drafter.Draft(text, new DraftOptions(report.City, report.CityName, null, report.TextFile), KeyVocabulary.Empty);
            (aloneDrafted, alonePlaceholders) = (aloneDrafted + alone.Figures.Count, alonePlaceholders + alone.Figures.Count(figure => Placeholder.IsMatch(figure.Key)));
        }

        Console.WriteLine(Table(rows));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"with no vocabulary at all (glossaries, lexicon and composer only): {alonePlaceholders} placeholder keys of {aloneDrafted} drafted figures"));
        Console.WriteLine("vocabulary of the other files, per report: " + string.Join("; ", learning));
        Console.WriteLine();
        Console.WriteLine("The same drafts, scored for their marks and headline keys:");
        Console.WriteLine();
        Console.WriteLine(Scores.Table(marks));
        Console.WriteLine("The same drafts' matched figures by what they mark:");
        Console.WriteLine();
        Console.WriteLine(calibration.Table());
        CorpusKeyBenchmark.Run();
        return 0;
    }

    private static Row Compare(string name, string text, IReadOnlyList<KeyedFigure> committed, Draft draft, double milliseconds, HashSet<string> known, Calibration calibration)
    {
        int matched = 0, periodKindBound = 0, keys = 0, knownMatched = 0, knownKeys = 0;
        foreach (var (figure, pair) in DraftMatching.Pairs(text, committed, draft))
        {
            if (pair is not { } found)
            {
                if (Environment.GetEnvironmentVariable("DRAFTING_MISSES") is not null)
                {
                    Console.WriteLine($"  not drafted: {figure.Key} {figure.Value}{figure.Unit} in {figure.Quote}");
                }

                continue;
            }

            matched++;
            calibration.Add(found, figure);
            periodKindBound += DraftMatching.PeriodKindBoundAgree(found, figure) ? 1 : 0;
            if (!DraftMatching.PeriodKindBoundAgree(found, figure) && Environment.GetEnvironmentVariable("DRAFTING_MISSES") is not null)
            {
                Console.WriteLine($"  period/kind/bound {name}: {figure.Key} {figure.Value}{figure.Unit} committed {figure.Year}{figure.Horizon} {(figure.IsTarget ? "target" : "actual")} {figure.Bound}, drafted {found.Year}{found.Horizon} {(found.IsTarget ? "target" : "actual")} {found.Bound}{(found.Review is null ? string.Empty : " (marked)")} in {figure.Quote}");
            }
            if (known.Contains(figure.Key))
            {
                knownMatched++;
                knownKeys += found.Key == figure.Key ? 1 : 0;
            }

            if (found.Key == figure.Key)
            {
                keys++;
            }
            else if (Environment.GetEnvironmentVariable("DRAFTING_MISSES") is not null)
            {
                Console.WriteLine($"  key {figure.Key} drafted {found.Key}: label {figure.Label} drafted {found.Label}");
            }
        }

        // A placeholder (Todo3) is a figure no vocabulary, glossary or composed key covered: on reports nobody has seen, the measure that matters.
        var placeholders = draft.Figures.Count(figure => Placeholder.IsMatch(figure.Key));
        return new Row(name, committed.Count, draft.Figures.Count, matched, periodKindBound, keys, knownMatched, knownKeys, draft.ToReview, placeholders, milliseconds);
    }

    private static string Table(IReadOnlyList<Row> rows)
    {
        var total = new Row("all", rows.Sum(r => r.Committed), rows.Sum(r => r.Drafted), rows.Sum(r => r.Matched), rows.Sum(r => r.PeriodKindBound), rows.Sum(r => r.Keys), rows.Sum(r => r.KnownMatched), rows.Sum(r => r.KnownKeys), rows.Sum(r => r.ToReview), rows.Sum(r => r.Placeholders), rows.Sum(r => r.Milliseconds));
        var text = new StringBuilder();
        text.Append("| report | committed | drafted | value+unit recall | value+unit precision | year+kind+bound (of matched) | key (of matched) | key in vocabulary | key (of those) | marked review | placeholder keys | draft time |\n");
        text.Append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        foreach (var row in rows.Append(total))
        {
            text.Append(CultureInfo.InvariantCulture, $"| {(row.Name == "all" ? "**all**" : "`" + row.Name + "`")} | {row.Committed} | {row.Drafted} | {DraftMatching.Percent(row.Matched, row.Committed)} | {DraftMatching.Percent(row.Matched, row.Drafted)} | {DraftMatching.Percent(row.PeriodKindBound, row.Matched)} | {DraftMatching.Percent(row.Keys, row.Matched)} | {DraftMatching.Percent(row.KnownMatched, row.Matched)} | {DraftMatching.Percent(row.KnownKeys, row.KnownMatched)} | {row.ToReview} | {row.Placeholders} | {row.Milliseconds:F0} ms |\n");
        }

        return text.ToString();
    }

    private sealed record Row(string Name, int Committed, int Drafted, int Matched, int PeriodKindBound, int Keys, int KnownMatched, int KnownKeys, int ToReview, int Placeholders, double Milliseconds);
}
