using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using NUnit.Framework;
using ReportData.Authoring.Validation;
using ReportData.Generator;
using ReportData.Tests.Hardening;
using ReportData.Tests.Infrastructure;

namespace ReportData.Tests.Analyzer;

/// <summary>
/// The generator and the analyzer report each problem once: their two reports of it are equal by value,
/// so the compiler shows one; and neither parses an unchanged file again.
/// </summary>
public class ReportOnceTests
{
    private static readonly string BrokenYaml = Fixtures.ValidYaml.Replace("    unit: 亿元\n", "    unit: 亿英镑\n");

    [Test]
    public void TwoIndependentReportsOfOneProblemAreEqual()
    {
        // Separate contents (a comment after the last line), so separate parses: equal by value, not by sharing objects.
        var first = GeneratorHarness.RunSingle(BrokenYaml, Fixtures.ReportText).GeneratorDiagnostics.Single();
        var second = HardeningHarness.AnalyzerDiagnostics(GeneratorHarness.SingleFiles(BrokenYaml + "# the same file, read apart\n", Fixtures.ReportText)).Single();

        Assert.That(second, Is.EqualTo(first));
        Assert.That(new[] { first, second }.Distinct().Count(), Is.EqualTo(1), "the build log has it once");
        Assert.That(second.GetMessage(System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(first.GetMessage(System.Globalization.CultureInfo.InvariantCulture)).And.Contain("亿英镑"));
        Assert.That(first.Descriptor.HelpLinkUri, Is.Empty, "no web page to link to: the reference ships in the package README");
    }

    [Test]
    public void AnUnchangedTextIsParsedAndCheckedOnce()
    {
        var files = GeneratorHarness.SingleFiles(BrokenYaml, Fixtures.ReportText);
        var texts = ImmutableArray.Create(ReportValidator.ReadText(files[1], CancellationToken.None));

        var parsed = ReportValidator.Parse(files[0], CancellationToken.None);
        Assert.That(ReportValidator.Parse(files[0], CancellationToken.None), Is.SameAs(parsed));
        Assert.That(ReportValidator.ReadText(files[1], CancellationToken.None), Is.SameAs(texts[0]));
        Assert.That(ReportValidator.Check(parsed, texts), Is.SameAs(ReportValidator.Check(parsed, texts)));

        // An edit is a new text: parsed anew.
        var edited = GeneratorHarness.SingleFiles(BrokenYaml + "\n", Fixtures.ReportText)[0];
        Assert.That(ReportValidator.Parse(edited, CancellationToken.None), Is.Not.SameAs(parsed));
    }

    [Test]
    public void AnUnchangedFileInANewTextObjectIsNotParsedAgain()
    {
        // A compiler server's next build: new text objects for the same files.
        var path = "/builds/unchanged-" + System.Guid.NewGuid().ToString("N") + "/quzhou-2023.report.yaml";
        var first = ReportValidator.Parse(new InMemoryAdditionalText(path, BrokenYaml), CancellationToken.None);
        var again = ReportValidator.Parse(new InMemoryAdditionalText(path, BrokenYaml), CancellationToken.None);
        Assert.That(again, Is.SameAs(first));

        var texts = ImmutableArray.Create(ReportValidator.ReadText(new InMemoryAdditionalText(System.IO.Path.ChangeExtension(path, null) + ".txt", Fixtures.ReportText), CancellationToken.None));
        var textsAgain = ImmutableArray.Create(ReportValidator.ReadText(new InMemoryAdditionalText(System.IO.Path.ChangeExtension(path, null) + ".txt", Fixtures.ReportText), CancellationToken.None));
        Assert.That(textsAgain[0], Is.SameAs(texts[0]));
        Assert.That(ReportValidator.Check(again, textsAgain), Is.SameAs(ReportValidator.Check(first, texts)));

        // The same content under another path is another file; another content under the path is parsed anew.
        Assert.That(ReportValidator.Parse(new InMemoryAdditionalText(path.Replace("unchanged-", "other-"), BrokenYaml), CancellationToken.None), Is.Not.SameAs(first));
        var edited = ReportValidator.Parse(new InMemoryAdditionalText(path, Fixtures.ValidYaml), CancellationToken.None);
        Assert.That(edited, Is.Not.SameAs(first));
        Assert.That(edited.Diagnostics, Is.Empty);
    }

    [Test]
    public void TextsThatEncodeAlikeAreStillTwoContents()
    {
        // Two lone surrogates have one UTF-8 form (U+FFFD), so one checksum; their parses differ, and each file gets its own.
        var path = "/builds/surrogates-" + System.Guid.NewGuid().ToString("N") + "/quzhou-2023.report.yaml";
        var high = Fixtures.ValidYaml.Replace("  - key: Gdp\n", "  # \uD800\n  - key: Gdp\n");
        var low = Fixtures.ValidYaml.Replace("  - key: Gdp\n", "  # \uDC00\n  - key: Gdp\n");
        Assert.That(high, Is.Not.EqualTo(low).And.Not.EqualTo(Fixtures.ValidYaml));

        var first = ReportValidator.Parse(new InMemoryAdditionalText(path, high), CancellationToken.None);
        var second = ReportValidator.Parse(new InMemoryAdditionalText(path, low), CancellationToken.None);
        Assert.That(second, Is.Not.SameAs(first));
    }
}
