using System.Collections.Generic;

namespace ReportData;

/// <summary>Extension methods that start a query from any sequence of figures.</summary>
public static class FigureQueries
{
    /// <summary>
    /// Indexes the figures for O(1) queries (see <see cref="FigureIndex"/>): for a dataset your own project
    /// generated, <c>MyNamespace.ReportDataset.Figures.ToFigureIndex()</c>. Build it once and keep it.
    /// </summary>
    public static FigureIndex ToFigureIndex(this IEnumerable<Figure> figures) => new(figures);
}
