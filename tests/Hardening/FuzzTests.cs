using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NUnit.Framework;
using ReportData.Tests.Infrastructure;

namespace ReportData.Tests.Hardening;

/// <summary>
/// Feeds at least 10,000 mutated report files (from the seed YAML files and the test fixture) through the
/// generator in memory and holds it to its promises: no exception escapes; no input takes a second (twice in a row);
/// every diagnostic is located in the YAML file; the parser's RD0009 safety net never fires; a file
/// without errors produces code, and every distinct output without errors compiles (no errors, no
/// XML doc warnings). Seeded: REPORTDATA_FUZZ_SEED and REPORTDATA_FUZZ_INPUTS change the run, and a
/// failing input is printed as a C# literal with its seed, index and recipe, ready to become a named case.
/// </summary>
public class FuzzTests
{
    public const int DefaultSeed = 20_260_522;
    public const int DefaultInputs = 10_000;

    private static readonly TimeSpan PerInputLimit = TimeSpan.FromSeconds(1);

    private const string YamlPath = "/fuzz/seeds/fuzzed.report.yaml";

    /// <summary>Inputs per batch compilation: one compilation binds many outputs, far cheaper than one each.</summary>
    private const int CompileBatchSize = 200;

    /// <summary>How many distinct outputs of inputs with errors are compiled too (all error-free ones always are).</summary>
    private const int ErrorOutputsCompiled = 100;

    /// <summary>Every so many inputs, the analyzer runs too and must report what the generator reports.</summary>
    private const int AnalyzerSampleEvery = 40;

