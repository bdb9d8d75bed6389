using System;
using System.Globalization;
using System.Linq;
using System.Text;
using ReportData;

namespace Consumer.App;

/// <summary>A console application that references both packages and has report YAML of its own.</summary>
internal static class Program
{
    private static void Main()
    {
        Console.OutputEncoding = Encoding.UTF8;
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

        // The shipped dataset (the ReportData package). Its ReportDataset is qualified: in this namespace
        // the name means the dataset generated from this project's own YAML.
        Console.WriteLine("package: Quzhou.Y2023.GdpBillion = " + Quzhou.Y2023.GdpBillion);
        Console.WriteLine("package: quote = " + ReportData.ReportDataset.Get("Quzhou.Y2023.GdpBillion").Quote);
        Console.WriteLine("package: Quzhou GDP growth = " + string.Join(", ", FigureIndex.Dataset.Series("Quzhou", "GdpGrowth").Select(f => f.Year + ": " + f.Value)));

        // The national series: was the national GDP growth target met in 2023? (The README's three lines.)
        var goal = ReportData.ReportDataset.Get("China.Y2023.Targets.GdpGrowthPercent");
        var result = FigureIndex.Dataset.FindActualFor(goal)!;
        Console.WriteLine("package: national GDP growth 2023: target " + goal.PrintedValue + goal.PrintedUnit + " " + goal.Bound + " (" + goal.Cite().Authority
            + "), actual " + result.Value + " (" + result.Source.Year + " report): " + (TargetCheck.Compare(goal, result).IsMet ? "met" : "not met"));

        // Constants and records generated from this project's own YAML, into its root namespace.
        Console.WriteLine("own: Sample.Y2023.GdpBillion = " + Sample.Y2023.GdpBillion);
        Console.WriteLine("own: Sample.Y2023.Targets.GdpGrowthPercent = " + Sample.Y2023.Targets.GdpGrowthPercent);
        var own = ReportDataset.Figures.ToFigureIndex();
        Console.WriteLine("own: places = " + string.Join(", ", own.Places) + " (" + own.Reports[0].Level + ")" + "; reports = " + own.Reports.Count + "; figures = " + own.Figures.Count);
        foreach (var comparison in own.CompareTargetsWithActuals())
        {
            Console.WriteLine("own: " + comparison.Target.Key + " target " + comparison.Target.Value + " " + comparison.Target.Bound
                + ", actual " + comparison.Actual.Value + ": " + (comparison.IsMet ? "met" : "not met"));
        }

        Console.WriteLine("own: csv header = " + FigureCsv.Serialize(Array.Empty<Figure>()).TrimEnd());
        Console.WriteLine("own: json round trip = " + FigureJson.Deserialize(FigureJson.Serialize(ReportDataset.Figures)).SequenceEqual(ReportDataset.Figures));

        // The two netstandard2.0 libraries.
        Console.WriteLine("generator-only library: Example GDP = " + Consumer.Lib.ExampleFigures.GdpBillion + "; figures = " + Consumer.Lib.ExampleFigures.Count
            + "; quote = " + Consumer.Lib.ExampleFigures.Quote("Example.Y2023.GdpGrowthPercent"));
        Console.WriteLine("package-only library: " + Consumer.Standard.StandardFigures.QuzhouGdpBillion + " " + FigureJson.Deserialize(Consumer.Standard.StandardFigures.GdpJson()).Single().PrintedUnit);
    }
}
