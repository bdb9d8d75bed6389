using System;
using System.IO;
using ReportData.Charts;

namespace ReportData.Pictures;

/// <summary>
/// Writes every picture of <see cref="Gallery"/> to docs/charts/ as PNG and SVG, and says which language and font
/// each was drawn with: without a CJK font (Debian: fonts-noto-cjk) the labels fall back to English keys.
/// Arguments: an output folder (default docs/charts/), <c>--english</c> for the English fallback.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        // --english draws the fallback a machine without a CJK font gets, to look at it.
        var english = Array.IndexOf(args, "--english") >= 0;
        var folderArgument = Array.Find(args, arg => !arg.StartsWith("--", StringComparison.Ordinal));
        var folder = folderArgument ?? Path.Combine(Gallery.RepositoryRoot(Directory.GetCurrentDirectory()), "docs", "charts");
        Directory.CreateDirectory(folder);
        var options = Gallery.Options(english ? ChartLanguage.English : ChartLanguage.Auto);
        foreach (var picture in Gallery.Pictures)
        {
            var chart = picture.Draw(options);
            var png = Path.Combine(folder, picture.Name + ".png");
            chart.SavePng(png);
            chart.SaveSvg(Path.Combine(folder, picture.Name + ".svg"));
            Console.WriteLine($"written  {png} (.svg too): {chart.Language} labels in {chart.FontName}, {chart.TargetMarks.Count} target marks");
        }

        return 0;
    }
}
