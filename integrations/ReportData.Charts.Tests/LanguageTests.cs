using System.Linq;
using NUnit.Framework;

namespace ReportData.Charts.Tests;

/// <summary>Chinese labels need a font that draws them; without one a chart falls back to English keys, never to empty boxes.</summary>
public class LanguageTests
{
    [Test]
    public void WithoutACJKFontTheChartDrawsEnglishKeys()
    {
        var lookup = new FixedFontLookup(null);
        var chart = FigureCharts.SeriesWithTargets(FigureIndex.Dataset, "Quzhou", "GdpGrowth", new ChartOptions { FontLookup = lookup });

        Assert.That(chart.Language, Is.EqualTo(ChartLanguage.English));
        var texts = Svg.Texts(chart.ToSvg());
        Assert.That(texts, Has.Some.Contains("Quzhou").And.Some.Contains("GdpGrowth"));
        Assert.That(texts, Has.Member("Actual").And.Member("Year"));
        Assert.That(texts.Where(Cjk.HasCjk), Is.Empty, "no Chinese character may be drawn without a font for it");
    }

    [Test]
    public void TheLookupIsAskedForEveryChineseLabelTheChartWouldDraw()
    {
        var lookup = new FixedFontLookup(null);
        FigureCharts.AcrossCities(FigureIndex.Dataset, 2017, "GdpGrowth", new ChartOptions { FontLookup = lookup });

        Assert.That(lookup.Asked, Has.Count.EqualTo(1));
        Assert.That(lookup.Asked[0], Does.Contain("金华").And.Contain("衢州").And.Contain("地区生产总值增长").And.Contain("城市"));
    }

    [Test]
    public void WithACJKFontTheSVGCarriesTheLabelsAsPrinted()
    {
        var font = Cjk.RequireFont();
        var chart = FigureCharts.SeriesWithTargets(FigureIndex.Dataset, "Quzhou", "GdpGrowth", new ChartOptions { FontLookup = new FixedFontLookup(font) });

        Assert.That(chart.Language, Is.EqualTo(ChartLanguage.Chinese));
        Assert.That(chart.FontName, Is.EqualTo(font));
        var svg = chart.ToSvg();
        var texts = Svg.Texts(svg);
        // The 2024 report's label (the latest), the city as printed, the legend, the target wording.
        Assert.That(texts, Has.Some.Contains("衢州 全市生产总值增长"));
        Assert.That(texts, Has.Member("实际").And.Member("年份").And.Member("7左右"));
        Assert.That(svg, Does.Contain("font-family=\"" + font + "\""));
        Assert.That(texts.Where(text => text.Contains("GdpGrowth")), Is.Empty);
    }

    [Test]
    public void SVGTextHasIdeographsNotTheRadicalsThatShareTheirGlyphs()
    {
        var font = Cjk.RequireFont();
        var chart = FigureCharts.SeriesWithTargets(FigureIndex.Dataset, "Quzhou", "GdpGrowth", new ChartOptions { FontLookup = new FixedFontLookup(font) });

        // Skia writes 生 as U+2F63 (KANGXI RADICAL LIFE) and 长 as U+2EE5 with Noto Sans CJK; the chart writes them back.
        var svg = chart.ToSvg();
        Assert.That(svg, Does.Contain("生产总值增长").And.Contain("目标"));
        Assert.That(svg.Where(character => (character >= 0x2E80 && character <= 0x2FDF) || (character >= 0xF900 && character <= 0xFAFF)), Is.Empty);
    }

    [Test]
    public void TheSystemLookupPrefersSimplifiedChineseAndFindsNothingForAnUnknownFamilyFirst()
    {
        Cjk.RequireFont();
        var font = new SystemFontLookup("No Such Font Family").FindFontFor("衢州");

        Assert.That(font, Is.Not.Null.And.Not.EqualTo("No Such Font Family"));
        Assert.That(SystemFontLookup.PreferredFamilies.Take(1), Is.EqualTo(new[] { "Noto Sans CJK SC" }));
    }

    [Test]
    public void EnglishCanBeAskedForWhateverTheFonts()
    {
        var lookup = new FixedFontLookup("Noto Sans CJK SC");
        var chart = FigureCharts.AcrossCities(FigureIndex.Dataset, 2017, "GdpGrowth", new ChartOptions { Language = ChartLanguage.English, FontLookup = lookup });

        Assert.That(chart.Language, Is.EqualTo(ChartLanguage.English));
        Assert.That(lookup.Asked, Is.Empty);
        Assert.That(Svg.Texts(chart.ToSvg()), Has.Member("Jinhua").And.Member("Quzhou"));
    }
}
