using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using NUnit.Framework;
using ReportData.Tests.Infrastructure;
using ReportData.Tool;
using ReportData.Tool.Drafting;
using ReportData.Tool.Generator;

namespace ReportData.Tests.Tool;

/// <summary>
/// Drafts mutated seed texts (cut, spliced, duplicated, sprinkled with digits, units, quotes, controls and
/// noise, in traditional characters, empty, huge) and holds the engine to its promises: a draft or a clear
/// usage error, never another exception; every draft is YAML the generator reads back with no error but
/// RD4001 (quotes in the text, values in the quotes, units known, members unique); under a second each.
/// Seeded and bounded: REPORTDATA_DRAFT_FUZZ_SEED and REPORTDATA_DRAFT_FUZZ_INPUTS change the run.
/// </summary>
public class DraftFuzzTests
{
    private const int DefaultSeed = 20_261_201;
    private const int DefaultInputs = 150;

    private static readonly string[] Sprinkles =
    {
        "12.5", "3%", "%。", "亿元", "万", "分别", "、", "和", "左右", "以上", "下降", "增长", "预计", "“", "”", "：", "，", "。", "\n", " ", "\t",
        "第", "年", "2023年", "1-2", "—", "倍", "个百分点", "\0", "\u0007", "\uFEFF", "\u200B", "'", "\"", "#", "- ", ": ", "\\", "|", "今后五年", "主要预期目标",
        "一、2023年工作回顾\n", "二、2024年目标任务\n", "𠀀", "😀", "千亿", "翻一番",
    };

    private const string Noise = "0123456789%.万亿元、，。“”\u0000\uD800";

    private static readonly (string Simplified, string Traditional)[] Traditional =
    {
        ("华", "華"), ("区", "區"), ("经济", "經濟"), ("发展", "發展"), ("亿元", "億元"), ("增长", "增長"), ("万", "萬"), ("实现", "實現"), ("回顾", "回顧"),
    };

    [Test]
    public void MutatedTextsAlwaysDraftToYamlTheGeneratorAccepts()
    {
        var seed = Environment.GetEnvironmentVariable("REPORTDATA_DRAFT_FUZZ_SEED") is { } s ? int.Parse(s, System.Globalization.CultureInfo.InvariantCulture) : DefaultSeed;
        var inputs = Environment.GetEnvironmentVariable("REPORTDATA_DRAFT_FUZZ_INPUTS") is { } n ? int.Parse(n, System.Globalization.CultureInfo.InvariantCulture) : DefaultInputs;
        var random = new Random(seed);
        var seeds = Directory.GetFiles(GeneratorHarness.SeedsDirectory, "*.txt").OrderBy(p => p, StringComparer.Ordinal).Select(File.ReadAllText).ToList();
        var failures = new List<string>();
        var slowest = TimeSpan.Zero;
        var usage = 0;
        var figures = 0;
        var corpus = new List<(string Recipe, string Text)>
        {
            ("empty", string.Empty),
            ("white space", " \n\t\n "),
            ("no numbers", "各位代表：\n现在，我代表市人民政府，向大会报告工作。\n"),
            ("huge", string.Concat(Enumerable.Repeat(seeds[4], 8))),
            ("binary noise", new string(Enumerable.Range(0, 4000).Select(_ => (char)random.Next(0, 0xD7FF)).ToArray())),
            // Runs with no clause or list mark: every number's phrase, label and words must be read in bounded pieces.
            ("numbers with no marks", "2025年某市政府工作报告\n一、2024年工作回顾\n" + string.Concat(Enumerable.Repeat("5个", 3000)) + "\n"),
            ("changes with no marks", "2025年某市政府工作报告\n一、2024年工作回顾\n" + string.Concat(Enumerable.Repeat("增长5%", 3000)) + "\n"),
            ("a run of numerals", "2025年某市政府工作报告\n一、2024年工作回顾\n" + new string('万', 20000) + "\n"),
        };
        for (var i = 0; i < inputs; i++)
        {
            var (recipe, text) = Mutate(seeds[random.Next(seeds.Count)], random);
            corpus.Add(("#" + i + " " + recipe, text));
        }

        // JIT and static initialization are not the first input's time.
        Drafter.Draft(seeds[0], new DraftOptions("Warm", "热", 2024, "warm.txt"), KeyVocabulary.Empty);
        foreach (var (recipe, text) in corpus)
        {
            var clock = Stopwatch.StartNew();
            try
            {
                var draft = Drafter.Draft(text, OptionsFor(recipe), KeyVocabulary.Empty);
                var yaml = DraftWriter.Write(draft, null);
                clock.Stop();
                figures += draft.Figures.Count;
                var errors = ReportFolder.Validate("/fuzz/fuzzed.report.yaml", yaml, "/fuzz/fuzzed.txt", text)
                    .Where(d => d.Id != "RD4001").Select(d => d.ToString()).ToList();
                if (errors.Count > 0)
                {
                    failures.Add($"{recipe} (seed {seed}): {string.Join(" / ", errors.Take(3))}");
                }
            }
            catch (UsageException)
            {
                usage++;
            }
            catch (Exception exception)
            {
                failures.Add($"{recipe} (seed {seed}): {exception.GetType().Name}: {exception.Message}");
            }

            var elapsed = clock.Elapsed;
            if (recipe != "huge" && elapsed > TimeSpan.FromSeconds(1))
            {
                // A pause of a loaded machine or of the garbage collector does not repeat; slow drafting does.
                elapsed = TimeDraft(text, recipe);
            }

            if (recipe != "huge" && elapsed > slowest)
            {
                slowest = elapsed;
            }
        }

        TestContext.Out.WriteLine($"draft fuzz: {corpus.Count} inputs, {figures} figures, {usage} usage errors, slowest {slowest.TotalMilliseconds:F0} ms");
        Assert.That(failures, Is.Empty);
        Assert.That(slowest, Is.LessThan(TimeSpan.FromSeconds(1)), "a report drafts in under a second");
    }

