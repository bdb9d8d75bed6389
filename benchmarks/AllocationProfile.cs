using System;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using ReportData.Authoring.Model;
using ReportData.Authoring.Planning;
using ReportData.Authoring.Validation;
using ReportData.Generator;
using ReportData.Generator.CompilationFacts;
using ReportData.Generator.Emitting;

namespace ReportData.Benchmarks;

/// <summary>
/// Where a full run's allocations go: the generator's stages called one by one on fresh texts (read the report
/// texts, parse, check provenance, plan, emit), then the compiler's parse of the emitted source, each with the
/// bytes allocated (all threads, precise), beside the YamlDotNet floor and a full driver run. Not a benchmark: a breakdown to
/// read beside table 1 (allocation counts do not depend on the machine's load).
/// </summary>
public static class AllocationProfile
{
    public static int Run(int figures)
    {
        var files = Datasets.Load(figures == 0 ? Datasets.SeedsDirectory : Datasets.Synthetic(figures));
        var compilation = GeneratorRunner.Compilation();
        GeneratorRunner.FullRun(files, compilation); // warm-up: JIT and the static tables
        Console.WriteLine(figures == 0 ? "seeds" : figures.ToString("N0", CultureInfo.InvariantCulture) + " figures");

        var fresh = files.Select(Datasets.Fresh).ToList();
        var floor = Measure(() => GeneratorRunner.ParseYamlOnly(files.OfType<MemoryText>().Where(file => ReportValidator.IsReportFile(file.Path))));
        var full = Measure(() => GeneratorRunner.FullRun(files, compilation));

        var start = GC.GetTotalAllocatedBytes(precise: true);
        var mark = start;
        long Step()
        {
            var now = GC.GetTotalAllocatedBytes(precise: true);
            var bytes = now - mark;
            mark = now;
            return bytes;
        }

        var texts = fresh.Where(file => ReportValidator.IsReportText(file.Path)).Select(file => ReportValidator.ReadText(file, CancellationToken.None)).ToImmutableArray();
        var readTexts = Step();
        var parsed = fresh.Where(file => ReportValidator.IsReportFile(file.Path)).Select(file => ReportValidator.Parse(file, CancellationToken.None)).ToList();
        var parse = Step();
        var checkedFiles = parsed.Select(file => ReportValidator.Check(file, texts)).ToImmutableArray();
        var check = Step();
        var plan = DatasetPlanner.Plan(checkedFiles);
        var planning = Step();
        var options = new EmitOptions("GeneratedData") { Utf8Data = true };
        var sources = checkedFiles.Where(file => file.Report is not null)
            .Select(file => ReportEmitter.Emit(new ReportEmitModel(file.Report!, plan.Plan.Reports.First(assignment => assignment.FilePath == file.FilePath), options)))
            .ToList();
        var emitReports = Step();
        sources.Add(Microsoft.CodeAnalysis.Text.SourceText.From(DatasetIndexEmitter.Emit(new IndexEmitModel(plan.Plan, options, new RuntimeSupport(true, true, true, true, true, FigureTable.LayoutVersion))), System.Text.Encoding.UTF8));
        var emitIndex = Step();
        var trees = sources.Select(source => CSharpSyntaxTree.ParseText(source, GeneratorRunner.ParseOptions)).ToList();
        foreach (var tree in trees)
        {
            tree.GetRoot(); // parsed lazily otherwise
        }

        var compilerParse = Step();
        var stages = mark - start;

        Print("YamlDotNet floor", floor, floor);
        Print("full driver run", full, floor);
        Print("  read report texts", readTexts, floor);
        Print("  parse", parse, floor);
        Print("  check provenance", check, floor);
        Print("  plan", planning, floor);
        Print("  emit the reports (" + Kilo(sources.Take(sources.Count - 1).Sum(source => (long)source.Length)) + " K chars)", emitReports, floor);
        Print("  emit the index (" + Kilo(sources[sources.Count - 1].Length) + " K chars)", emitIndex, floor);
        Print("  compiler parses the emitted source", compilerParse, floor);
        Print("  stages together", stages, floor);
        GC.KeepAlive(trees);
        return 0;
    }

    private static string Kilo(long characters) => (characters / 1024).ToString("N0", CultureInfo.InvariantCulture);

    private static long Measure(Action action)
    {
        var before = GC.GetTotalAllocatedBytes(precise: true);
        action();
        return GC.GetTotalAllocatedBytes(precise: true) - before;
    }

    private static long Measure<T>(Func<T> action) => Measure(() => { action(); });

    private static void Print(string step, long bytes, long floor) =>
        Console.WriteLine($"  {step,-44} {bytes / 1048576.0,10:F2} MB  {bytes / (double)floor,6:F2}× the floor");
}
