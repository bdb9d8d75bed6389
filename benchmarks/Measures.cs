using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;

namespace ReportData.Benchmarks;

/// <summary>What the whole-process benchmarks' tables share: the median of the runs, sizes, and the machine's load.</summary>
internal static class Measures
{
    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.OrderBy(value => value).ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    public static string Megabytes(long bytes) => (bytes / 1024.0 / 1024.0).ToString("F1", CultureInfo.InvariantCulture) + " MB";

    /// <summary>The machine's load average as /proc/loadavg gives it (the tables report it: the runs share 2 cores), or "unknown".</summary>
    public static string LoadAverage()
    {
        try
        {
            return File.ReadAllText("/proc/loadavg").Trim();
        }
        catch (IOException)
        {
            return "unknown";
        }
    }
}
