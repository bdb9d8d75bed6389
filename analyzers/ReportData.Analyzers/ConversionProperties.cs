namespace ReportData.Analyzers;

/// <summary>
/// What an RD3002 hands its code fix: the diagnostic's id and the names of its properties (the two units and the exact
/// factor). One source compiled into both the analyzer and the code fix, so that neither reads the other's internals.
/// </summary>
internal static class ConversionProperties
{
    public const string DiagnosticId = "RD3002";

    public const string From = "From", To = "To", Numerator = "Numerator", Denominator = "Denominator";
}
