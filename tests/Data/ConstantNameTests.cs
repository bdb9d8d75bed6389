using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using NUnit.Framework;

namespace ReportData.Tests.Data;

/// <summary>A constant's name says its unit once: the generator does not append a unit the key already names.</summary>
public class ConstantNameTests
{
    /// <summary>Words that name the same currency in a key and in a unit suffix.</summary>
    private static readonly Dictionary<string, string> SameWord = new(StringComparer.Ordinal)
    {
        ["Dollars"] = "Usd",
        ["Rmb"] = "Yuan",
    };

    [Test]
    public void NoConstantOfTheDatasetNamesItsUnitTwice()
    {
        var figures = ReportDataset.Figures.ToDictionary(figure => figure.Id, StringComparer.Ordinal);
        var found = new HashSet<string>(StringComparer.Ordinal);
        var repeated = new List<string>();
        foreach (var (id, member) in DatasetConstants())
        {
            if (!figures.TryGetValue(id, out var figure) && !figures.TryGetValue(WithoutRangeEnd(id), out figure))
            {
                continue;
            }

            found.Add(figure.Id);
            var memberWords = Words(member).Select(Canonical).ToList();
            foreach (var unitWord in Words(figure.Unit.ToString()).Select(Canonical).Distinct())
            {
                if (memberWords.Count(word => word == unitWord) > 1)
                {
                    repeated.Add($"{id} ({figure.Unit}): {unitWord} twice");
                }
            }
        }

        Assert.That(figures.Keys.Where(id => !found.Contains(id)), Is.Empty, "every figure's constant is found and checked");
        Assert.That(repeated, Is.Empty);
    }

    [Test]
    public void AKeyEndingInACurrencyWordDropsItBeforeTheUnitThatNamesTheCurrency()
    {
        // 外贸出口总额 23.9 亿美元 (Quzhou, 2014 report): the key ExportsInDollars keeps the series apart from Exports in 亿元.
        Assert.That(Quzhou.Y2013.ExportsUsdBillion, Is.EqualTo(2.39));
        Assert.That(ReportDataset.Get("Quzhou.Y2013.ExportsUsdBillion").Key, Is.EqualTo("ExportsInDollars"));
    }

    [TestCase("Gdp", "Billion", "GdpBillion")]
    [TestCase("ExportsInDollars", "UsdBillion", "ExportsUsdBillion")]
    [TestCase("ExportsUsd", "Usd", "ExportsUsd")]
    [TestCase("IncomeInYuan", "Yuan", "IncomeYuan")]
    [TestCase("IncomeYuan", "Yuan", "IncomeYuan")]
    [TestCase("IncomeInYuan", "Billion", "IncomeInYuanBillion")]
    [TestCase("ForestCoveragePercent", "Percent", "ForestCoveragePercent")]
    [TestCase("Visitors", "PersonTimes", "VisitorsPersonTimes")]
    [TestCase("Rate", "", "Rate")]
    public void TheMemberNameIsTheKeyWithItsUnitOnce(string key, string suffix, string member) =>
        Assert.That(ReportData.Authoring.Model.Naming.MemberName(key, suffix), Is.EqualTo(member));

    /// <summary>Every public constant of the generated city classes, with the figure ID its declaring classes give it.</summary>
    private static IEnumerable<(string Id, string Member)> DatasetConstants()
    {
        foreach (var type in typeof(ReportDataset).Assembly.GetTypes().Where(type => type.IsNested && type.IsNestedPublic))
        {
            foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Static).Where(field => field.IsLiteral))
            {
                var path = type.FullName!.Substring("ReportData.".Length).Replace('+', '.');
                yield return (path + "." + field.Name, field.Name);
            }
        }
    }

    private static string WithoutRangeEnd(string id) =>
        id.EndsWith("Low", StringComparison.Ordinal) || id.EndsWith("High", StringComparison.Ordinal)
            ? id.Substring(0, id.Length - (id.EndsWith("Low", StringComparison.Ordinal) ? 3 : 4))
            : id;

    private static IEnumerable<string> Words(string name) => Regex.Matches(name, "[A-Z][a-z0-9]*").Select(match => match.Value);

    private static string Canonical(string word) => SameWord.GetValueOrDefault(word, word);
}
