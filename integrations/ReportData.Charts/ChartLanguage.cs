namespace ReportData.Charts;

/// <summary>Which labels a chart draws.</summary>
public enum ChartLanguage
{
    /// <summary>Chinese when a font can draw every Chinese label (see <see cref="IFontLookup"/>), else English.</summary>
    Auto = 0,

    /// <summary>The labels as printed in the reports (衢州, 地区生产总值增长) and Chinese captions; needs a CJK font.</summary>
    Chinese = 1,

    /// <summary>English city names and indicator keys (<c>Quzhou</c>, <c>GdpGrowth</c>): no CJK font needed.</summary>
    English = 2,
}
