using System.Linq;
using NUnit.Framework;
using ReportData.Pictures;

namespace ReportData.Charts.Tests;

/// <summary>The pictures of docs/charts/ (tools/ReportData.Pictures): each draws, in Chinese where a font allows, with its bounds.</summary>
public class GalleryTests
{
    [Test]
    public void Every_picture_draws_with_Chinese_labels_and_the_series_with_their_bounds()
    {
        Cjk.RequireFont();
        foreach (var picture in Gallery.Pictures)
        {
            var chart = picture.Draw(new ChartOptions());
            Assert.That(chart.Language, Is.EqualTo(ChartLanguage.Chinese), picture.Name);
            Assert.That(Svg.Texts(chart.ToSvg()).Where(Cjk.HasCjk), Is.Not.Empty, picture.Name);
            if (!picture.Name.Contains("by-city"))
            {
                Assert.That(chart.TargetMarks, Is.Not.Empty, picture.Name);
            }
        }
    }
}
