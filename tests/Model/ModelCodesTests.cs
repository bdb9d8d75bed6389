using System;
using System.Linq;
using NUnit.Framework;
using ReportData.Generator.Model;
using ReportData.Generator.Units;

namespace ReportData.Tests.Model;

/// <summary>
/// The generator types kinds, units and bounds with its own enums and stores them in the data as numbers:
/// each must have exactly the runtime enum's names and numbers, or a figure would decode as another unit.
/// </summary>
public class ModelCodesTests
{
    [TestCase(typeof(FigureKindCode), typeof(FigureKind))]
    [TestCase(typeof(FigureUnitCode), typeof(FigureUnit))]
    [TestCase(typeof(TargetBoundCode), typeof(TargetBound))]
    public void Generator_enum_has_the_runtime_enums_names_and_numbers(Type generatorEnum, Type runtimeEnum)
    {
        static string[] Members(Type type) => Enum.GetNames(type)
            .Select(name => name + "=" + Convert.ToInt64(Enum.Parse(type, name), System.Globalization.CultureInfo.InvariantCulture))
            .ToArray();

        Assert.That(Members(generatorEnum), Is.EqualTo(Members(runtimeEnum)));
    }

    [Test]
    public void Every_unit_the_table_produces_is_a_runtime_unit()
    {
        var runtime = Enum.GetValues<FigureUnit>().Select(unit => (int)unit).ToHashSet();
        Assert.That(UnitTable.FigureUnits.Select(unit => (int)unit), Is.SubsetOf(runtime));
        Assert.That(UnitTable.FigureUnits, Is.Unique);
    }
}
