using System.IO;
using System.Linq;
using NUnit.Framework;
using ReportData.Pictures;

namespace ReportData.Charts.Tests;

/// <summary>The pictures of docs/charts/ (tools/ReportData.Pictures): each draws, in Chinese where a font allows, with its bounds.</summary>
public class GalleryTests
{
    [Test]
    public void EveryPictureDrawsWithChineseLabelsAndTheSeriesWithTheirBounds()
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

    [Test]
    public void TheCommittedPicturesAreThereAndShowWhatTheGalleryDrawsNow()
    {
        var font = Cjk.RequireFont();
        var root = Gallery.RepositoryRoot(TestContext.CurrentContext.TestDirectory);
        var folder = Path.Combine(root, "docs", "charts");
        foreach (var picture in Gallery.Pictures)
        {
            var png = Path.Combine(folder, picture.Name + ".png");
            var svg = Path.Combine(folder, picture.Name + ".svg");
            Assert.That(File.Exists(png) && File.Exists(svg), Is.True, picture.Name + ": run dotnet run --project tools/ReportData.Pictures -c Release");

            // The texts (labels, values, ticks), not the geometry: positions may move with a font's version, the data may not.
            var options = Gallery.Options();
            options.FontLookup = new FixedFontLookup(font);
            var drawn = picture.Draw(options);
            Assert.That(Svg.Texts(File.ReadAllText(svg)), Is.EquivalentTo(Svg.Texts(drawn.ToSvg())),
                picture.Name + " is stale: run dotnet run --project tools/ReportData.Pictures -c Release");
        }

        // The pictures the documents show are the ones drawn here.
        Assert.That(File.ReadAllText(Path.Combine(root, "README.md")), Does.Contain("](docs/charts/national-gdp-growth-targets.png)"));
        Assert.That(File.ReadAllText(Path.Combine(root, "docs", "library.md")), Does.Contain("](charts/quzhou-gdp-growth.png)"));
    }
}
