using System;
using System.IO;
using System.Linq;
using ReportData;

/// <summary>The main job's Parquet export (ReportData.Parquet): the dataset as a file DuckDB, Spark and pandas read.</summary>
internal static class ParquetExport
{
    /// <summary>Writes figures.parquet into <paramref name="folder"/>, reads it back and prints its path and row count.</summary>
    public static void Run(string folder)
    {
        var path = Path.Combine(folder, "figures.parquet");
        FigureParquet.Write(path, ReportDataset.Figures);
        var readBack = FigureParquet.Read(path);
        Console.WriteLine($"Parquet: {path}, {readBack.Length} rows ({new FileInfo(path).Length} bytes); reads back into equal records: {readBack.SequenceEqual(ReportDataset.Figures)}");
        Console.WriteLine($"  try: duckdb -c \"select city, year, value from '{path}' where key = 'GdpGrowth' and kind = 'Actual' order by city, year\"");
    }
}
