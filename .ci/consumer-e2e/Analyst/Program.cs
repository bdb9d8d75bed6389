using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.Data.Analysis;
using ReportData;
using ReportData.Charts;
using ReportData.Terminal;

namespace Consumer.Analyst;

/// <summary>An analyst's console application: the satellite packages only (ReportData comes with them).</summary>
internal static class Program
{
    private static void Main()
    {
        Console.OutputEncoding = Encoding.UTF8;
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        var figures = ReportDataset.Figures;

        // ReportData.DataFrames
        var frame = figures.ToDataFrame();
        Console.WriteLine("dataframe: one row per figure = " + (frame.Rows.Count == figures.Count));
        Console.WriteLine("dataframe: columns = " + string.Join(", ", frame.Columns.Select(c => c.Name + ":" + c.DataType.Name)));
        var quzhou = frame.Filter(frame["place"].ElementwiseEquals("Quzhou"));
        var growth = quzhou.Filter(quzhou["key"].ElementwiseEquals("GdpGrowth"));
        var actual = growth.Filter(growth["kind"].ElementwiseEquals("Actual"));
        Console.WriteLine("dataframe: Quzhou GDP growth = " + string.Join(", ", actual.Rows.Select(row => row["year"] + ": " + row["value"])));
        Console.WriteLine("dataframe: round trip = " + frame.ToFigures().SequenceEqual(figures));

        // ReportData.Parquet
        var path = Path.Combine(Path.GetTempPath(), "reportdata-e2e-" + Guid.NewGuid().ToString("N") + ".parquet");
        try
        {
            FigureParquet.Write(path, figures);
            var bytes = File.ReadAllBytes(path);
            var magic = Encoding.ASCII.GetString(bytes, 0, 4) + Encoding.ASCII.GetString(bytes, bytes.Length - 4, 4);
            Console.WriteLine("parquet: magic = " + magic);
            var back = FigureParquet.Read(path);
            Console.WriteLine("parquet: one row per figure = " + (back.Length == figures.Count));
            Console.WriteLine("parquet: round trip = " + back.SequenceEqual(figures));
        }
        finally
        {
            File.Delete(path);
        }

        // ReportData.Charts (the chart's language depends on whether a CJK font is installed: not printed)
        var chart = FigureCharts.SeriesWithTargets(FigureIndex.Dataset, "Quzhou", "GdpGrowth");
        var png = chart.ToPng();
        Console.WriteLine("charts: png = " + (png.Length > 1000 && png[0] == 0x89 && Encoding.ASCII.GetString(png, 1, 3) == "PNG"));
        Console.WriteLine("charts: svg = " + chart.ToSvg().Contains("<svg", StringComparison.Ordinal));

        // ReportData.Terminal: a figure table rendered for a redirected output (no escape codes)
        var output = new StringWriter();
        FigureConsole.Create(output).Write(FigureTables.Figures(FigureIndex.Dataset.Series("Quzhou", "GdpGrowth")));
        var table = output.ToString();
        Console.WriteLine("terminal: table shows 9.1, 7.3, 6.8 = " + (table.Contains("9.1") && table.Contains("7.3") && table.Contains("6.8")));
        Console.WriteLine("terminal: no escape codes = " + !table.Contains('\u001b'));
    }
}
