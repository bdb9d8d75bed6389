using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ReportData.Benchmarks;

/// <summary>
/// The peer of the generated dataset in the cold-start table: the same records as one plain
/// <c>public static readonly Figure[] Figures = { new Figure(...), ... }</c>, what a hand-written or naively
/// generated dataset would be, with a linear <c>Find</c> (what a plain array offers), compiled as its own assembly.
/// </summary>
public static class ColdStartPeer
{
    public const string ClassName = "PeerData.PlainFigures";

    /// <summary>Writes the peer's C# for <paramref name="figures"/>: one static field per report, then the array.</summary>
    public static void WriteSource(IReadOnlyList<Figure> figures, string path)
    {
        var sources = new Dictionary<ReportSource, string>();
        var text = new StringBuilder(figures.Count * 400);
        text.Append("#nullable enable\nnamespace PeerData\n{\n    public static class PlainFigures\n    {\n");
        foreach (var source in figures.Select(figure => figure.Source).Distinct())
        {
            var name = "Source" + sources.Count.ToString(CultureInfo.InvariantCulture);
            sources.Add(source, name);
            text.Append("        private static readonly global::ReportData.ReportSource ").Append(name).Append(" = new global::ReportData.ReportSource(")
                .Append(string.Join(", ", Str(source.Place), Str(source.PlaceName), "global::ReportData.PlaceLevel." + source.Level, Int(source.Year), Str(source.Title), Str(source.TextFile), Str(source.YamlFile),
                    Int(source.ReviewsYear), Int(source.TargetsYear), Str(source.Date), Str(source.Session), Str(source.Speaker), Str(source.Authority)))
                .Append(");\n");
        }

        text.Append("\n        public static readonly global::ReportData.Figure[] Figures = new global::ReportData.Figure[]\n        {\n");
        foreach (var f in figures)
        {
            text.Append("            new global::ReportData.Figure(")
                .Append(string.Join(", ", Str(f.Id), Str(f.Place), Int(f.Year), Str(f.Horizon), Str(f.Key), "global::ReportData.FigureKind." + f.Kind,
                    Double(f.Value), f.ValueHigh is { } high ? Double(high) : "null", "global::ReportData.FigureUnit." + f.Unit, Str(f.PrintedValue),
                    Str(f.PrintedUnit), Str(f.CorrectedUnit), Str(f.Label), Str(f.Quote), sources[f.Source], Bool(f.IsEstimate),
                    "global::ReportData.TargetBound." + f.Bound, Bool(f.IsDecline), Str(f.Note)))
                .Append("),\n");
        }

        text.Append("        };\n\n");
        text.Append("        public static global::ReportData.Figure? Find(string id)\n        {\n");
        text.Append("            foreach (var figure in Figures)\n            {\n                if (figure.Id == id)\n                {\n                    return figure;\n                }\n            }\n\n");
        text.Append("            return null;\n        }\n    }\n}\n");
        File.WriteAllText(path, text.ToString());
    }

    /// <summary>Compiles the peer source beside it (once); returns the assembly's path, or the reason it did not compile.</summary>
    public static (string? AssemblyPath, string? Failure, TimeSpan CompileTime) Compile(string sourcePath)
    {
        var assemblyPath = Path.ChangeExtension(sourcePath, ".dll");
        var failurePath = Path.ChangeExtension(sourcePath, ".failed.txt");
        var timePath = Path.ChangeExtension(sourcePath, ".seconds.txt");
        if (File.Exists(timePath))
        {
            var time = TimeSpan.FromSeconds(double.Parse(File.ReadAllText(timePath), CultureInfo.InvariantCulture));
            return File.Exists(failurePath) ? (null, File.ReadAllText(failurePath), time) : (assemblyPath, null, time);
        }

        var watch = System.Diagnostics.Stopwatch.StartNew();
        string? failure = null;
        try
        {
            var tree = CSharpSyntaxTree.ParseText(File.ReadAllText(sourcePath), GeneratorRunner.ParseOptions, path: sourcePath);
            var compilation = CSharpCompilation.Create(
                "PeerData",
                new[] { tree },
                GeneratorRunner.References,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, optimizationLevel: OptimizationLevel.Release, nullableContextOptions: NullableContextOptions.Enable));
            using var stream = File.Create(assemblyPath);
            var result = compilation.Emit(stream);
            if (!result.Success)
            {
                failure = string.Join("; ", result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(3));
            }
        }
        catch (Exception exception) when (exception is InsufficientExecutionStackException or OutOfMemoryException or InvalidOperationException)
        {
            failure = exception.GetType().Name + ": " + exception.Message;
        }

        File.WriteAllText(timePath, watch.Elapsed.TotalSeconds.ToString("R", CultureInfo.InvariantCulture));
        if (failure is not null)
        {
            File.WriteAllText(failurePath, failure);
            File.Delete(assemblyPath);
            return (null, failure, watch.Elapsed);
        }

        return (assemblyPath, null, watch.Elapsed);
    }

    private static string Str(string? value) => value is null ? "null" : SymbolDisplay.FormatLiteral(value, quote: true);

    private static string Int(int? value) => value is { } number ? number.ToString(CultureInfo.InvariantCulture) : "null";

    private static string Bool(bool value) => value ? "true" : "false";

    /// <summary>The shortest literal that reads back as the same double.</summary>
    private static string Double(double value)
    {
        var text = value.ToString("R", CultureInfo.InvariantCulture);
        return text.Contains('.', StringComparison.Ordinal) || text.Contains('E', StringComparison.Ordinal) ? text : text + "D";
    }
}
