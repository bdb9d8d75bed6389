using System;
using System.Collections.Generic;
using System.Linq;
using NUnit.Framework;
using ReportData.Storage;

namespace ReportData.Tests.Storage;

/// <summary>
/// The store behind a generated <c>ReportDataset</c>: one lookup contract (Find null, Get throws, TryFind),
/// all figures in report order, and lookups that decode only the report an id routes to.
/// </summary>
public class FigureStoreTests
{
    [Test]
    public void FindReturnsNullGetThrowsAndTryFindSaysWhichForAnUnknownId()
    {
        var store = new FigureStore(Partition("Testville", 2024, "Y2023.GdpBillion"));

        Assert.That(store.Find("Testville.Y2023.Missing"), Is.Null);
        Assert.That(() => store.Get("Testville.Y2023.Missing"), Throws.TypeOf<KeyNotFoundException>().With.Message.Contains("Testville.Y2023.Missing"));
        Assert.That(store.TryFind("Testville.Y2023.Missing", out var figure), Is.False);
        Assert.That(figure, Is.Null);
        Assert.That(() => store.Find(null!), Throws.ArgumentNullException);
        Assert.That(() => store.Get(null!), Throws.ArgumentNullException);
    }

    [Test]
    public void FindGetAndTryFindReturnTheInstanceOfFigures()
    {
        var store = new FigureStore(Partition("Testville", 2024, "Y2023.GdpBillion"), Partition("Otherville", 2024, "Y2023.GdpBillion"));
        var figure = store.Figures.Single(f => f.Id == "Otherville.Y2023.GdpBillion");

        Assert.That(store.Find(figure.Id), Is.SameAs(figure));
        Assert.That(store.Get(figure.Id), Is.SameAs(figure));
        Assert.That(store.TryFind(figure.Id, out var found) ? found : null, Is.SameAs(figure));
    }

    [Test]
    public void FiguresAndReportsComeInReportOrder()
    {
        var store = new FigureStore(Partition("Testville", 2024, "Y2023.A", "Y2024.Targets.B"), Partition("Otherville", 2023, "Y2022.C"));

        Assert.That(store.Figures.Select(f => f.Id), Is.EqualTo(new[] { "Testville.Y2023.A", "Testville.Y2024.Targets.B", "Otherville.Y2022.C" }));
        Assert.That(store.Reports.Select(r => r.City), Is.EqualTo(new[] { "Testville", "Otherville" }));
        Assert.That(store.Figures, Is.SameAs(store.Figures), "decoded once");
    }

    [Test]
    public void ALookupDecodesOnlyTheReportsItsIdRoutesTo()
    {
        var decoded = new List<string>();
        var store = new FigureStore(
            Partition("Testville", 2024, decoded, "Y2023.A"),
            Partition("Testville", 2025, decoded, "Y2024.B"),
            Partition("Otherville", 2024, decoded, "Y2023.A"));

        Assert.That(store.Get("Testville.Y2024.B").Key, Is.EqualTo("B"));
        Assert.That(store.Find("Nowhere.Y2024.B"), Is.Null);
        Assert.That(store.Find("Testville"), Is.Null);
        Assert.That(decoded, Is.EqualTo(new[] { "Testville 2025" }));
    }

    private static FigurePartition Partition(string city, int year, params string[] relativeIds) => Partition(city, year, new List<string>(), relativeIds);

    private static FigurePartition Partition(string city, int year, List<string> decoded, params string[] relativeIds)
    {
        var source = new ReportSource(city, city, year, null, city + ".txt", city + ".report.yaml", null, null, null, null, null);
        var prefixes = relativeIds.Select(id => city + "." + id.Split('.')[0]).Distinct().ToArray();
        return new FigurePartition(source, () =>
        {
            decoded.Add(city + " " + year);
            return relativeIds.Select(id => new Figure(
                city + "." + id, city, year, null, id.Split('.').Last(), FigureKind.Actual, 1, null, FigureUnit.None,
                "1", string.Empty, null, "label", "quote", source, false, TargetBound.None, false, null)).ToArray();
        }, prefixes);
    }
}
