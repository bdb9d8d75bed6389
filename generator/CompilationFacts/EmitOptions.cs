namespace ReportData.Generator.CompilationFacts;

/// <summary>Generation options read from MSBuild properties. Immutable and structurally equatable.</summary>
/// <param name="Namespace">The namespace generated types go into.</param>
internal sealed record EmitOptions(string Namespace)
{
    /// <summary>
    /// True when the compilation can hold figure data as UTF-8 literals (C# 11 and <c>System.ReadOnlySpan&lt;T&gt;</c>):
    /// they stay out of the assembly's 16 MB user-string heap. Otherwise the data is kept in string literals.
    /// </summary>
    public bool Utf8Data { get; init; }

    /// <summary>
    /// How the constants carry their unit: by what the compilation has (<see cref="RuntimeSupport.UnitMarking"/>), so that a
    /// newer generator with an older ReportData package still compiles.
    /// </summary>
    public UnitMarking UnitMarking { get; init; } = UnitMarking.PerClass;

    /// <summary>How much XML documentation each figure's constant gets (<c>ReportDataConstantDocs</c>).</summary>
    public ConstantDocs ConstantDocs { get; init; }

    /// <summary>The value of <c>ReportDataConstantDocs</c> as given, when it is none of the allowed ones (reported as RD0011); otherwise null.</summary>
    public string? UnknownConstantDocs { get; init; }
}
