using System;
using System.Linq;
using NUnit.Framework;

namespace ReportData.Tests.Api;

/// <summary>Units as data: dimensions, the printed multiplier, exact conversions within a dimension, none across.</summary>
public class UnitTests
{
    [Test]
    public void EveryUnitHasADimensionAndTheGeneratorsTableProducesEveryUnit()
    {
        var members = Enum.GetValues<FigureUnit>();
        Assert.That(() => members.Select(unit => unit.Dimension()).ToArray(), Throws.Nothing, "the facts switch lists every member");
        // The printed-unit table is lib/Units/PrintedUnits.cs, compiled into the generator: one table, not two.
        Assert.That(ReportData.Authoring.Units.UnitTable.FigureUnits.Select(unit => unit.ToString()), Is.EquivalentTo(members.Select(unit => unit.ToString())));
    }

    [TestCase(FigureUnit.BillionYuan, UnitDimension.MoneyCny)]
    [TestCase(FigureUnit.Yuan, UnitDimension.MoneyCny)]
    [TestCase(FigureUnit.BillionUsd, UnitDimension.MoneyUsd)]
    [TestCase(FigureUnit.Percent, UnitDimension.Ratio)]
    [TestCase(FigureUnit.PerMille, UnitDimension.Ratio)]
    [TestCase(FigureUnit.PercentagePoints, UnitDimension.PercentagePoints)]
    [TestCase(FigureUnit.Mu, UnitDimension.Area)]
    [TestCase(FigureUnit.CountPer10kPersons, UnitDimension.CountPerPopulation)]
    public void UnitsMeasureTheirDimension(FigureUnit unit, UnitDimension dimension) => Assert.That(unit.Dimension(), Is.EqualTo(dimension));

    [TestCase("亿方", FigureUnit.CubicMetres, 100_000_000)]
    [TestCase("万方", FigureUnit.CubicMetres, 10_000)]
    [TestCase("万立方米", FigureUnit.CubicMetres, 10_000)]
    [TestCase("类", FigureUnit.Count, 1)]
    [TestCase("万块", FigureUnit.Count, 10_000)]
    [TestCase("万P", FigureUnit.Petaflops, 10_000)]
    [TestCase("PF", FigureUnit.Petaflops, 1)]
    [TestCase("EFLOPS", FigureUnit.Petaflops, 1000)]
    public void PrintedUnitsNormalizeToTheirUnitAndFactor(string printed, FigureUnit unit, double factor)
    {
        Assert.That(ReportData.Authoring.Units.UnitTable.TryGet(printed, out var info), Is.True);
        Assert.That((info.FigureUnit.ToString(), (double)info.Factor), Is.EqualTo((unit.ToString(), factor)), "the authoring core compiles its own copy of the table");
    }

    [TestCase("方")]
    [TestCase("方面")]
    public void FangAloneIsNoUnit(string printed) => Assert.That(ReportData.Authoring.Units.UnitTable.TryGet(printed, out _), Is.False);

    [Test]
    public void AFigureKeepsTheMultiplierItWasPrintedWith()
    {
        // 004: 全市生产总值达到2125.2亿元; 新增城镇就业 ... 万人; 增长6.8%.
        var gdp = ReportDataset.Get("Quzhou.Y2023.GdpBillion");
        var growth = ReportDataset.Get("Quzhou.Y2023.GdpGrowthPercent");
        var jobs = ReportDataset.Figures.First(figure => figure.PrintedUnit == "万人");
        Assert.Multiple(() =>
        {
            Assert.That(gdp.UnitMultiplier, Is.EqualTo(8));
            Assert.That(gdp.Multiplier, Is.EqualTo(100_000_000m));
            Assert.That(decimal.Parse(gdp.PrintedValue, System.Globalization.CultureInfo.InvariantCulture) * gdp.Multiplier, Is.EqualTo(212_520_000_000m));
            Assert.That(growth.UnitMultiplier, Is.EqualTo(0));
            Assert.That(growth.Multiplier, Is.EqualTo(1m));
            Assert.That(jobs.UnitMultiplier, Is.EqualTo(4));
        });
    }

