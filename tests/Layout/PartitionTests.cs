using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NUnit.Framework;
using ReportData.Testing;
using ReportData.Tests.Infrastructure;

namespace ReportData.Tests.Layout;

/// <summary>
/// <c>ReportDataset.Find</c> decodes only the report(s) its id's city and year classes route to; <c>Figures</c>
/// decodes them all. Three reports of two cities, two of which share a year class (the targets for 2024 in one,
/// the actuals of 2024 in the next), compiled and loaded in a throwaway context so every run starts undecoded.
/// </summary>
public class PartitionTests
{
    private static readonly (string Name, string Yaml, string Text)[] Reports =
    {
        ("testville-2024", Report("Testville", "测试市", 2024, ("Gdp", "year: 2023", "全市生产总值", "2125.2", "亿元", "全市生产总值达到2125.2亿元"), ("GdpGrowth", "year: 2024\n    kind: target", "地区生产总值增长", "7", "%", "地区生产总值增长7%")), "全市生产总值达到2125.2亿元。地区生产总值增长7%左右。"),
        ("testville-2025", Report("Testville", "测试市", 2025, ("Gdp", "year: 2024", "全市生产总值", "2260", "亿元", "全市生产总值达到2260亿元"), ("Exports", "year: 2024", "出口", "800", "亿元", "出口800亿元")), "全市生产总值达到2260亿元，出口800亿元。"),
        ("otherville-2024", Report("Otherville", "另一市", 2024, ("Gdp", "year: 2023", "全市生产总值", "999.9", "亿元", "全市生产总值达到999.9亿元")), "全市生产总值达到999.9亿元。"),
    };

    [TestCase(LanguageVersion.Latest, TestName = "FindFromManyThreadsReturnsTheInstancesOfFiguresThroughUtf8Data")]
    [TestCase(LanguageVersion.CSharp10, TestName = "FindFromManyThreadsReturnsTheInstancesOfFiguresThroughStringDataBeforeCSharp11")]
    public void FindFromManyThreadsReturnsTheInstancesOfFigures(LanguageVersion languageVersion)
    {
        var ids = new[] { "Testville.Y2023.GdpBillion", "Testville.Y2024.Targets.GdpGrowthPercent", "Testville.Y2024.GdpBillion", "Testville.Y2024.ExportsBillion", "Otherville.Y2023.GdpBillion" };
        WithDataset(Compile(languageVersion, corrupt: null), dataset =>
        {
            // Every thread looks up every id, in its own order, before anything reads Figures: partitions are decoded under contention.
            const int Threads = 8;
            var found = new Figure[Threads][];
            using var start = new Barrier(Threads);
            var workers = Enumerable.Range(0, Threads).Select(thread => new Thread(() =>
            {
                start.SignalAndWait();
                var order = ids.Select((id, i) => (id, i)).OrderBy(pair => (pair.i * 7) + thread).ToList();
                found[thread] = new Figure[ids.Length];
                foreach (var (id, i) in order)
                {
                    found[thread][i] = dataset.Get(id);
                }
            })).ToList();
            workers.ForEach(worker => worker.Start());
            workers.ForEach(worker => worker.Join());

            var figures = dataset.Figures();
            Assert.Multiple(() =>
            {
                Assert.That(figures.Select(figure => figure.Id), Is.EquivalentTo(ids));
                for (var i = 0; i < ids.Length; i++)
                {
                    var instance = figures.Single(figure => figure.Id == ids[i]);
                    Assert.That(found.Select(perThread => perThread[i]), Is.All.SameAs(instance), ids[i]);
                }

                // Read off the YAML above: Testville 2024's GDP is in the 2025 report, its 2024 target in the 2024 report.
                Assert.That(dataset.Get("Testville.Y2024.GdpBillion").Value, Is.EqualTo(226));
                Assert.That(dataset.Get("Testville.Y2024.Targets.GdpGrowthPercent").Source.Year, Is.EqualTo(2024));
                Assert.That(dataset.Get("Otherville.Y2023.GdpBillion").Value, Is.EqualTo(99.99));
            });
        });
    }

    [Test]
    public void UnknownIdsAreNotFoundWithoutDecodingAnything()
    {
        // Otherville's data is made unreadable: a lookup that decoded it would throw.
        WithDataset(Compile(LanguageVersion.Latest, corrupt: "Otherville"), dataset =>
        {
            foreach (var id in new[] { string.Empty, "Otherville", "Otherville.Y2023", "Otherville.Y2099.GdpBillion", "Nowhere.Y2023.GdpBillion", "Testville.Y2023.NoSuchFigure", "testville.Y2023.GdpBillion" })
            {
                Assert.That(dataset.TryFind(id, out var figure), Is.False, id);
                Assert.That(figure, Is.Null, id);
            }

            Assert.That(dataset.Find("Testville.Y2023.Missing"), Is.Null);
            Assert.That(() => dataset.Get("Testville.Y2023.Missing"), Throws.TypeOf<KeyNotFoundException>());
            Assert.That(() => dataset.Get(null!), Throws.TypeOf<ArgumentNullException>());
            Assert.That(() => dataset.Find(null!), Throws.TypeOf<ArgumentNullException>());
        });
    }

