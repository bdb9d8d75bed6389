using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ScottPlot;
using ScottPlot.TickGenerators;

namespace ReportData.Charts;

/// <summary>
/// What the three charts share: the language and font decided once from every caption of the chart, culture-invariant
/// ticks (years as 2023, never 2,023), the colours, and the target marks.
/// </summary>
internal sealed class ChartCanvas
{
    internal static readonly Color ActualColor = Color.FromHex("#1f77b4");
    internal static readonly Color TargetColor = Color.FromHex("#e07b00");
    internal static readonly Color MetColor = Color.FromHex("#2ca02c");
    internal static readonly Color MissedColor = Color.FromHex("#d62728");

    private readonly ChartOptions options;
    private readonly List<TargetMark> marks = new();
    private readonly HashSet<string> legendsShown = new();

    private ChartCanvas(ChartOptions options, ChartLanguage language, string fontName)
    {
        this.options = options;
        Language = language;
        FontName = fontName;
        Plot = new Plot();
        Plot.Font.Set(fontName);
        Plot.Axes.Left.TickGenerator = new NumericAutomatic { LabelFormatter = FormatNumber };
        Plot.Axes.Bottom.TickGenerator = new NumericAutomatic { LabelFormatter = FormatNumber };
    }

    public Plot Plot { get; }

    public ChartLanguage Language { get; }

    public string FontName { get; }

    public AboutTolerance AboutTolerance => options.AboutTolerance;

    public IReadOnlyList<TargetMark> TargetMarksSoFar => marks;

    /// <summary>
    /// Chinese when asked for or when <see cref="ChartOptions.Language"/> is Auto and the font lookup finds a font for
    /// every Chinese caption; English otherwise (with ScottPlot's default font), so that no label is drawn as boxes.
    /// </summary>
    public static ChartCanvas Create(ChartOptions? options, IEnumerable<Caption> captions)
    {
        options ??= ChartOptions.Default;
        if (options.Language == ChartLanguage.English)
        {
            return new ChartCanvas(options, ChartLanguage.English, LatinSans.Value);
        }

        var chinese = string.Concat(captions.Select(caption => caption.Chinese).Distinct());
        var font = options.FontLookup.FindFontFor(chinese);
        if (font is not null)
        {
            return new ChartCanvas(options, ChartLanguage.Chinese, font);
        }

        return options.Language == ChartLanguage.Chinese
            ? new ChartCanvas(options, ChartLanguage.Chinese, Fonts.Detect(chinese))
            : new ChartCanvas(options, ChartLanguage.English, LatinSans.Value);
    }

    public string Text(Caption caption) => caption.In(Language);

    /// <summary>One labelled tick per year, nothing between: a year axis never reads 2,013 or 2013.5.</summary>
    public void YearTicks(IEnumerable<int> years)
    {
        var ticks = new NumericManual();
        foreach (var year in years.Distinct().OrderBy(year => year))
        {
            ticks.AddMajor(year, year.ToString(CultureInfo.InvariantCulture));
        }

        Plot.Axes.Bottom.TickGenerator = ticks;
    }

    /// <summary>Labelled ticks at 0, 1, 2 ... on the category axis (the bottom one, or the left one for horizontal bars).</summary>
    public void CategoryTicks(IReadOnlyList<string> labels, bool onLeftAxis)
    {
        var ticks = new NumericManual();
        for (var i = 0; i < labels.Count; i++)
        {
            ticks.AddMajor(i, labels[i]);
        }

        if (onLeftAxis)
        {
            Plot.Axes.Left.TickGenerator = ticks;
        }
        else
        {
            Plot.Axes.Bottom.TickGenerator = ticks;
        }
    }

