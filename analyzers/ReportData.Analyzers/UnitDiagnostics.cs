using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace ReportData.Analyzers;

/// <summary>
/// The unit analyzer's diagnostics. RD3xxx concern the user's own code (RD0xxx to RD2xxx the report YAML);
/// warnings by default, configurable like any diagnostic (<c>dotnet_diagnostic.RD3001.severity = error</c> in
/// .editorconfig). Each ID has a section in docs/diagnostics.md and a line in AnalyzerReleases.Unshipped.md.
/// </summary>
internal static class UnitDiagnostics
{
    public const string Category = "ReportData.Units";

    /// <summary>Property names a RD3002 diagnostic hands its code fix.</summary>
    public const string FromProperty = ConversionProperties.From, ToProperty = ConversionProperties.To,
        NumeratorProperty = ConversionProperties.Numerator, DenominatorProperty = ConversionProperties.Denominator;

    public static readonly DiagnosticDescriptor DifferentDimensions = new(
        "RD3001",
        "Figures of different dimensions combined",
        "'{0}' combines {1} ({2}) with {3} ({4}): values of different dimensions cannot be added, subtracted or compared",
        Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Adding, subtracting or comparing figures of different dimensions (yuan and percent, persons and counts) gives a number without meaning. Multiplying and dividing them is fine (shares, per-capita figures).");

    public static readonly DiagnosticDescriptor DifferentUnits = new(
        ConversionProperties.DiagnosticId,
        "Figures in different units of one dimension combined",
        "'{0}' combines {1} with {2}, two units of {3}: convert one into the other first",
        Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "The units convert exactly (亿元 and 元, 万亩 and 公顷), but the raw values differ by the factor; the code fix multiplies by it.");

    public static readonly ImmutableArray<DiagnosticDescriptor> All = ImmutableArray.Create(DifferentDimensions, DifferentUnits);
}