    [Test]
    public void MutatedReportFilesNeverBreakTheGenerator()
    {
        var seed = EnvironmentInt("REPORTDATA_FUZZ_SEED", DefaultSeed);
        var inputs = EnvironmentInt("REPORTDATA_FUZZ_INPUTS", DefaultInputs);
        var corpus = Corpus();
        var texts = ReportTexts();
        var failures = new List<string>();
        var outputs = new Dictionary<string, FuzzOutput>(StringComparer.Ordinal);
        var idsSeen = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var slowest = (Index: -1, Time: TimeSpan.Zero);
        var errorFree = 0;
        var analyzerChecked = 0;

        // JIT and static initialization are not the first inputs' time.
        foreach (var warmUp in corpus.Select(entry => entry.Text).Concat(new[] { string.Empty, "[", "a: *b", "report: {}\nfigures: [x]" }))
        {
            Run(warmUp, texts);
        }

        var total = Stopwatch.StartNew();
        for (var index = 0; index < inputs; index++)
        {
            var random = new Random(unchecked((seed * 1_000_003) + index));
            var origin = corpus[random.Next(corpus.Count)];
            var (yaml, recipe) = Mutator.Mutate(origin.Text, random);
            var describe = $"seed {seed}, input {index}, from {origin.Name}: {recipe}";

            var watch = Stopwatch.StartNew();
            GeneratorRun run;
            try
            {
                run = Run(yaml, texts);
            }
            catch (Exception exception)
            {
                failures.Add(Finding(describe, yaml, "the driver threw " + exception));
                continue;
            }

            var elapsed = watch.Elapsed;
            if (elapsed > PerInputLimit)
            {
                // A pause of the machine or the garbage collector does not repeat; slow parsing does.
                watch.Restart();
                run = Run(yaml, texts);
                elapsed = watch.Elapsed;
            }

            if (elapsed > slowest.Time)
            {
                slowest = (index, elapsed);
            }

            var problem = Check(run, yaml, elapsed);
            if (problem is not null)
            {
                failures.Add(Finding(describe, yaml, problem));
                continue;
            }

            // The editor analyzer shares the generator's validator: on a sample, it must report the same.
            if (index % AnalyzerSampleEvery == 0)
            {
                var analyzer = HardeningHarness.AnalyzerDiagnostics(new List<AdditionalText>(texts) { HardeningHarness.Additional(YamlPath, yaml) });
                if (!analyzer.Distinct().OrderBy(d => d.ToString(), StringComparer.Ordinal).SequenceEqual(run.GeneratorDiagnostics.Distinct().OrderBy(d => d.ToString(), StringComparer.Ordinal)))
                {
                    failures.Add(Finding(describe, yaml, "the analyzer reports " + string.Join("; ", analyzer) + " but the generator " + string.Join("; ", run.GeneratorDiagnostics)));
                }

                analyzerChecked++;
            }

            foreach (var diagnostic in run.GeneratorDiagnostics)
            {
                idsSeen[diagnostic.Id] = idsSeen.TryGetValue(diagnostic.Id, out var count) ? count + 1 : 1;
            }

            var hasErrors = run.GeneratorDiagnostics.Any(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error);
            errorFree += hasErrors ? 0 : 1;
            var sources = run.GeneratedSources.OrderBy(source => source.HintName, StringComparer.Ordinal).Select(source => source.SourceText.ToString()).ToArray();
            var hash = Hash(sources);
            if (!outputs.ContainsKey(hash))
            {
                outputs.Add(hash, new FuzzOutput(index, hasErrors, sources, describe, yaml));
            }
        }

        var generating = total.Elapsed;
        // Every error-free output must compile. Outputs with errors should too (a build shows the RD errors,
        // not a cascade of CS errors in generated code): a fixed sample of them is compiled as well.
        var toCompile = outputs.Values.Where(output => !output.HasErrors).ToList();
        var errorSample = outputs.Values.Where(output => output.HasErrors).OrderBy(output => output.Index).Take(ErrorOutputsCompiled).ToList();
        toCompile.AddRange(errorSample);
        failures.AddRange(CompileInBatches(toCompile));
        total.Stop();

        var figures = string.Join(Environment.NewLine, new[]
        {
            $"fuzz: seed {seed}, {inputs} inputs ({errorFree} without errors), {outputs.Count} distinct outputs; compiled {toCompile.Count - errorSample.Count} error-free and {errorSample.Count} with errors; analyzer compared on {analyzerChecked}",
            $"fuzz: {idsSeen.Count} distinct diagnostic IDs: {string.Join(", ", idsSeen.Select(pair => pair.Key + " x" + pair.Value))}",
            $"fuzz: slowest input {slowest.Time.TotalMilliseconds:F1} ms (input {slowest.Index}); generating {generating.TotalSeconds:F1} s; total {total.Elapsed.TotalSeconds:F1} s",
        });
        TestContext.Progress.WriteLine(figures);
        TestContext.Out.WriteLine(figures);

        // The total time is reported, not asserted: on a shared machine it moves with the load, and a real
        // slow-down (a backtracking pattern, a quadratic step) shows up as an input over PerInputLimit twice.
        Assert.That(failures, Is.Empty, string.Join(Environment.NewLine + Environment.NewLine, failures.Take(5)));
    }

    /// <summary>Null when the run keeps every promise; otherwise which one it broke.</summary>
    private static string? Check(GeneratorRun run, string yaml, TimeSpan elapsed)
    {
        var result = run.Result.Results.Single();
        if (result.Exception is not null)
        {
            return "the generator threw " + result.Exception;
        }

        if (elapsed > PerInputLimit)
        {
            return $"took {elapsed.TotalMilliseconds:F0} ms, more than {PerInputLimit.TotalMilliseconds:F0} ms";
        }

        var files = new[] { HardeningHarness.Additional(YamlPath, yaml) };
        foreach (var diagnostic in run.GeneratorDiagnostics)
        {
            if (HardeningHarness.WhyNotLocatedInYaml(diagnostic, files) is { } why)
            {
                return why;
            }

            if (diagnostic.Id == "RD0009")
            {
                return "the parser's safety net caught an exception: " + HardeningHarness.Describe(diagnostic);
            }
        }

        var hasErrors = run.GeneratorDiagnostics.Any(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error);
        var reportSources = result.GeneratedSources.Count(source => source.HintName != "ReportDataset.g.cs");
        return !hasErrors && reportSources == 0 ? "no error was reported, yet no code was generated for the file" : null;
    }

    private static IEnumerable<string> CompileInBatches(List<FuzzOutput> outputs)
    {
        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest, DocumentationMode.Diagnose);

