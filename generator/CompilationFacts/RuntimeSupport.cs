namespace ReportData.Generator.CompilationFacts;

/// <summary>
/// What the consuming compilation already has of the types generated code needs, reduced to
/// flags so that the pipeline caches on them and never holds the <c>Compilation</c>.
/// Immutable and structurally equatable.
/// </summary>
/// <param name="HasRuntimeTypes">
/// <c>ReportData.Figure</c> is accessible: from the ReportData package, or declared in source (the
/// ReportData library itself). Otherwise the generator emits the runtime types, internal, into the compilation.
/// </param>
/// <param name="RuntimeTypesArePublic">
/// The accessible <c>ReportData.Figure</c> is public, so <c>ReportDataset</c>, whose members return it,
/// may be public too. False when the types are emitted (internal) or seen through InternalsVisibleTo.
/// </param>
/// <param name="HasIsExternalInit">C# records need <c>System.Runtime.CompilerServices.IsExternalInit</c> (absent on netstandard2.0 and .NET Framework).</param>
/// <param name="HasNotNullWhen"><c>ReportDataset.TryFind</c> uses <c>[NotNullWhen]</c> (absent on netstandard2.0 and .NET Framework).</param>
/// <param name="HasReadOnlySpan">
/// <c>System.ReadOnlySpan&lt;T&gt;</c> is there (netstandard2.0 has it only with System.Memory): the emitted copy of the
/// decoder may include its UTF-8 overload.
/// </param>
/// <param name="LayoutVersion">
/// <c>ReportData.Storage.FigureTable.LayoutVersion</c> of the ReportData the compilation has; 0 when it has ReportData
/// without it (a version before the layout), null when the generator emits its own copy.
/// </param>
internal sealed record RuntimeSupport(bool HasRuntimeTypes, bool RuntimeTypesArePublic, bool HasIsExternalInit, bool HasNotNullWhen, bool HasReadOnlySpan, int? LayoutVersion)
{
    /// <summary>
    /// <c>ReportData.FigureUnitAttribute</c> is there for the constants: in the referenced ReportData (a package
    /// before the units work lacks it) or in the copy the generator emits. Without it the constants go without it
    /// rather than fail to compile.
    /// </summary>
    public bool HasFigureUnitAttribute { get; init; } = true;

    /// <summary>
    /// <c>ReportData.FiguresInUnitAttribute</c> is there too (a package from before it has only <c>FigureUnitAttribute</c>),
    /// so that each class of constants can name its constants' units once.
    /// </summary>
    public bool HasFiguresInUnitAttribute { get; init; } = true;

    /// <summary>How the constants carry their unit: the cheapest way the compilation's types allow.</summary>
    public UnitMarking UnitMarking =>
        HasFiguresInUnitAttribute && HasFigureUnitAttribute ? UnitMarking.PerClass
        : HasFigureUnitAttribute ? UnitMarking.PerConstant
        : UnitMarking.None;

    /// <summary>The accessibility of the generated <c>ReportDataset</c> class.</summary>
    public string DatasetAccessibility => RuntimeTypesArePublic ? "public" : "internal";
}
