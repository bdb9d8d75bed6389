using System;
using System.Collections.Generic;
using System.Linq;
using NUnit.Framework;
using ReportData.Storage;

// These tests exercise the storage layout itself, which is obsolete only to keep it out of user code.
#pragma warning disable CS0618

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

    [Test]
    public void TheReportTableGivesEachReportItsSourceAndPrefixesWithoutCallingAnyDecoder()
    {
        // Texts: 1 Testville, 2 测试市, 3 t.txt, 4 t.report.yaml, 5 Testville.Y2023, 6 Testville.Y2024, 7 Otherville, 8 o.txt, 9 o.report.yaml, 10 a title, 11 Otherville.Y2022, 12 国务院.
        var texts = new[] { "Testville", "测试市", "t.txt", "t.report.yaml", "Testville.Y2023", "Testville.Y2024", "Otherville", "o.txt", "o.report.yaml", "a title", "Otherville.Y2022", "国务院" };
        var ends = texts.Select((text, i) => texts.Take(i + 1).Sum(t => t.Length)).ToArray();
        var reports = new[]
        {
            1, 2, 3, 2024, 0, 3, 4, 2023, 2024, 0, 0, 0, 0, 2, 5, 6,
            7, 7, 1, 2023, 10, 8, 9, 0, 0, 0, 0, 1, 12, 1, 11,
        };
        var decoded = new List<ReportSource>();
        Figure[] Decoder(ReportSource source, string relativeId)
        {
            decoded.Add(source);
            return new[]
            {
                new Figure(source.City + "." + relativeId, source.City, source.Year - 1, null, "Gdp", FigureKind.Actual, 1, null, FigureUnit.None,
                    "1", string.Empty, null, "label", "quote", source, false, TargetBound.None, false, null),
            };
        }

        var store = new FigureStore(string.Concat(texts), ends, reports, source => Decoder(source, "Y2023.Gdp"), source => Decoder(source, "Y2022.Gdp"));

        Assert.That(store.Reports, Is.EqualTo(new[]
        {
            new ReportSource("Testville", "测试市", PlaceLevel.City, 2024, null, "t.txt", "t.report.yaml", 2023, 2024, null, null, null),
            new ReportSource("Otherville", "Otherville", PlaceLevel.National, 2023, "a title", "o.txt", "o.report.yaml", null, null, null, null, "Testville", "国务院"),
        }));
        Assert.That(decoded, Is.Empty, "the reports are read from the table alone");
        Assert.That(store.Get("Otherville.Y2022.Gdp").Source, Is.SameAs(store.Reports[1]));
        Assert.That(decoded, Is.EqualTo(new[] { store.Reports[1] }), "a lookup calls the decoder of the report its prefix routes to, with that report's source");
        Assert.That(store.Find("Testville.Y2024.Gdp"), Is.Null);
        Assert.That(store.Figures.Select(figure => figure.Id), Is.EqualTo(new[] { "Testville.Y2023.Gdp", "Otherville.Y2022.Gdp" }));
    }

    [Test]
    public void AReportTableThatDoesNotMatchItsDecodersIsMalformed()
    {
        var reports = new[] { 1, 1, 3, 2024, 0, 1, 1, 0, 0, 0, 0, 0, 0, 1, 1 };

        Assert.That(() => new FigureStore("Testville", new[] { 9 }, reports), Throws.TypeOf<FormatException>(), "a report the decoders lack");
        Assert.That(() => new FigureStore("Testville", new[] { 9 }, reports.Take(14).ToArray(), _ => Array.Empty<Figure>()), Throws.TypeOf<FormatException>(), "a report cut short");
        Assert.That(new FigureStore("Testville", new[] { 9 }, reports, _ => Array.Empty<Figure>()).Reports.Single().Place, Is.EqualTo("Testville"));
    }

    private static FigurePartition Partition(string city, int year, params string[] relativeIds) => Partition(city, year, new List<string>(), relativeIds);

    private static FigurePartition Partition(string city, int year, List<string> decoded, params string[] relativeIds)
    {
        var source = new ReportSource(city, city, PlaceLevel.City, year, null, city + ".txt", city + ".report.yaml", null, null, null, null, null);
        var prefixes = relativeIds.Select(id => city + "." + id.Split('.')[0]).Distinct().ToArray();
        return new FigurePartition(source, decodedSource =>
        {
            Assert.That(decodedSource, Is.SameAs(source));
            decoded.Add(city + " " + year);
            return relativeIds.Select(id => new Figure(
                city + "." + id, city, year, null, id.Split('.').Last(), FigureKind.Actual, 1, null, FigureUnit.None,
                "1", string.Empty, null, "label", "quote", source, false, TargetBound.None, false, null)).ToArray();
        }, prefixes);
    }
}
