using System;
using ReportData;

namespace Consumer.Units;

/// <summary>
/// Unit arithmetic in a project that references the ReportData package only: the package's unit analyzer must
/// flag the lines marked "expect RDnnnn" (read by .ci/consumer-e2e.sh) and stay silent on every other line.
/// </summary>
public static class UnitChecks
{
    /// <summary>Billions of yuan plus a growth rate: meaningless.</summary>
    public static double Mixed() => Quzhou.Y2023.GdpBillion + Quzhou.Y2023.GdpGrowthPercent; // expect RD3001

    /// <summary>A comparison across dimensions.</summary>
    public static bool Compared() => Quzhou.Y2023.GdpGrowthPercent < ReportDataset.Get("Quzhou.Y2023.GdpBillion").Value; // expect RD3001

    /// <summary>Same-unit arithmetic: sums, differences, comparisons, growth from two levels, shares.</summary>
    public static double SameUnit()
    {
        var gdp = Quzhou.Y2023.GdpBillion;
        var total = gdp + Jinhua.Y2017.GdpBillion;
        var change = Quzhou.Y2023.GdpBillion - Quzhou.Y2013.GdpBillion;
        var growth = (Quzhou.Y2023.GdpBillion / Quzhou.Y2013.GdpBillion - 1) * 100;
        var points = Quzhou.Y2023.GdpGrowthPercent - Quzhou.Y2024.Targets.GdpGrowthPercent;
        var higher = Math.Max(Quzhou.Y2023.GdpGrowthPercent, Quzhou.Y2017.GdpGrowthPercent);
        var met = Quzhou.Y2023.GdpGrowthPercent >= Quzhou.Y2024.Targets.GdpGrowthPercent;
        return total + change + growth + points + higher + (met ? 1 : 0);
    }
}
