using System.Linq;
using NUnit.Framework;

namespace ReportData.Tests.Data;

/// <summary>One English key per indicator, used the same way across reports, cities and years.</summary>
public class KeyVocabularyTests
{
    private static readonly string[] UnitSuffixes =
    {
        "Billion", "Yuan", "Usd", "Percent", "PerMille", "PercentagePoints", "Persons", "PersonTimes", "Count",
        "SquareMetres", "Mu", "Hectares", "Kilometres", "Tonnes", "Kilowatts", "KilowattHours", "Jin", "Kilograms", "Years", "Days",
        "Per10kPersons", "Per1kPersons", "PerCapita",
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
    public void AKeyMeansOneDimensionInEveryReport()
    {
        // Units of one dimension may differ between reports (亿元 here, 万元 there: queries convert them);
        // dimensions may not: yuan and dollars, or counts and counts per 10,000 persons, are different indicators.
        var mixed = ReportDataset.Figures.GroupBy(f => f.Key)
            .Where(g => g.Select(f => f.Dimension).Distinct().Count() > 1)
            .Select(g => g.Key + ": " + string.Join(", ", g.Select(f => f.Id + " (" + f.Dimension + ")")))
            .ToList();
        Assert.That(mixed, Is.Empty);
    }

    [Test]
    public void TheDimensionCheckWouldCatchTheExportsOfTheSeedsUnderOneKey()
    {
        // The test above can fail: before the USD figure got its own key, Exports held both currencies.
        var exports = ReportDataset.Figures.Where(f => f.Key is "Exports" or "ExportsInDollars").ToList();
        Assert.That(exports.Select(f => f.Dimension).Distinct(), Is.EquivalentTo(new[] { UnitDimension.MoneyCny, UnitDimension.MoneyUsd }));
    }

    [Test]
    public void RatesPerPopulationAreRatesNotCounts()
    {
        // 万人发明专利拥有量达到 9 件以上: 件 as printed, per 10,000 persons by its label; 人均可支配收入: yuan per person.
        var patents = ReportDataset.Get("Jinhua.Y2018.Targets.InventionPatentsPer10kPersons");
        var income = ReportDataset.Get("Quzhou.Y2013.UrbanDisposableIncomeYuanPerCapita");
        Assert.Multiple(() =>
        {
            Assert.That(patents.Unit, Is.EqualTo(FigureUnit.CountPer10kPersons));
            Assert.That(patents.PrintedUnit, Is.EqualTo("件"));
            Assert.That(patents.Dimension, Is.EqualTo(UnitDimension.CountPerPopulation));
            Assert.That(patents.ValueIn(FigureUnit.CountPer1kPersons), Is.EqualTo(0.9));
            Assert.That(income.Unit, Is.EqualTo(FigureUnit.YuanPerCapita));
            Assert.That(() => income.ValueIn(FigureUnit.Yuan), Throws.TypeOf<UnitConversionException>());
        });
        var perPopulationLabels = ReportDataset.Figures
            .Where(f => f.Label.StartsWith("万人") || f.Label.Contains("每万人") || f.Label.Contains("每千人") || (f.Label.Contains("人均") && f.PrintedUnit.EndsWith("元")))
            .Where(f => f.Unit is not (FigureUnit.CountPer10kPersons or FigureUnit.CountPer1kPersons or FigureUnit.PersonsPer10kPersons or FigureUnit.PersonsPer1kPersons or FigureUnit.YuanPerCapita))
            .Select(f => f.Id);
        Assert.That(perPopulationLabels, Is.Empty, "a figure whose label names a population denominator is a rate (per: in the YAML)");
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
