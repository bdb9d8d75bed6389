using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using ReportData.Generator;

namespace ReportData.Testing;

/// <summary>
/// The one way tests, hardening and benchmarks drive <see cref="ReportGenerator"/> in memory: a
/// <see cref="CSharpGeneratorDriver"/> over given AdditionalFiles, with MSBuild properties as the compiler
/// hands them to generators (<c>build_property.*</c>).
/// </summary>
public static class GeneratorDriverFactory
{
    /// <summary>The namespace generated code goes into in tests and benchmarks, apart from the ReportData assembly's own dataset.</summary>
    public const string TestNamespace = "GeneratedData";

    /// <summary>
    /// A driver of the generator. <paramref name="buildProperties"/> null means <c>ReportDataNamespace</c> =
    /// <see cref="TestNamespace"/>; pass an empty dictionary for none.
    /// </summary>
    public static GeneratorDriver Create(
        IEnumerable<AdditionalText> files,
        CSharpParseOptions parseOptions,
        IReadOnlyDictionary<string, string>? buildProperties = null,
        bool trackSteps = false) =>
        CSharpGeneratorDriver.Create(
            new[] { new ReportGenerator().AsSourceGenerator() },
            files,
            parseOptions,
            new BuildProperties(buildProperties ?? new Dictionary<string, string> { ["ReportDataNamespace"] = TestNamespace }),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

    /// <summary>A driver for <paramref name="compilation"/>, with its parse options.</summary>
    public static GeneratorDriver Create(
        IEnumerable<AdditionalText> files,
        Compilation compilation,
        IReadOnlyDictionary<string, string>? buildProperties = null,
        bool trackSteps = false) =>
        Create(files, (CSharpParseOptions)compilation.SyntaxTrees.First().Options, buildProperties, trackSteps);
}

/// <summary>MSBuild properties as the compiler hands them to generators (build_property.*).</summary>
public sealed class BuildProperties : AnalyzerConfigOptionsProvider
{
    private readonly Options _global;

    public BuildProperties(IReadOnlyDictionary<string, string> buildProperties) =>
        _global = new Options(buildProperties.ToDictionary(pair => "build_property." + pair.Key, pair => pair.Value));

    public override AnalyzerConfigOptions GlobalOptions => _global;

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Options.Empty;

    private sealed class Options : AnalyzerConfigOptions
    {
        public static readonly Options Empty = new(new Dictionary<string, string>());

        private readonly Dictionary<string, string> _values;

        public Options(Dictionary<string, string> values) => _values = values;

        public override bool TryGetValue(string key, out string value) => _values.TryGetValue(key, out value!);
    }
}
