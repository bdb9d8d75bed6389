using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using NUnit.Framework;
using ReportData.Tests.Data;
using ReportData.Tool.Drafting;

namespace ReportData.Tests.Tool;

/// <summary>
/// <c>reportdata draft</c> on every text of the development corpus (<c>../shared/corpus</c>, real reports of
/// other kinds than the seeds): no crash, the report's year read from the text, every figure of a year or a
/// horizon, no figure of a review section drafted as a target, and the main targets drafted as targets of
/// the report's year. The sections are found here by the headings as printed (一、2024年工作回顾 …
/// 二、2025年工作安排), independently of the engine's own reading.
/// </summary>
public class DraftCorpusTests
{
    private static readonly Regex ReviewHeading = new(@"^(?:[一二三四五六七八九十]{1,2}、)?\s*(?:(?:19|20)\d\d\s*年|过去一年|过去五年|过去一年和五年)?\s*工作回顾$", RegexOptions.CultureInvariant);

    private static readonly Regex NumberedHeading = new(@"^[一二三四五六七八九十]{1,2}、", RegexOptions.CultureInvariant);

    private static readonly Regex MainTargets = new(@"^.{0,40}?主要预期目标(?:建议)?(?:是|为)", RegexOptions.CultureInvariant);

    public static string CorpusDirectory => Path.GetFullPath(Path.Combine(SeedFiles.Repository.Root, "..", "shared", "corpus"));

    public static IEnumerable<TestCaseData> CorpusTexts()
    {
        if (!Directory.Exists(CorpusDirectory))
        {
            yield return new TestCaseData(string.Empty).SetName("CorpusIsAbsent");
            yield break;
        }

        foreach (var path in Directory.GetFiles(CorpusDirectory, "*.txt").OrderBy(path => path, StringComparer.Ordinal))
        {
            yield return new TestCaseData(Path.GetFileName(path)).SetName("DraftsTheCorpusText(" + Path.GetFileNameWithoutExtension(path) + ")");
        }
    }

    public static IEnumerable<TestCaseData> CorpusDrafts() =>
        CorpusTexts().Select(data => new TestCaseData(data.Arguments).SetName(data.TestName!.Replace("DraftsTheCorpusText", "BuildsTheCorpusDraft", StringComparison.Ordinal)));