    /// <summary>
    /// Draws a target's bound at <paramref name="position"/> on the category or year axis, <paramref name="halfWidth"/> either
    /// side: a floor or ceiling as a thick line with a triangle pointing where the actual should be, a band as a shaded
    /// rectangle with the target value as a dashed line, a point as a diamond. <paramref name="horizontal"/> swaps the axes.
    /// </summary>
    public TargetMark DrawTarget(Figure target, double position, double halfWidth, bool horizontal)
    {
        var mark = TargetMark.Of(target, options.AboutTolerance);
        marks.Add(mark);
        var legendText = Text(TargetLegend(mark));
        var legend = legendsShown.Add(legendText) ? legendText : null;
        Coordinates At(double along, double value) => horizontal ? new Coordinates(value, along) : new Coordinates(along, value);

        switch (mark.Shape)
        {
            case TargetMarkShape.Band:
                var rectangle = Plot.Add.Rectangle(horizontal
                    ? new CoordinateRect(mark.Low, mark.High, position - halfWidth, position + halfWidth)
                    : new CoordinateRect(position - halfWidth, position + halfWidth, mark.Low, mark.High));
                rectangle.FillColor = TargetColor.WithAlpha(0.25);
                rectangle.LineColor = TargetColor;
                rectangle.LineWidth = 1;
                rectangle.LegendText = legend ?? string.Empty;
                var centre = Plot.Add.Line(At(position - halfWidth, target.Value), At(position + halfWidth, target.Value));
                centre.Color = TargetColor;
                centre.LineWidth = 1.5f;
                centre.LinePattern = LinePattern.Dashed;
                centre.MarkerSize = 0;
                break;
            case TargetMarkShape.Floor:
            case TargetMarkShape.Ceiling:
                var line = Plot.Add.Line(At(position - halfWidth, mark.Low), At(position + halfWidth, mark.Low));
                line.Color = TargetColor;
                line.LineWidth = 3;
                line.MarkerSize = 0;
                line.LegendText = legend ?? string.Empty;
                if (!horizontal)
                {
                    // The triangle points where the actual should be: up from a floor, down from a ceiling.
                    var arrow = Plot.Add.Marker(At(position, mark.Low), mark.Shape == TargetMarkShape.Floor ? MarkerShape.FilledTriangleUp : MarkerShape.FilledTriangleDown, 11, TargetColor);
                    arrow.LegendText = string.Empty;
                }
                break;
            default:
                var point = Plot.Add.Marker(At(position, mark.Low), MarkerShape.FilledDiamond, 11, TargetColor);
                point.LegendText = legend ?? string.Empty;
                break;
        }

        return mark;
    }

    /// <summary>
    /// The actuals of a series as a line by year, each point labelled with its value (above or below the point as
    /// <paramref name="labelAlignment"/> and <paramref name="labelOffsetY"/> say).
    /// </summary>
    public void ActualLine(IReadOnlyList<Figure> actuals, Caption legend, float markerSize, Alignment labelAlignment, float labelOffsetY)
    {
        var line = Plot.Add.Scatter(actuals.Select(f => (double)f.Year!.Value).ToArray(), actuals.Select(f => f.Value).ToArray(), ActualColor);
        line.LineWidth = 2;
        line.MarkerSize = markerSize;
        line.LegendText = Text(legend);
        foreach (var actual in actuals)
        {
            ValueLabel(actual.Year!.Value, actual.Value, UnitCaptions.Number(actual.Value), labelAlignment, offsetY: labelOffsetY);
        }
    }

    /// <summary>Actuals judged against their targets as large points, green where met and red where missed, under one legend entry.</summary>
    public void JudgedPoints(double[] xs, double[] ys, bool isMet, Caption legend)
    {
        var points = Plot.Add.Scatter(xs, ys, isMet ? MetColor : MissedColor);
        points.LineWidth = 0;
        points.MarkerSize = 12;
        points.LegendText = Text(legend);
    }

    /// <summary>A value label beside a point or bar, in the chart's font.</summary>
    public void ValueLabel(double x, double y, string text, Alignment alignment, float offsetX = 0, float offsetY = 0)
    {
        var label = Plot.Add.Text(text, x, y);
        label.LabelFontName = FontName;
        label.LabelFontSize = 12;
        label.LabelFontColor = Colors.Black.WithAlpha(0.8);
        label.Alignment = alignment;
        label.OffsetX = offsetX;
        label.OffsetY = offsetY;
    }

