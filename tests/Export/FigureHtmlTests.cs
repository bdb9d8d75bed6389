using System;
using System.Linq;
using System.Text.RegularExpressions;
using NUnit.Framework;

namespace ReportData.Tests.Export;

/// <summary>The HTML table notebooks show (the kernel test in integrations/ReportData.Notebooks.Tests shows it in one).</summary>
public class FigureHtmlTests
{
    [Test]
    public void EveryMarkupCharacterOfTheTextIsAnEntity()
    {
        var html = FigureHtml.Table(new[] { Tricky.Figure() });

        Assert.That(html, Does.Contain("<td>生产总值, &quot;GDP&quot;</td>"));
        Assert.That(html, Does.Contain("<td>第一行，逗号,与&quot;引号&quot;\r\n第二行\n第三行\t&lt;b&gt;&amp;&#39;结束&#39;</td>"));
        Assert.That(html, Does.Not.Contain("<b>"));
    }

    [Test]
    public void ARangeShowsBothEndsAndAMisprintedUnitItsReading()
    {
        var figure = ReportDataset.Get("Quzhou.Y2023.GdpBillion") with { Value = 1, ValueHigh = 2.5, CorrectedUnit = "万元" };

        var cells = Regex.Matches(FigureHtml.Table(new[] { figure }), "<td>(.*?)</td>").Select(m => m.Groups[1].Value).ToArray();

        Assert.That(cells[2], Is.EqualTo("1–2.5"));
        Assert.That(cells[4], Is.EqualTo("2125.2亿元 (read as 万元)"));
    }

    [Test]
    public void APlaceShowsItsLevelAndAQualifiedNumberItsBound()
    {
        // national-2024.txt: "国内生产总值超过126万亿元".
        var gdp = ReportDataset.Get("Quzhou.Y2023.GdpBillion");
        var national = gdp with
        {
            Place = "China", Value = 126000, Bound = TargetBound.Exceeds,
            Source = gdp.Source with { Place = "China", PlaceName = "中国", Level = PlaceLevel.National },
        };

        var cells = Regex.Matches(FigureHtml.Table(new[] { national }), "<td>(.*?)</td>").Select(m => m.Groups[1].Value).ToArray();

        Assert.That(cells[1], Is.EqualTo("中国 (National)"));
        Assert.That(cells[2], Is.EqualTo("126000 (Exceeds)"));
    }

    [Test]
    public void AnEmptyListIsATableWithItsHeaderOnly()
    {
        Assert.That(
            FigureHtml.Table(Array.Empty<Figure>()),
            Is.EqualTo("<table class=\"reportdata-figures\"><thead><tr><th>id</th><th>place</th><th>value</th><th>unit</th><th>printed</th><th>label</th><th>quote</th><th>source</th></tr></thead><tbody></tbody></table>"));
    }

    [Test]
    public void NullFiguresAreRejected()
    {
        Assert.Throws<ArgumentNullException>(() => FigureHtml.Table(null!));
        Assert.Throws<ArgumentNullException>(() => FigureHtml.Table(new Figure[] { null! }));
    }
}
