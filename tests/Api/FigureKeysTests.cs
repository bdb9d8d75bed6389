using System.Linq;
using NUnit.Framework;

namespace ReportData.Tests.Api;

/// <summary>Every key of the dataset is also a constant of <c>FigureKeys</c>, so that queries need no bare strings.</summary>
public class FigureKeysTests
{
    [Test]
    public void EveryKeyOfTheDatasetIsAConstantOfFigureKeys()
    {
        var constants = typeof(FigureKeys).GetFields().Where(field => field.IsLiteral).ToDictionary(field => field.Name, field => (string)field.GetRawConstantValue()!);

        Assert.That(constants.Keys, Is.EquivalentTo(ReportDataset.Figures.Select(figure => figure.Key).Distinct()));
        Assert.That(constants, Has.All.Matches<System.Collections.Generic.KeyValuePair<string, string>>(pair => pair.Key == pair.Value));
    }

    [Test]
    public void AKeyConstantQueriesLikeItsString() =>
        Assert.That(FigureIndex.Dataset.Series("Quzhou", FigureKeys.Gdp), Is.EqualTo(FigureIndex.Dataset.Series("Quzhou", "Gdp")).And.Not.Empty);
}
