using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using NUnit.Framework;

namespace ReportData.Tests.Analyzers;

/// <summary>
/// The unit analyzer on ordinary statistics code written against the shipped dataset (Analyzers/Snippets): silent on
/// every correct snippet, and exactly the marked diagnostics on every snippet that mixes units, for each rule by which
/// docs/diagnostics.md says it follows a unit.
/// </summary>
public class SnippetCorpusTests
{
    /// <summary>What docs/diagnostics.md ("What the analyzer follows") says carries a unit to an operator.</summary>
    private static readonly string[] FollowRules =
    {
        "constant", "own-attribute", "lookup", "figure-index", "local", "later-assignment", "readonly-field",
        "deconstruction", "tuple-element", "switch-arms", "conditional", "math", "compound-assignment", "long-sum",
        "arithmetic-before-text",
    };

    private static IEnumerable<TestCaseData> Correct() =>
        StatisticsSnippet.All.Where(snippet => snippet.IsCorrect).Select(snippet => new TestCaseData(snippet).SetArgDisplayNames(snippet.ToString()));

    private static IEnumerable<TestCaseData> Mixing() =>
        StatisticsSnippet.All.Where(snippet => !snippet.IsCorrect).Select(snippet => new TestCaseData(snippet).SetArgDisplayNames(snippet.ToString()));

    [Test]
    public void TheCorpusHasSixtyCorrectSnippetsAndAMixForEveryFollowRule()
    {
        Assert.Multiple(() =>
        {
            Assert.That(StatisticsSnippet.All.Count(snippet => snippet.IsCorrect), Is.GreaterThanOrEqualTo(60));
            Assert.That(FollowRules.Except(StatisticsSnippet.All.Select(snippet => snippet.Follows).OfType<string>()), Is.Empty, "rules without a mixing snippet");
            Assert.That(StatisticsSnippet.All.Select(snippet => snippet.Follows).OfType<string>().Except(FollowRules), Is.Empty, "snippets naming a rule not in the list");
            Assert.That(StatisticsSnippet.All.Where(snippet => !snippet.IsCorrect && snippet.Follows is null), Is.Empty, "mixing snippets must name the rule they exercise");
        });
    }

    [TestCaseSource(nameof(Correct))]
    public Task CorrectSnippetHasNoDiagnostic(StatisticsSnippet snippet) => UnitVerifier.Analyze(snippet.Source);

    [TestCaseSource(nameof(Mixing))]
    public Task MixingSnippetHasExactlyTheMarkedDiagnostics(StatisticsSnippet snippet) => UnitVerifier.Analyze(snippet.Source, snippet.Numbered.ToArray());
}
