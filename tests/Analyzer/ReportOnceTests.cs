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
        // Separate texts, so separate parses: equal by value, not by sharing objects.
        var first = GeneratorHarness.RunSingle(BrokenYaml, Fixtures.ReportText).GeneratorDiagnostics.Single();
        var second = HardeningHarness.AnalyzerDiagnostics(GeneratorHarness.SingleFiles(BrokenYaml, Fixtures.ReportText)).Single();

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
}