    [Test]
    public void ConversionsWithinADimensionAreExact()
    {
        var gdp = ReportDataset.Get("Quzhou.Y2023.GdpBillion");
        Assert.Multiple(() =>
        {
            Assert.That(gdp.ValueIn(FigureUnit.Yuan), Is.EqualTo(212_520_000_000d));
            Assert.That(gdp.ValueIn(FigureUnit.BillionYuan), Is.EqualTo(212.52));
            // 1 公顷 = 15 亩: 15 万亩 is 10,000 公顷 exactly, and back.
            Assert.That(FigureUnits.Convert(150_000d, FigureUnit.Mu, FigureUnit.Hectares), Is.EqualTo(10_000d));
            Assert.That(FigureUnits.Convert(15, FigureUnit.Mu, FigureUnit.Hectares), Is.EqualTo(1d), "an int argument is not ambiguous");
            Assert.That(FigureUnits.ConvertDecimal(10_000m, FigureUnit.Hectares, FigureUnit.Mu), Is.EqualTo(150_000m));
            Assert.That(FigureUnits.Convert(31d, FigureUnit.SquareKilometres, FigureUnit.SquareMetres), Is.EqualTo(31_000_000d));
            Assert.That(FigureUnits.Convert(1d, FigureUnit.Mu, FigureUnit.SquareMetres), Is.EqualTo(2000d / 3));
            Assert.That(FigureUnits.Convert(3.38d, FigureUnit.PerMille, FigureUnit.Percent), Is.EqualTo(0.338));
            Assert.That(FigureUnits.Convert(2d, FigureUnit.Jin, FigureUnit.Tonnes), Is.EqualTo(0.001));
            Assert.That(FigureUnits.Convert(1.5d, FigureUnit.Days, FigureUnit.Hours), Is.EqualTo(36d));
            // 0.1 + 0.2 style drift does not creep in: the factor is applied once, in decimal.
            Assert.That(FigureUnits.Convert(0.3d, FigureUnit.BillionYuan, FigureUnit.Yuan), Is.EqualTo(300_000_000d));
        });
    }

    [Test]
    public void ConvertingAcrossDimensionsIsAClearException()
    {
        var gdp = ReportDataset.Get("Quzhou.Y2023.GdpBillion");
        var exception = Assert.Throws<UnitConversionException>(() => gdp.ValueIn(FigureUnit.Percent))!;
        Assert.Multiple(() =>
        {
            Assert.That(exception, Is.InstanceOf<InvalidOperationException>());
            Assert.That(exception.From, Is.EqualTo(FigureUnit.BillionYuan));
            Assert.That(exception.To, Is.EqualTo(FigureUnit.Percent));
            Assert.That(exception.Message, Does.Contain("BillionYuan (MoneyCny)").And.Contain("Percent (Ratio)"));
            Assert.That(() => FigureUnits.Convert(1d, FigureUnit.BillionYuan, FigureUnit.BillionUsd), Throws.TypeOf<UnitConversionException>(), "no exact exchange rate");
            Assert.That(() => FigureUnits.Convert(1d, FigureUnit.Percent, FigureUnit.PercentagePoints), Throws.TypeOf<UnitConversionException>());
            Assert.That(() => FigureUnits.Convert(1d, FigureUnit.Years, FigureUnit.Days), Throws.TypeOf<UnitConversionException>(), "a year has 365 or 366 days");
            Assert.That(() => gdp.ValueHighIn(FigureUnit.Count), Throws.TypeOf<UnitConversionException>(), "even without a high end");
        });
    }

    [Test]
    public void ConstantsCarryTheirUnitAsMetadataThatReflectionReads()
    {
        var field = typeof(Quzhou.Y2023).GetField(nameof(Quzhou.Y2023.GdpBillion))!;
        Assert.That(FiguresInUnitAttribute.UnitOf(field), Is.EqualTo(FigureUnit.BillionYuan));
        Assert.That(FiguresInUnitAttribute.UnitOf(field)!.Value.Dimension(), Is.EqualTo(UnitDimension.MoneyCny));

        // Every constant of the dataset is listed exactly once by its class, and under its figure's unit.
        var constants = typeof(ReportDataset).Assembly.GetTypes()
            .SelectMany(type => type.GetFields().Where(f => f.IsLiteral && f.FieldType == typeof(double)).Select(f => (Type: type, Field: f)))
            .Where(c => c.Type.Namespace == "ReportData")
            .ToList();
        Assert.That(constants, Has.Count.GreaterThan(100));
        var wrong = constants.Where(c =>
        {
            var listings = c.Type.GetCustomAttributes(typeof(FiguresInUnitAttribute), false).Cast<FiguresInUnitAttribute>().Count(list => list.Names(c.Field.Name));
            var unit = FiguresInUnitAttribute.UnitOf(c.Field);
            var id = c.Type.FullName!.Substring("ReportData.".Length).Replace('+', '.') + "." + c.Field.Name;
            var figure = ReportDataset.TryFind(id, out var found) ? found
                : ReportDataset.TryFind(id.Substring(0, id.Length - (id.EndsWith("Low") ? 3 : 4)), out found) ? found : null;
            return listings != 1 || figure is null || unit != figure.Unit;
        }).Select(c => c.Type.FullName + "." + c.Field.Name).ToList();
        Assert.That(wrong, Is.Empty);

        // And every listed name is a constant of its class: no list names what is not there.
        var unlisted = typeof(ReportDataset).Assembly.GetTypes()
            .SelectMany(type => type.GetCustomAttributes(typeof(FiguresInUnitAttribute), false).Cast<FiguresInUnitAttribute>()
                .SelectMany(list => list.MemberNames.Split(' ')).Where(name => type.GetField(name) is not { IsLiteral: true }).Select(name => type.FullName + "." + name))
            .ToList();
        Assert.That(unlisted, Is.Empty);
    }
}