    [Test]
    public void FindInOneCityDoesNotDecodeAnotherCitysReport()
    {
        WithDataset(Compile(LanguageVersion.Latest, corrupt: "Otherville"), dataset =>
        {
            Assert.That(dataset.Get("Testville.Y2023.GdpBillion").Value, Is.EqualTo(212.52));
            Assert.That(dataset.Get("Testville.Y2024.ExportsBillion").Value, Is.EqualTo(80));
            Assert.That(dataset.Reports(), Has.Count.EqualTo(3), "the report list needs no figure decoded");

            // The corrupted report fails where, and only where, it is read.
            Assert.That(() => dataset.Get("Otherville.Y2023.GdpBillion"), Throws.TypeOf<FormatException>());
            Assert.That(() => dataset.Figures(), Throws.InstanceOf<Exception>());
        });
    }

    [Test]
    public void TheReportHolderHasNoStaticStateSoThatCreatingTheStoreRunsNoneOfItsCode()
    {
        WithDataset(Compile(LanguageVersion.Latest, corrupt: null), dataset =>
        {
            var holder = dataset.Type.Assembly.GetTypes().Single(type => type.Name == "ReportFigures");

            Assert.That(holder.TypeInitializer, Is.Null, "a static constructor");
            Assert.That(holder.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic), Is.Empty);
            Assert.That(
                holder.GetMethods(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly).Select(method => method.Name),
                Is.EquivalentTo(new[] { "Otherville_2024", "Testville_2024", "Testville_2025" }),
                "one decoder per report");
        });
    }

    private static string Report(string city, string cityName, int year, params (string Key, string Period, string Label, string Value, string Unit, string Quote)[] figures) =>
        "report:\n  city: " + city + "\n  cityName: " + cityName + "\n  year: " + year + "\n  text: " + city.ToLowerInvariant() + "-" + year + ".txt\nfigures:\n"
        + string.Concat(figures.Select(figure =>
            "  - key: " + figure.Key + "\n    " + figure.Period + "\n    label: " + figure.Label + "\n    value: " + figure.Value + "\n    unit: \"" + figure.Unit + "\"\n    quote: " + figure.Quote + "\n"));

    /// <summary>Generates and compiles the three reports; <paramref name="corrupt"/> names a city whose figure data cannot be decoded.</summary>
    private static Compilation Compile(LanguageVersion languageVersion, string? corrupt)
    {
        var files = Reports.SelectMany(report => new AdditionalText[]
        {
            new InMemoryAdditionalText("/reports/" + report.Name + ".report.yaml", report.Yaml),
            new InMemoryAdditionalText("/reports/" + report.Name + ".txt", report.Text),
        }).ToList();
        var parseOptions = new CSharpParseOptions(languageVersion);
        var compilation = GeneratorHarness.CreateCompilation(string.Empty);
        compilation = compilation.ReplaceSyntaxTree(compilation.SyntaxTrees.First(), CSharpSyntaxTree.ParseText(string.Empty, parseOptions));
        var driver = GeneratorDriverFactory.Create(files, parseOptions);
        driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        Assert.That(diagnostics, Is.Empty, string.Join("\n", diagnostics));
        if (corrupt is not null)
        {
            var tree = output.SyntaxTrees.Single(tree => tree.FilePath.Contains(corrupt + ".", StringComparison.Ordinal));
            var text = tree.ToString();
            const string Decoding = "return global::ReportData.Storage.FigureTable.Decode(";
            Assert.That(text, Does.Contain(Decoding));
            var corrupted = text.Replace(Decoding, "if (source is not null) throw new global::System.FormatException(\"corrupt\");\n" + Decoding);
            output = output.ReplaceSyntaxTree(tree, CSharpSyntaxTree.ParseText(corrupted, parseOptions, tree.FilePath));
        }

        return output;
    }

    private static void WithDataset(Compilation output, Action<LoadedDataset> test) =>
        GeneratorHarness.WithLoadedDataset(output, dataset => test(new LoadedDataset(dataset)));

    /// <summary>The generated ReportDataset's public members, called through reflection with exceptions unwrapped.</summary>
    private sealed class LoadedDataset(Type dataset)
    {
        public Type Type => dataset;

        public IReadOnlyList<Figure> Figures() => (IReadOnlyList<Figure>)Call(() => dataset.GetProperty("Figures")!.GetValue(null));

        public IReadOnlyList<ReportSource> Reports() => (IReadOnlyList<ReportSource>)Call(() => dataset.GetProperty("Reports")!.GetValue(null));

        public Figure? Find(string id) => (Figure?)CallOrNull(() => dataset.GetMethod("Find")!.Invoke(null, new object[] { id }));

        public Figure Get(string id) => (Figure)Call(() => dataset.GetMethod("Get")!.Invoke(null, new object[] { id }));

        public bool TryFind(string id, out Figure? figure)
        {
            var arguments = new object?[] { id, null };
            var found = (bool)Call(() => dataset.GetMethod("TryFind")!.Invoke(null, arguments));
            figure = (Figure?)arguments[1];
            return found;
        }

        private static object Call(Func<object?> call) => CallOrNull(call)!;

        private static object? CallOrNull(Func<object?> call)
        {
            try
            {
                return call();
            }
            catch (TargetInvocationException exception) when (exception.InnerException is not null)
            {
                // The exception the member threw, not reflection's wrapper (nor a type initializer's, whose inner one it keeps).
                var inner = exception.InnerException;
                throw inner is TypeInitializationException { InnerException: { } cause } ? cause : inner;
            }
        }
    }
}
