using System.Globalization;
using System.Linq;
using System.Threading;
using NUnit.Framework;

namespace ReportData.Charts.Tests;

public class AxisTests
{
    [Test]
    public void YearsRead2023WithNoSeparatorAndNoTicksBetweenYears()
    {
        var chart = FigureCharts.SeriesWithTargets(FigureIndex.Dataset, "Quzhou", "GdpGrowth", new ChartOptions { Language = ChartLanguage.English });
        var texts = Svg.Texts(chart.ToSvg());

        var ticks = chart.Plot.Axes.Bottom.TickGenerator.Ticks.Where(tick => tick.IsMajor).Select(tick => tick.Label).ToArray();
        Assert.That(ticks, Is.EqualTo(new[] { "2013", "2014", "2017", "2018", "2023", "2024" }));
        Assert.That(texts, Has.Member("2013").And.Member("2023").And.Member("2024"));
        Assert.That(texts, Has.None.Contains("2,0").And.None.Contains("2.0"));
    }

    [Test]
    public void ValueTicksAreCultureInvariant()
    {
        var culture = Thread.CurrentThread.CurrentCulture;
        try
        {
            // German writes 8,5 for 8.5 and 2.013 for 2013.
            Thread.CurrentThread.CurrentCulture = new CultureInfo("de-DE");
            var chart = FigureCharts.SeriesWithTargets(FigureIndex.Dataset, "Quzhou", "GdpGrowth", new ChartOptions { Language = ChartLanguage.English });
            var texts = Svg.Texts(chart.ToSvg());

            var numbers = texts.Where(text => text.Length > 0 && text.All(character => char.IsDigit(character) || character == '.' || character == ',')).ToArray();
            Assert.That(numbers, Has.Member("9.1").And.Member("7.3").And.Member("2013"));
            Assert.That(numbers.Count(number => number.Contains('.')), Is.GreaterThan(3), "decimal ticks and value labels");
            Assert.That(numbers, Has.None.Contains(",").And.None.EqualTo("2.013"));
        }
        finally
        {
            Thread.CurrentThread.CurrentCulture = culture;
        }
    }
}
