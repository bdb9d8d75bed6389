using System.Collections.Generic;
using System.IO;
using System.Linq;
using NUnit.Framework;
using ReportData.Docs;

namespace ReportData.Tests.Data;

/// <summary>docs/coverage.md, docs/data.md and the key vocabulary of docs/authoring.md are generated; these fail when stale.</summary>
public class DocumentsTests
{
    public static IEnumerable<string> DocumentNames() => new[] { "coverage.md", "data.md", "authoring.md" };

    [TestCaseSource(nameof(DocumentNames))]
    public void GeneratedDocumentIsCurrent(string name)
    {
        var document = Documents.Render(SeedFiles.Repository).Single(d => Path.GetFileName(d.Path) == name);
        Assert.That(document.IsCurrent, Is.True, $"docs/{name} is stale: run `{Documents.Command}` and commit the result");
    }

    [Test]
    public void CatalogueListsEveryFigureOnce()
    {
        var catalogue = Documents.RenderCatalogue(ReportDataset.Figures);
        foreach (var figure in ReportDataset.Figures)
        {
            Assert.That(catalogue, Does.Contain("| `" + figure.Id + "` |"));
        }

        Assert.That(catalogue.Split('\n').Count(line => line.StartsWith("| `Quzhou.") || line.StartsWith("| `Jinhua.") || line.StartsWith("| `China.")), Is.EqualTo(ReportDataset.Figures.Count));
    }

    [Test]
    public void VocabularySectionIsReplacedNotAppended()
    {
        var guide = "intro\n" + Documents.VocabularyBegin + "\nold\n" + Documents.VocabularyEnd + "\ntail\n";
        var replaced = Documents.ReplaceVocabulary(guide, Documents.VocabularyBegin + "\nnew\n" + Documents.VocabularyEnd);
        Assert.That(replaced, Is.EqualTo("intro\n" + Documents.VocabularyBegin + "\nnew\n" + Documents.VocabularyEnd + "\ntail\n"));
    }
}
