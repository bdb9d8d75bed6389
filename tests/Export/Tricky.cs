namespace ReportData.Tests.Export;

/// <summary>A real figure with its text fields replaced by everything that needs escaping in CSV and JSON.</summary>
internal static class Tricky
{
    public const string Label = "生产总值, \"GDP\"";

    public const string Quote = "第一行，逗号,与\"引号\"\r\n第二行\n第三行\t<b>&'结束'";

    public static Figure Figure() => ReportDataset.Get("Quzhou.Y2023.GdpBillion") with
    {
        Id = "Test.Y2023.Tricky",
        Label = Label,
        Quote = Quote,
        Note = "\"",
        Horizon = ",",
    };
}