    public FigureChart Finish(Caption title, Caption xLabel, Caption yLabel)
    {
        Plot.Title(Text(title), 15);
        Plot.XLabel(Text(xLabel), 13);
        Plot.YLabel(Text(yLabel), 13);
        Plot.Font.Set(FontName);
        if (Plot.GetPlottables().SelectMany(plottable => plottable.LegendItems).Any(item => !string.IsNullOrEmpty(item.LabelText)))
        {
            Plot.ShowLegend(Alignment.UpperRight);
            Plot.Legend.FontName = FontName;
            Plot.Legend.FontSize = 13;
            Plot.Legend.SetBestFontOnEachRender = false;
            if (Language == ChartLanguage.Chinese)
            {
                Plot.Legend.Layout = new CjkLegendLayout(Plot.Legend.Layout);
            }
        }

        if (Language == ChartLanguage.Chinese)
        {
            // The same metrics put the bottom tick labels onto the axis line with a CJK font, as they put the legend's (see CjkLegendLayout).
            Plot.Axes.Bottom.TickLabelStyle.OffsetY = 4;
        }

        return new FigureChart(Plot, Language, FontName, marks.ToArray(), options.Width, options.Height);
    }

    /// <summary>The legend of a mark: a band says whether it is 左右 with its tolerance or a printed range.</summary>
    public Caption TargetLegend(TargetMark mark) => TargetLegend(mark.Shape, mark.Target.Bound == TargetBound.About, options.AboutTolerance);

    /// <summary>The captions <see cref="DrawTarget"/> may draw, for the font decision.</summary>
    public static IEnumerable<Caption> TargetLegends(ChartOptions? options)
    {
        var tolerance = (options ?? ChartOptions.Default).AboutTolerance;
        return new[]
        {
            TargetLegend(TargetMarkShape.Floor, false, tolerance), TargetLegend(TargetMarkShape.Ceiling, false, tolerance),
            TargetLegend(TargetMarkShape.Band, true, tolerance), TargetLegend(TargetMarkShape.Band, false, tolerance),
            TargetLegend(TargetMarkShape.Point, false, tolerance),
        }.Concat(new[] { TargetBound.About, TargetBound.AtLeast, TargetBound.Exceeds, TargetBound.AtMost, TargetBound.Below }.Select(bound => TargetValue(bound, 0)));
    }

    /// <summary>A target's value with its wording: 7左右, 10以上, 超过10, 5以内, 低于25; in English ≈7, ≥10, &gt;10, ≤5, &lt;25.</summary>
    public static Caption TargetValue(TargetBound bound, double value)
    {
        var number = UnitCaptions.Number(value);
        return bound switch
        {
            TargetBound.About => new Caption(number + "左右", "≈" + number),
            TargetBound.AtLeast => new Caption(number + "以上", "≥" + number),
            TargetBound.Exceeds => new Caption("超过" + number, ">" + number),
            TargetBound.AtMost => new Caption(number + "以内", "≤" + number),
            TargetBound.Below => new Caption("低于" + number, "<" + number),
            _ => Caption.Both(number),
        };
    }

    private static Caption TargetLegend(TargetMarkShape shape, bool isAbout, AboutTolerance tolerance) => shape switch
    {
        TargetMarkShape.Floor => new Caption("目标下限（以上）", "Target floor (at least)"),
        TargetMarkShape.Ceiling => new Caption("目标上限（以内）", "Target ceiling (at most)"),
        TargetMarkShape.Band when isAbout => new Caption("目标（左右，" + tolerance + "）", "Target, about (" + tolerance + ")"),
        TargetMarkShape.Band => new Caption("目标区间", "Target range"),
        _ => new Caption("目标（达到）", "Target (reach)"),
    };

    /// <summary>A sans-serif font for English charts: ScottPlot's own choice on Linux can be a serif face.</summary>
    private static readonly Lazy<string> LatinSans = new(() =>
        new[] { "DejaVu Sans", "Liberation Sans", "Arial", "Helvetica", "Segoe UI", "Noto Sans" }.FirstOrDefault(family =>
            string.Equals(Fonts.GetTypeface(family, bold: false, italic: false)?.FamilyName, family, StringComparison.OrdinalIgnoreCase))
        ?? Fonts.Default);

    private static string FormatNumber(double value) => value.ToString("#,0.###", CultureInfo.InvariantCulture);
}
