using System;
using System.Linq;
using System.Reflection;
using System.Threading.Tasks;
using NUnit.Framework;

namespace ReportData.Tests.Analyzers;

/// <summary>
/// Units declared per class, <c>[FiguresInUnit(unit, "NameA NameB")]</c>, the way the generator marks its constants: the
/// analyzer reads them exactly (a listed name, whole, under one unit), a member's own <c>[FigureUnit]</c> wins, and a
/// name a class lists under two units, or a name merely inside a listed one, has no unit rather than a wrong one.
/// </summary>
public class ClassUnitListTests
{
    private const string Usings = "using System;\nusing ReportData;\n";

    private static string Snippet(string attributes, string constants, string returned) =>
        Usings + "/// <summary>Snippet.</summary>\n" + attributes + "\npublic static class Snippet\n{\n" + constants
        + "\n    /// <summary>Snippet.</summary>\n    public static object Run() => " + returned + ";\n}\n";

    [Test]
    public async Task TheDatasetsConstantsCarryNoAttributeOfTheirOwnSoTheAnalyzerReadsTheirClasssLists()
    {
        // The analyzer's RD3001 on Quzhou.Y2023.GdpBillion + GdpGrowthPercent (UnitAnalyzerTests) can only come from here.
        var field = typeof(Quzhou.Y2023).GetField(nameof(Quzhou.Y2023.GdpBillion))!;
        Assert.That(field.GetCustomAttributes(typeof(FigureUnitAttribute), false), Is.Empty);
        var lists = typeof(Quzhou.Y2023).GetCustomAttributes<FiguresInUnitAttribute>(false).ToList();
        Assert.That(lists.Single(list => list.Names(nameof(Quzhou.Y2023.GdpBillion))).Unit, Is.EqualTo(FigureUnit.BillionYuan));
        await UnitVerifier.Analyze(Snippet("", "", "{|RD3001:Quzhou.Y2023.GdpBillion + Quzhou.Y2023.GdpGrowthPercent|}"));
    }

    [Test]
    public Task AListedConstantHasItsListsUnit()
    {
        var source = Snippet(
            "[FiguresInUnit(FigureUnit.BillionYuan, \"RevenueBillion SpendingBillion\")]\n[FiguresInUnit(FigureUnit.Percent, \"RevenueGrowth\")]",
            "    private const double RevenueBillion = 30;\n    private const double SpendingBillion = 40;\n    private const double RevenueGrowth = 5;\n",
            "new object[] { RevenueBillion + SpendingBillion, {|RD3001:SpendingBillion - RevenueGrowth|}, RevenueGrowth + Quzhou.Y2023.GdpGrowthPercent, {|RD3001:RevenueBillion + Quzhou.Y2023.GdpGrowthPercent|} }");
        return UnitVerifier.Analyze(source);
    }

    [Test]
    public Task AMembersOwnAttributeWinsOverItsClasssList()
    {
        var source = Snippet(
            "[FiguresInUnit(FigureUnit.Percent, \"Grant\")]",
            "    [FigureUnit(FigureUnit.Yuan)] private const double Grant = 5e8;\n",
            "{|#0:Quzhou.Y2023.GdpBillion + {|#1:Grant|}|}");
        return UnitVerifier.Analyze(source, UnitVerifier.Diagnostic("RD3002").WithLocation(0).WithLocation(1));
    }

    [Test]
    public Task ANameListedUnderTwoUnitsOrOnlyInsideAListedNameHasNone()
    {
        // Mis-marked: Share is listed as billions and as percent. Gdp is only part of "GdpBillion". Neither is guessed,
        // so neither is flagged against a percent or against billions (a wrong unit would flag one of the two).
        var source = Snippet(
            "[FiguresInUnit(FigureUnit.BillionYuan, \"GdpBillion Share\")]\n[FiguresInUnit(FigureUnit.Percent, \"Share\")]",
            "    private const double GdpBillion = 30;\n    private const double Share = 12;\n    private const double Gdp = 30;\n",
            "new object[] { Share + Quzhou.Y2023.GdpGrowthPercent, Share + Quzhou.Y2023.GdpBillion, Gdp + Quzhou.Y2023.GdpGrowthPercent, {|RD3001:GdpBillion + Quzhou.Y2023.GdpGrowthPercent|} }");
        return UnitVerifier.Analyze(source);
    }

    [Test]
    public void ReflectionReadsTheSameWay()
    {
        var type = typeof(Marked);
        FigureUnit? UnitOf(string name) => FiguresInUnitAttribute.UnitOf(type.GetField(name, BindingFlags.Public | BindingFlags.Static)!);
        Assert.Multiple(() =>
        {
            Assert.That(UnitOf(nameof(Marked.GdpBillion)), Is.EqualTo(FigureUnit.BillionYuan));
            Assert.That(UnitOf(nameof(Marked.Rate)), Is.EqualTo(FigureUnit.Percent), "the last name of a list");
            Assert.That(UnitOf(nameof(Marked.Gdp)), Is.Null, "only inside a listed name");
            Assert.That(UnitOf(nameof(Marked.Share)), Is.Null, "listed under two units");
            Assert.That(UnitOf(nameof(Marked.Grant)), Is.EqualTo(FigureUnit.Yuan), "its own attribute");
            Assert.That(() => FiguresInUnitAttribute.UnitOf(null!), Throws.ArgumentNullException);
        });
    }

    [FiguresInUnit(FigureUnit.BillionYuan, "GdpBillion Share")]
    [FiguresInUnit(FigureUnit.Percent, "Share Grant Rate")]
    private static class Marked
    {
        public const double GdpBillion = 1;
        public const double Gdp = 1;
        public const double Share = 1;
        public const double Rate = 1;
        [FigureUnit(FigureUnit.Yuan)] public const double Grant = 1;
    }
}