    [TestCaseSource(nameof(CorpusTexts))]
    public void DraftsWithReviewsAsActualsAndTargetsAsTargets(string file)
    {
        if (file.Length == 0)
        {
            Assert.Ignore($"the development corpus is not at {CorpusDirectory} (CI checks it out beside the repository): nothing drafted");
        }

        var text = File.ReadAllText(Path.Combine(CorpusDirectory, file)).Replace("\r\n", "\n");
        var printedYear = int.Parse(Regex.Match(file, @"(\d{4})\.txt$").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        var draft = Drafter.Draft(text, new DraftOptions("Corpus", "语料", null, file), KeyVocabulary.Empty);

        Assert.That(draft.Report.Year, Is.EqualTo(printedYear), "the report's year, read from the text");
        Assert.That(draft.Figures, Is.Not.Empty);
        Assert.That(draft.Figures.Where(f => (f.Year is null) == (f.Horizon is null)).Select(Describe), Is.Empty, "a figure has a year or a horizon, not both");

        var lines = text.Split('\n');
        var starts = new int[lines.Length + 1];
        for (var i = 0; i < lines.Length; i++)
        {
            starts[i + 1] = starts[i] + lines[i].Length + 1;
        }

        int LineOf(int position)
        {
            var at = Array.BinarySearch(starts, position);
            return at >= 0 ? at : ~at - 1;
        }

        string Heading(int line) => lines[line].Trim().Trim('\u3000', '\u00a0', '\u200b', '#', ' ');

        var review = Enumerable.Range(0, lines.Length).FirstOrDefault(i => ReviewHeading.IsMatch(Heading(i)), -1);
        if (review >= 0)
        {
            var end = Enumerable.Range(review + 1, lines.Length - review - 1)
                .FirstOrDefault(i => NumberedHeading.IsMatch(Heading(i)) || (Heading(i).Length <= 40 && Heading(i).Contains(printedYear + "年", StringComparison.Ordinal) && !Heading(i).Contains('。')), lines.Length);
            var inReview = draft.Figures.Where(f => LineOf(f.Position) > review && LineOf(f.Position) < end).ToList();
            Assert.That(inReview, Is.Not.Empty, "the review section has figures");
            Assert.That(inReview.Where(f => f.IsTarget).Select(Describe), Is.Empty, $"figures of the review ({Heading(review)}, lines {review + 1} to {end}) drafted as targets");
        }

        // Before the main targets, a paragraph that opens on the past year (过去一年, 一年来, 初步统计, 2024年…) is review.
        var plan = Enumerable.Range(0, lines.Length).FirstOrDefault(i => MainTargets.IsMatch(Heading(i)), lines.Length);
        var lookBack = new Regex(@"^(?:过去一年|过去的一年|一年来|初步统计|初步核算|" + (printedYear - 1) + @"年[，,是全])", RegexOptions.CultureInvariant);
        var reviewed = draft.Figures.Where(f => LineOf(f.Position) < plan && lookBack.IsMatch(Heading(LineOf(f.Position)))).ToList();
        Assert.That(reviewed.Where(f => f.IsTarget).Select(Describe), Is.Empty, "figures of a paragraph on the past year drafted as targets");

        var targets = Enumerable.Range(0, lines.Length).FirstOrDefault(i => MainTargets.IsMatch(Heading(i)) && !Heading(i).Contains("十四五") && !Heading(i).Contains("十二五"), -1);
        if (targets >= 0)
        {
            // The targets follow on the line itself or, in a list, on the next lines with numbers.
            var main = Enumerable.Range(targets, Math.Min(4, lines.Length - targets))
                .Select(line => draft.Figures.Where(f => LineOf(f.Position) == line).ToList())
                .FirstOrDefault(found => found.Count > 0) ?? new List<DraftFigure>();
            Assert.That(main, Is.Not.Empty, "the main targets are drafted");
            Assert.That(main.Where(f => !f.IsTarget || f.Year != printedYear).Select(Describe), Is.Empty, "the main targets are targets of the report's year");
        }
    }

    /// <summary>
    /// A draft builds once its marks are settled: every corpus text's draft, checked by the build's own validation against the
    /// text it quotes, has no diagnostic but the marks (RD4001). A quote not in the text, a unit or bound the text does not
    /// print there, a fall without its sign or two figures on one constant would each fail here.
    /// </summary>
    [TestCaseSource(nameof(CorpusDrafts))]
    public void TheDraftPassesTheBuildsChecksButItsMarks(string file)
    {
        if (file.Length == 0)
        {
            Assert.Ignore($"the development corpus is not at {CorpusDirectory}: nothing drafted");
        }

        var text = File.ReadAllText(Path.Combine(CorpusDirectory, file)).Replace("\r\n", "\n");
        var draft = Drafter.Draft(text, new DraftOptions("Corpus", "语料", null, file), KeyVocabulary.Empty);
        var yaml = DraftWriter.Write(draft, null);
        var diagnostics = ReportData.Tool.Generator.ReportFolder.Validate("/drafts/corpus.report.yaml", yaml, "/drafts/" + file, text);
        Assert.That(diagnostics.Where(d => d.Id != "RD4001").Select(d => d.ToString()), Is.Empty);
        Assert.That(diagnostics.Count(d => d.Id == "RD4001"), Is.EqualTo(draft.ToReview));
    }

    private static string Describe(DraftFigure figure) =>
        $"{figure.Value}{figure.Unit} ({(figure.IsTarget ? "target" : "actual")} {figure.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? figure.Horizon}) in {figure.Quote}";
}