    [Test]
    public void NumbersWithNoMarksBetweenThemGetLabelsOfAPhraseNotOfTheClause()
    {
        // 5个5个5个…: before, each of the 2,000 figures printed the whole clause as its label (8 million characters of YAML).
        var text = "2025年某市政府工作报告\n一、2024年工作回顾\n" + string.Concat(Enumerable.Repeat("5个", 2000)) + "\n";
        var draft = Drafter.Draft(text, new DraftOptions("Mou", "某", null, "t.txt"), KeyVocabulary.Empty);
        Assert.That(draft.Figures, Has.Count.EqualTo(2000));
        Assert.That(draft.Figures.Max(figure => figure.Label.Length), Is.LessThanOrEqualTo(80));
        Assert.That(draft.Figures.Max(figure => figure.Quote.Length), Is.LessThanOrEqualTo(100));
    }

    private static DraftOptions OptionsFor(string recipe) => new("Fuzzed", "模糊", recipe.Contains("no year") ? null : 2024, "fuzzed.txt");

    private static TimeSpan TimeDraft(string text, string recipe)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            DraftWriter.Write(Drafter.Draft(text, OptionsFor(recipe), KeyVocabulary.Empty), null);
        }
        catch (UsageException)
        {
        }

        return clock.Elapsed;
    }

    private static (string Recipe, string Text) Mutate(string text, Random random)
    {
        var recipe = new StringBuilder();
        var builder = new StringBuilder(text);
        var steps = random.Next(1, 6);
        for (var step = 0; step < steps; step++)
        {
            var at = builder.Length == 0 ? 0 : random.Next(builder.Length);
            switch (random.Next(7))
            {
                case 0:
                    var length = Math.Min(builder.Length - at, random.Next(1, 400));
                    builder.Remove(at, length);
                    recipe.Append("cut ");
                    break;
                case 1:
                    var sprinkle = Sprinkles[random.Next(Sprinkles.Length)];
                    builder.Insert(at, sprinkle);
                    recipe.Append("insert ");
                    break;
                case 2:
                    var span = builder.ToString(at, Math.Min(builder.Length - at, random.Next(1, 300)));
                    builder.Insert(random.Next(builder.Length + 1), span);
                    recipe.Append("splice ");
                    break;
                case 3:
                    foreach (var (simplified, traditional) in Traditional)
                    {
                        builder.Replace(simplified, traditional);
                    }

                    recipe.Append("traditional ");
                    break;
                case 4:
                    builder.Length = at;
                    recipe.Append("truncate ");
                    break;
                case 5:
                    builder.Replace("\n", random.Next(2) == 0 ? "\r\n" : string.Empty);
                    recipe.Append("line breaks ");
                    break;
                default:
                    for (var i = 0; i < 20 && builder.Length > 0; i++)
                    {
                        builder[random.Next(builder.Length)] = Noise[random.Next(Noise.Length)];
                    }

                    recipe.Append("noise ");
                    break;
            }
        }

        if (random.Next(10) == 0)
        {
            recipe.Append("no year ");
        }

        return (recipe.ToString().Trim(), builder.ToString());
    }
}
