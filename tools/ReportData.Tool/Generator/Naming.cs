namespace ReportData.Tool.Generator;

/// <summary>The generator's naming rules, for checking a --city before drafting with it.</summary>
internal static class Naming
{
    public static string? WhyNotCity(string city) =>
        ReportData.Generator.Parsing.Naming.WhyNotIdentifier(city) ?? ReportData.Generator.Parsing.Naming.WhyReservedCity(city);
}
