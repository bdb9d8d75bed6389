using ScottPlot;

namespace ReportData.Charts;

/// <summary>
/// ScottPlot 5.1 places legend text by metrics that put CJK glyphs too high: the first row is cut at the top and
/// every label sits above its symbol. This wraps the legend's layout and moves the labels down
/// by a fraction of the font size, measured by eye on Noto Sans CJK SC.
/// </summary>
internal sealed class CjkLegendLayout : ILegendLayout
{
    private const float ShiftPerPoint = 0.45f;

    private readonly ILegendLayout inner;

    public CjkLegendLayout(ILegendLayout inner) => this.inner = inner;

    public LegendLayout GetLayout(Legend legend, LegendItem[] items, PixelSize maxSize, Paint paint)
    {
        var layout = inner.GetLayout(legend, items, maxSize, paint);
        foreach (var item in layout.LegendItems)
        {
            item.LabelOffsetY = ShiftPerPoint * (legend.FontSize ?? item.LabelFontSize);
        }

        return layout;
    }
}
