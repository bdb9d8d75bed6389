using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.CSharp;
using Microsoft.DotNet.Interactive.Events;
using Microsoft.DotNet.Interactive.Formatting;
using NUnit.Framework;

namespace ReportData.Notebooks.Tests;

/// <summary>
/// A notebook's view of ReportData: a real in-process C# kernel loads the built ReportData.dll with
/// <c>#r</c>, as a notebook cell would, and returns figures formatted as <c>text/html</c>. ReportData does not
/// reference .NET Interactive; the kernel finds its formatter source by the attribute's name.
/// </summary>
[TestFixture]
[NonParallelizable] // .NET Interactive's Formatter is process-wide state.
public sealed class NotebookKernelTests
{
    private static readonly string LibraryPath = Path.Combine(AppContext.BaseDirectory, "ReportData.dll");

    private CSharpKernel _kernel = null!;

    [OneTimeSetUp]
    public async Task StartKernelWithReportData()
    {
        _kernel = new CSharpKernel();
        await Submit($"#r \"{LibraryPath}\"\nusing ReportData;");
    }

    // Every test formats as a fresh notebook would: no formatter registered, no type looked at yet.
    // (One kernel for all: starting one compiles for seconds.)
    [SetUp]
    public void ForgetFormatters() => Formatter.ResetToDefault();

    [OneTimeTearDown]
    public void StopKernel() => _kernel.Dispose();

    [Test]
    public async Task AFigureDisplaysAsAnHtmlTableWithValueUnitLabelQuoteAndSource()
    {
        var html = await ReturnedHtml("ReportDataset.Get(\"Quzhou.Y2023.GdpBillion\")");

        Assert.That(html, Does.StartWith("<table class=\"reportdata-figures\">"));
        Assert.That(Headers(html), Is.EqualTo(new[] { "id", "place", "value", "unit", "printed", "label", "quote", "source" }));
        var rows = Rows(html);
        Assert.That(rows, Has.Length.EqualTo(1));
        // Read from seeds/quzhou-2024.report.yaml, not from the code under test.
        Assert.That(rows[0][0], Is.EqualTo("Quzhou.Y2023.GdpBillion"));
        Assert.That(rows[0][1], Is.EqualTo("衢州 (City)"));
        Assert.That(rows[0][2], Is.EqualTo("212.52"));
        Assert.That(rows[0][3], Is.EqualTo("BillionYuan"));
        Assert.That(rows[0][4], Is.EqualTo("2125.2亿元"));
        Assert.That(rows[0][5], Is.EqualTo("全市生产总值"));
        Assert.That(rows[0][6], Is.EqualTo("全市生产总值达到2125.2亿元、增长6.8%"));
        Assert.That(rows[0][7], Is.EqualTo("2024年衢州市政府工作报告 (004_759fef2eaf5c0f7f.txt)"));
    }

    [Test]
    public async Task TextWithMarkupCharactersIsEscaped()
    {
        var html = await ReturnedHtml(
            "ReportDataset.Get(\"Quzhou.Y2023.GdpBillion\") with { Quote = \"<script>alert('x')</script> a < b & \\\"c\\\"\", Label = \"R&D\" }");

        Assert.That(html, Does.Contain("<td>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; a &lt; b &amp; &quot;c&quot;</td>"));
        Assert.That(html, Does.Contain("<td>R&amp;D</td>"));
        Assert.That(html, Does.Not.Contain("<script>"));
    }

    [Test]
    public async Task AListOfFiguresDisplaysAsOneTableWithARowPerFigure()
    {
        // A notebook has shown a figure before: its type's formatters are known, the list's included.
        await ReturnedHtml("ReportDataset.Get(\"Quzhou.Y2023.GdpBillion\")");

        var html = await ReturnedHtml("ReportDataset.Figures.Where(f => f.City == \"Quzhou\" && f.Key == \"GdpGrowth\").ToList()");

        var expectedIds = await ReturnedPlainText("string.Join(\",\", ReportDataset.Figures.Where(f => f.City == \"Quzhou\" && f.Key == \"GdpGrowth\").Select(f => f.Id))");
        Assert.That(html, Does.StartWith("<table class=\"reportdata-figures\">"));
        Assert.That(Regex.Matches(html, "<table").Count, Is.EqualTo(1), "one table, not a table per figure");
        Assert.That(Rows(html).Select(row => row[0]), Is.EqualTo(expectedIds.Split(',')));
        Assert.That(expectedIds.Split(','), Has.Length.GreaterThan(2));
    }

    [Test]
    public async Task AListShownFirstStillShowsEveryFigureAsATable()
    {
        // A notebook's first output is a list: .NET Interactive reads formatter sources per type as it meets
        // them, so this first list is its own index/value table with each figure's table in a cell.
        var first = await ReturnedHtml("FigureIndex.Dataset.Series(\"Quzhou\", \"GdpGrowth\")");
        Assert.That(first, Does.Contain("<table class=\"reportdata-figures\">"));
        Assert.That(first, Does.Contain("<td>Quzhou.Y2023.GdpGrowthPercent</td>"));

        // From then on the list formatter is known: one table.
        var again = await ReturnedHtml("FigureIndex.Dataset.Series(\"Quzhou\", \"GdpGrowth\")");
        Assert.That(again, Does.StartWith("<table class=\"reportdata-figures\">"));
        Assert.That(Regex.Matches(again, "<table").Count, Is.EqualTo(1));
    }

    [Test]
    public async Task TheWholeDatasetIsCutAtTheRowLimit()
    {
        await ReturnedHtml("ReportDataset.Get(\"Quzhou.Y2023.GdpBillion\")");

        var html = await ReturnedHtml("ReportDataset.Figures");
        var total = int.Parse(await ReturnedPlainText("ReportDataset.Figures.Count.ToString()"));

        Assert.That(Rows(html).Count(row => row.Length == 8), Is.EqualTo(100));
        Assert.That(html, Does.Contain($"<i>{total - 100} more figures</i>"));
    }

    private async Task<KernelCommandResult> Submit(string code)
    {
        var result = await _kernel.SendAsync(new SubmitCode(code));
        var failure = result.Events.OfType<CommandFailed>().FirstOrDefault();
        Assert.That(failure, Is.Null, () => "the kernel failed: " + failure!.Message);
        return result;
    }

    private async Task<string> ReturnedHtml(string expression) => await Returned(expression, "text/html");

    private async Task<string> ReturnedPlainText(string expression) => await Returned(expression, "text/plain");

    private async Task<string> Returned(string expression, string mimeType)
    {
        var result = await Submit(expression);
        var value = result.Events.OfType<ReturnValueProduced>().Single();
        var formatted = value.FormattedValues.FirstOrDefault(v => v.MimeType == mimeType);
        Assert.That(formatted, Is.Not.Null, () => $"no {mimeType} among " + string.Join(", ", value.FormattedValues.Select(v => v.MimeType)));
        return formatted!.Value;
    }

    private static string[] Headers(string html) =>
        Regex.Matches(html, "<th>(.*?)</th>").Select(match => match.Groups[1].Value).ToArray();

    private static string[][] Rows(string html) =>
        Regex.Matches(html, "<tr>(<td.*?)</tr>")
            .Select(row => Regex.Matches(row.Groups[1].Value, "<td[^>]*>(.*?)</td>").Select(cell => cell.Groups[1].Value).ToArray())
            .ToArray();
}
