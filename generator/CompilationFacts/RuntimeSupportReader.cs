using System.Linq;
using Microsoft.CodeAnalysis;
using ReportData.Authoring.Model;

namespace ReportData.Generator.CompilationFacts;

/// <summary>
/// Looks up, once per compilation, whether the types generated code refers to are already there.
/// Only accessible types count: an internal <c>ReportData.Figure</c> that another generator-only
/// library emitted is invisible here, and one that two references both declare is still found
/// (<c>GetTypeByMetadataName</c> alone would return null for it).
/// </summary>
internal static class RuntimeSupportReader
{
    public const string FigureMetadataName = "ReportData.Figure";
    public const string IsExternalInitMetadataName = "System.Runtime.CompilerServices.IsExternalInit";
    public const string NotNullWhenMetadataName = "System.Diagnostics.CodeAnalysis.NotNullWhenAttribute";
    public const string FigureTableMetadataName = "ReportData.Storage.FigureTable";
    public const string ReadOnlySpanMetadataName = "System.ReadOnlySpan`1";
    public const string FigureUnitAttributeMetadataName = "ReportData.FigureUnitAttribute";
    public const string FiguresInUnitAttributeMetadataName = "ReportData.FiguresInUnitAttribute";

    public static RuntimeSupport Read(Compilation compilation)
    {
        var figure = Accessible(compilation, FigureMetadataName);
        return new RuntimeSupport(
            HasRuntimeTypes: figure is not null,
            RuntimeTypesArePublic: figure?.DeclaredAccessibility == Accessibility.Public,
            HasIsExternalInit: Accessible(compilation, IsExternalInitMetadataName) is not null,
            HasNotNullWhen: Accessible(compilation, NotNullWhenMetadataName) is not null,
            HasReadOnlySpan: compilation.GetTypeByMetadataName(ReadOnlySpanMetadataName) is not null,
            LayoutVersion: figure is null ? null : LayoutVersionOf(Accessible(compilation, FigureTableMetadataName)))
        {
            // Without a ReportData the generator emits its own runtime types, the attribute among them.
            HasFigureUnitAttribute = figure is null || Accessible(compilation, FigureUnitAttributeMetadataName) is not null,
            HasFiguresInUnitAttribute = figure is null || Accessible(compilation, FiguresInUnitAttributeMetadataName) is not null,
        };
    }

    private static int LayoutVersionOf(INamedTypeSymbol? figureTable) =>
        figureTable?.GetMembers("LayoutVersion").OfType<IFieldSymbol>().FirstOrDefault()?.ConstantValue is int version ? version : 0;

    /// <summary>The compilation's own declaration first (source wins over references), else an accessible referenced one.</summary>
    private static INamedTypeSymbol? Accessible(Compilation compilation, string metadataName)
    {
        var candidates = compilation.GetTypesByMetadataName(metadataName);
        return candidates.FirstOrDefault(type => SymbolEqualityComparer.Default.Equals(type.ContainingAssembly, compilation.Assembly))
            ?? candidates.FirstOrDefault(type => compilation.IsSymbolAccessibleWithin(type, compilation.Assembly));
    }
}