        // Compilations derived from one another share their bound references: far cheaper than new ones.
        var baseCompilation = GeneratorHarness.CreateCompilation(string.Empty);
        for (var start = 0; start < outputs.Count; start += CompileBatchSize)
        {
            var batch = outputs.Skip(start).Take(CompileBatchSize).ToList();
            var trees = new Dictionary<SyntaxTree, FuzzOutput>();
            foreach (var output in batch)
            {
                foreach (var source in output.Sources)
                {
                    // Each output in its own namespace, so that many compile side by side.
                    var renamed = RenameNamespace(source, "Fuzz" + output.Index.ToString(CultureInfo.InvariantCulture));
                    trees.Add(CSharpSyntaxTree.ParseText(renamed, parseOptions), output);
                }
            }

            var compilation = baseCompilation.AddSyntaxTrees(trees.Keys);
            var problems = compilation.GetDiagnostics().Where(diagnostic => diagnostic.Severity >= DiagnosticSeverity.Warning);
            foreach (var group in problems.GroupBy(diagnostic => diagnostic.Location.SourceTree is { } tree && trees.TryGetValue(tree, out var output) ? Finding(output.Describe, output.Yaml, "the generated code does not compile:") : "outside the generated code:"))
            {
                yield return group.Key + Environment.NewLine + string.Join(Environment.NewLine, group.Take(3));
            }
        }
    }

    private static string RenameNamespace(string source, string name)
    {
        const string Declaration = "\nnamespace " + GeneratorHarness.TestNamespace + "\n";
        var at = source.IndexOf(Declaration, StringComparison.Ordinal);
        Assert.That(at, Is.GreaterThanOrEqualTo(0), "generated code declares its namespace");
        // Generated files also refer to one another by their fully qualified names (global::Ns.ReportDataset...).
        var rest = source.Substring(at + Declaration.Length).Replace("global::" + GeneratorHarness.TestNamespace + ".", "global::" + name + ".");
        return source.Substring(0, at) + "\nnamespace " + name + "\n" + rest;
    }

    private static GeneratorRun Run(string yaml, IReadOnlyList<AdditionalText> texts)
    {
        var files = new List<AdditionalText>(texts) { HardeningHarness.Additional(YamlPath, yaml) };
        return GeneratorHarness.Run(files);
    }

    private static string Finding(string describe, string yaml, string problem) =>
        describe + Environment.NewLine + "input: " + HardeningHarness.AsCSharpLiteral(yaml.Length > 20_000 ? yaml.Substring(0, 20_000) : yaml) + Environment.NewLine + problem;

    private static string Hash(string[] sources)
    {
        using var sha = SHA256.Create();
        return Convert.ToHexString(sha.ComputeHash(Encoding.UTF8.GetBytes(string.Join("\u0000", sources))));
    }

    /// <summary>The seed report files and the test fixture, the starting points of every mutation.</summary>
    private static List<(string Name, string Text)> Corpus()
    {
        var seeds = Directory.GetFiles(GeneratorHarness.SeedsDirectory, "*.report.yaml")
            .OrderBy(path => path, StringComparer.Ordinal)
            .Select(path => (Path.GetFileName(path), File.ReadAllText(path)))
            .ToList();
        Assert.That(seeds, Has.Count.GreaterThanOrEqualTo(5));
        seeds.Add(("fixture", Fixtures.ValidYaml));
        return seeds;
    }

    private static List<AdditionalText> ReportTexts()
    {
        var texts = Directory.GetFiles(GeneratorHarness.SeedsDirectory, "*.txt")
            .OrderBy(path => path, StringComparer.Ordinal)
            .Select(path => HardeningHarness.Additional("/fuzz/seeds/" + Path.GetFileName(path), File.ReadAllText(path)))
            .ToList();
        texts.Add(HardeningHarness.Additional("/fuzz/seeds/report.txt", Fixtures.ReportText));
        return texts;
    }

    /// <summary>A distinct generated output, the first input that produced it, and how to report that input.</summary>
    private sealed record FuzzOutput(int Index, bool HasErrors, string[] Sources, string Describe, string Yaml);

    private static int EnvironmentInt(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : fallback;
}
