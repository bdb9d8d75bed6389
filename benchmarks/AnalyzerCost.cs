using System;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using ReportData.Analyzers;

namespace ReportData.Benchmarks;

/// <summary>
/// The unit analyzer's time on long sums: one method returning a sum of N billions-of-yuan constants plus a growth rate
/// at the end (one RD3001 on the last <c>+</c>, which the analyzer finds only if it follows the whole chain). Reports
/// the analyzer's own execution time as the compiler measures it (median of the runs) and the diagnostics it gave.
/// </summary>
public static class AnalyzerCost
{
    private static readonly string[] Levels =
    {
        "Quzhou.Y2023.GdpBillion", "Quzhou.Y2013.GdpBillion", "Jinhua.Y2017.GdpBillion", "Jinhua.Y2017.ExportsBillion",
    };

    public static int Run(int[] sizes, int runs)
    {
        var references = ReferenceAssemblies();

        // One untimed run first, so that the first size does not carry the analyzer's and the compiler's JIT.
        Measure(CSharpCompilation.Create("Warmup", new[] { CSharpSyntaxTree.ParseText(Source(100)) }, references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary)));
        Console.WriteLine("| terms | analyzer time (median of " + runs + ") | diagnostics |");
        Console.WriteLine("|------:|------:|------|");
        foreach (var terms in sizes)
        {
            var tree = CSharpSyntaxTree.ParseText(Source(terms), new CSharpParseOptions(LanguageVersion.Latest));
            var compilation = CSharpCompilation.Create("Sum" + terms, new[] { tree }, references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
            var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            if (errors.Count > 0)
            {
                throw new InvalidOperationException("The benchmark's source does not compile: " + errors[0]);
            }

            var times = new double[runs];
            var found = "";
            for (var run = 0; run < runs; run++)
            {
                (times[run], found) = Measure(compilation);
            }

            Array.Sort(times);
            Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "| {0} | {1:F1} ms | {2} |", terms + 1, times[runs / 2], found));
        }

        return 0;
    }

    /// <summary>The analyzer's execution time on <paramref name="compilation"/> in milliseconds, and its diagnostics by id.</summary>
    private static (double Milliseconds, string Diagnostics) Measure(Compilation compilation)
    {
        var options = new CompilationWithAnalyzersOptions(AnalyzerOptions(), onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: true);
        var analyzer = new UnitAnalyzer();
        var withAnalyzers = compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(analyzer), options);
        var diagnostics = withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None).GetAwaiter().GetResult();
        var telemetry = withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None).GetAwaiter().GetResult();
        var found = diagnostics.IsEmpty ? "none" : string.Join(", ", diagnostics.GroupBy(d => d.Id).Select(g => g.Count() + " " + g.Key));
        return (telemetry.ExecutionTime.TotalMilliseconds, found);
    }

    /// <summary>CI's smoke check: one small sum, analysed once; the mix at its end must be found.</summary>
    public static void Smoke()
    {
        var compilation = CSharpCompilation.Create("Smoke", new[] { CSharpSyntaxTree.ParseText(Source(14)) }, ReferenceAssemblies(), new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        if (Measure(compilation).Diagnostics != "1 RD3001")
        {
            throw new InvalidOperationException("The unit analyzer missed the growth rate at the end of a sum of 14 levels.");
        }
    }

    /// <summary>N levels of one unit, then a growth rate: <c>a + b + ... + GdpGrowthPercent</c>.</summary>
    private static string Source(int terms)
    {
        var sum = new StringBuilder();
        for (var i = 0; i < terms; i++)
        {
            sum.Append(Levels[i % Levels.Length]).Append(" + ");
        }

        sum.Append("Quzhou.Y2023.GdpGrowthPercent");
        return "using ReportData;\npublic static class LongSum\n{\n    public static double Total() => " + sum + ";\n}\n";
    }

    private static AnalyzerOptions AnalyzerOptions() => new(ImmutableArray<AdditionalText>.Empty);

    private static ImmutableArray<MetadataReference> ReferenceAssemblies()
    {
        var trusted = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        return trusted
            .Where(path => Path.GetFileName(path).StartsWith("System", StringComparison.Ordinal) || Path.GetFileName(path) is "netstandard.dll" or "mscorlib.dll")
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .Append(MetadataReference.CreateFromFile(typeof(Figure).Assembly.Location))
            .ToImmutableArray();
    }
}
