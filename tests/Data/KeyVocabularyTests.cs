using System.Linq;
using NUnit.Framework;

namespace ReportData.Tests.Data;

/// <summary>One English key per indicator, used the same way across reports, cities and years.</summary>
public class KeyVocabularyTests
{
    private static readonly string[] UnitSuffixes =
    {
        "Billion", "Yuan", "Usd", "Percent", "PerMille", "PercentagePoints", "Persons", "PersonTimes", "Count",
        "SquareMetres", "Mu", "Hectares", "Kilometres", "Tonnes", "Kilowatts", "KilowattHours", "Jin", "Years", "Days",
    };

    [Test]
    public void GdpLinesUpAcrossReportsCitiesAndYears()
    {
        // 1056.6亿元 (Quzhou 2014 report), 2125.2亿元 (Quzhou 2024), 3870亿元 (Jinhua 2018), 超过2800亿元 (Quzhou 2022 goals).
        Assert.Multiple(() =>
        {
            Assert.That(Quzhou.Y2013.GdpBillion, Is.EqualTo(105.66));
            Assert.That(Quzhou.Y2023.GdpBillion, Is.EqualTo(212.52));
            Assert.That(Jinhua.Y2017.GdpBillion, Is.EqualTo(387));
            Assert.That(Quzhou.Y2022.FiveYearGoals.GdpBillion, Is.EqualTo(280));
            Assert.That(Quzhou.Y2017.GdpGrowthPercent, Is.EqualTo(7.3));
            Assert.That(Jinhua.Y2018.Targets.GdpGrowthPercent, Is.EqualTo(7));
        });
    }

    [Test]
    public void KeysCarryNoUnitSuffix()
    {
        // The generator appends the suffix; a key that already ends in one would read GdpBillionBillion.
        // A threshold in a key's name (ProjectsOver10Billion: projects of over 10 billion yuan) is not a unit.
        var keys = ReportDataset.Figures.Select(f => f.Key).Distinct();
        var suffixed = keys.Where(key => UnitSuffixes.Any(suffix =>
            key.EndsWith(suffix) && key.Length > suffix.Length && !char.IsDigit(key[key.Length - suffix.Length - 1])));
        Assert.That(suffixed, Is.Empty);
    }

    [Test]
    public void AKeyMeasuresOneKindOfQuantity()
    {
        // Money may be printed in 亿元 or 亿美元 for the same indicator; otherwise one key, one unit.
        static string Dimension(FigureUnit unit) => unit switch
        {
            FigureUnit.BillionYuan or FigureUnit.Yuan or FigureUnit.BillionUsd or FigureUnit.Usd => "money",
            _ => unit.ToString(),
        };

        var mixed = ReportDataset.Figures.GroupBy(f => f.Key)
            .Where(g => g.Select(f => Dimension(f.Unit)).Distinct().Count() > 1)
            .Select(g => g.Key + ": " + string.Join(", ", g.Select(f => f.Unit).Distinct()))
            .ToList();
        Assert.That(mixed, Is.Empty);
    }

    [Test]
    public void GrowthKeysHoldRatesAndRateUnitsBelongToRateKeys()
    {
        var growthNotPercent = ReportDataset.Figures
            .Where(f => f.Key.EndsWith("Growth") && f.Unit != FigureUnit.Percent)
            .Select(f => f.Id);
        Assert.That(growthNotPercent, Is.Empty, "a key ending in Growth is a growth rate in percent");
    }
}
