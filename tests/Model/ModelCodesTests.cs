using System;
using System.Linq;
using NUnit.Framework;

namespace ReportData.Tests.Model;

/// <summary>
/// The generator types kinds, units and bounds with lib/'s enums, compiled into it from lib/'s own files in a namespace
/// of its own, and stores them in the data as numbers: each copy must have exactly the runtime enum's names and
/// numbers (it would not, say, if a member were conditional on the build), or a figure would decode as another unit.
/// </summary>
public class ModelCodesTests
{
    [TestCase(typeof(ReportData.Authoring.Model.FigureKind), typeof(FigureKind))]
    [TestCase(typeof(ReportData.Authoring.Units.FigureUnit), typeof(FigureUnit))]
    [TestCase(typeof(ReportData.Authoring.Model.TargetBound), typeof(TargetBound))]
    public void GeneratorEnumHasTheRuntimeEnumsNamesAndNumbers(Type generatorEnum, Type runtimeEnum)
    {
        static string[] Members(Type type) => Enum.GetNames(type)
            .Select(name => name + "=" + Convert.ToInt64(Enum.Parse(type, name), System.Globalization.CultureInfo.InvariantCulture))
            .ToArray();

        Assert.That(Members(generatorEnum), Is.EqualTo(Members(runtimeEnum)));
    }

    [Test]
    public void EveryUnitTheTableProducesIsARuntimeUnit()
    {
        var runtime = Enum.GetValues<FigureUnit>().Select(unit => (int)unit).ToHashSet();
        Assert.That(ReportData.Authoring.Units.UnitTable.FigureUnits.Select(unit => (int)unit), Is.SubsetOf(runtime));
        Assert.That(ReportData.Authoring.Units.UnitTable.FigureUnits, Is.Unique);
    }
}
