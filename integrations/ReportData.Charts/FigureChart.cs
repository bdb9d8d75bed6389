using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using ScottPlot;

namespace ReportData.Charts;

/// <summary>
/// A chart of figures: the ScottPlot <see cref="Plot"/> (style it further if you like), the language and font it
/// was drawn with, and the target bounds it shows. Save it as PNG or SVG.
/// </summary>
public sealed class FigureChart
{
    internal FigureChart(Plot plot, ChartLanguage language, string fontName, IReadOnlyList<TargetMark> targetMarks, int width, int height)
    {
        Plot = plot;
        Language = language;
        FontName = fontName;
        TargetMarks = targetMarks;
        Width = width;
        Height = height;
    }

    /// <summary>The ScottPlot plot.</summary>
    public Plot Plot { get; }

    /// <summary>The labels drawn: <see cref="ChartLanguage.Chinese"/> or <see cref="ChartLanguage.English"/>, never Auto.</summary>
    public ChartLanguage Language { get; }

    /// <summary>The font family every text of the chart uses.</summary>
    public string FontName { get; }

    /// <summary>The targets drawn and where their bounds are, in the order drawn.</summary>
    public IReadOnlyList<TargetMark> TargetMarks { get; }

    /// <summary>Picture width in pixels (from <see cref="ChartOptions.Width"/>).</summary>
    public int Width { get; }

    /// <summary>Picture height in pixels (from <see cref="ChartOptions.Height"/>).</summary>
    public int Height { get; }

    /// <summary>Writes the chart as a PNG file.</summary>
    public void SavePng(string path) => Plot.SavePng(path ?? throw new ArgumentNullException(nameof(path)), Width, Height);

    /// <summary>Writes the chart as an SVG file, UTF-8 (texts as SVG text in <see cref="FontName"/>; see <see cref="ToSvg"/>).</summary>
    public void SaveSvg(string path) => File.WriteAllText(path ?? throw new ArgumentNullException(nameof(path)), ToSvg(), new UTF8Encoding(false));

    /// <summary>The chart as PNG bytes.</summary>
    public byte[] ToPng() => Plot.GetImageBytes(Width, Height, ImageFormat.Png);

    /// <summary>
    /// The chart as an SVG document. Its texts are SVG text, so labels can be searched and copied: Chinese labels read
    /// as printed (radicals that share an ideograph's glyph are written as the ideograph).
    /// </summary>
    public string ToSvg() => SvgIdeographs.Restore(Plot.GetSvgXml(Width, Height), FontName);
}
