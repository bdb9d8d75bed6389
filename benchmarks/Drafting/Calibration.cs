using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using ReportData.Tool.Drafting;

namespace ReportData.Benchmarks.Drafting;

/// <summary>
/// The matched figures grouped by what the draft marks (nothing, the key alone, or a fact), with how often the drafted key and
/// the year, kind and bound are right in each group: what a mark's calibration rests on. A group right ≥ 98 % of the time need
/// not be marked; a group right far less often must stay marked. Set <c>DRAFTING_CALIBRATION</c> to a part of a group's name to
/// list its figures.
/// </summary>
public sealed class Calibration
{
    private readonly Dictionary<string, (int Count, int KeyRight, int FactsRight)> _classes = new(StringComparer.Ordinal);

    public void Add(DraftFigure found, KeyedFigure committed)
    {
        var reason = ClassOf(found);
        if (Environment.GetEnvironmentVariable("DRAFTING_CALIBRATION") is { } detail && reason.Contains(detail, StringComparison.Ordinal))
        {
            Console.WriteLine($"  {(found.Key == committed.Key ? "right" : "WRONG")} {found.Label} -> {found.Key} (committed {committed.Key}, label {committed.Label}): {found.Review}");
        }

        _classes.TryGetValue(reason, out var entry);
        _classes[reason] = (entry.Count + 1, entry.KeyRight + (found.Key == committed.Key ? 1 : 0), entry.FactsRight + (DraftMatching.PeriodKindBoundAgree(found, committed) ? 1 : 0));
    }

    private static string ClassOf(DraftFigure figure)
    {
        if (figure.Review is null)
        {
            return "unmarked";
        }

        var reasons = figure.Review.Split("; ")
            .Select(r => Regex.Replace(Regex.Replace(r, "'[^']*'", "'…'"), "[A-Z][A-Za-z0-9]+|[0-9.]+", "·"))
            .Select(r => r.Length > 70 ? r.Substring(0, 70) : r);
        return (figure.ReviewsOnlyTheKey ? "key only: " : "facts: ") + string.Join(" + ", reasons);
    }

    public string Table()
    {
        var text = new StringBuilder("| marked for | matched | key right | year+kind+bound right |\n|---|---:|---:|---:|\n");
        foreach (var (reason, entry) in _classes.OrderByDescending(pair => pair.Value.Count))
        {
            text.Append(CultureInfo.InvariantCulture, $"| {reason} | {entry.Count} | {DraftMatching.Percent(entry.KeyRight, entry.Count)} | {DraftMatching.Percent(entry.FactsRight, entry.Count)} |\n");
        }

        return text.ToString();
    }
}
