namespace ReportData.Tool.Generator;

/// <summary>The generator's naming rules, for checking a --city before drafting with it.</summary>
internal static class Naming
{
    public static string? WhyNotCity(string city) =>
        ReportData.Authoring.Model.Naming.WhyNotIdentifier(city) ?? ReportData.Authoring.Model.Naming.WhyReservedCity(city);
}
