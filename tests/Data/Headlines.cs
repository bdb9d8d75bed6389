using NUnit.Framework;

namespace ReportData.Tests.Data;

/// <summary>Shared assertion for headline figures: value and bound read off the report text by hand.</summary>
internal static class Headlines
{
    public static void Check(string id, double expected, TargetBound bound = TargetBound.None)
    {
        var figure = ReportDataset.Get(id);
        Assert.Multiple(() =>
        {
            Assert.That(figure.Value, Is.EqualTo(expected).Within(1e-9), "value");
            Assert.That(figure.Bound, Is.EqualTo(bound), "bound");
            Assert.That(figure.Quote, Does.Contain(figure.PrintedValue), "the printed value stands in its quote");
            Assert.That(figure.Kind, Is.EqualTo(id.Contains(".Targets.") || id.Contains("Goals.") ? FigureKind.Target : FigureKind.Actual), "kind");
        });
    }
}
