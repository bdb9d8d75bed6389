using System.Collections.Generic;
using System.Text.RegularExpressions;
using ReportData.Tool.Generator;

namespace ReportData.Tool.Drafting;

/// <summary>One number printed in a clause, with the unit printed after it (empty when none is known).</summary>
/// <param name="Start">Where the number starts in the clause.</param>
/// <param name="End">Where the unit (or the number, without one) ends.</param>
/// <param name="Value">The number as printed: <c>2125.2</c>, or a range <c>1-2</c> with its separator as printed.</param>
/// <param name="Unit">The unit as printed (<c>亿元</c>), or empty.</param>
/// <param name="Approximate">多 or 余 stands between number and unit (3000多家).</param>
/// <param name="BareMagnitude">万 or 亿 printed without a counted noun (新增参保2.35万).</param>
public sealed record PrintedQuantity(int Start, int End, string Value, string Unit, bool Approximate, string? BareMagnitude)
{
    public bool HasUnit => Unit.Length > 0 || BareMagnitude is not null;
}

/// <summary>Finds the numbers of a clause and the units the generator knows after them (longest match).</summary>
public static class NumberScanner
{
    private static readonly Regex NumberPattern = new(@"(?<![\d.])\d+(?:\.\d+)?(?:\s*[-—–~～至]\s*\d+(?:\.\d+)?)?(?![\d])", RegexOptions.CultureInvariant);

    public static IReadOnlyList<PrintedQuantity> Scan(string clause)
    {
        var found = new List<PrintedQuantity>();
        foreach (Match match in NumberPattern.Matches(clause))
        {
            var value = match.Value;
            var end = match.Index + match.Length;
            var at = end;
            while (at < clause.Length && clause[at] == ' ')
            {
                at++;
            }

            var approximate = at < clause.Length && (clause[at] == '多' || clause[at] == '余');
            var unitStart = approximate ? at + 1 : at;
            var unit = LongestUnit(clause, unitStart);
            string? bare = null;
            if (unit.Length == 0 && unitStart < clause.Length && (clause[unitStart] == '万' || clause[unitStart] == '亿'))
            {
                bare = clause[unitStart].ToString();
            }

            if (unit.Length == 0 && bare is null && value.IndexOfAny(new[] { '-', '—', '–', '~', '～', '至' }) > 0)
            {
                // "2023—2027" or "3至5" without a unit: two numbers, each scanned on its own.
                foreach (Match part in Regex.Matches(value, @"\d+(?:\.\d+)?"))
                {
                    found.Add(new PrintedQuantity(match.Index + part.Index, match.Index + part.Index + part.Length, part.Value, string.Empty, false, null));
                }

                continue;
            }

            var quantityEnd = unit.Length > 0 ? unitStart + unit.Length : bare is not null ? unitStart + 1 : end;
            found.Add(new PrintedQuantity(match.Index, quantityEnd, value.Replace(" ", string.Empty), unit, approximate && (unit.Length > 0 || bare is not null), bare));
        }

        // 0.9和0.7个百分点: the list's numbers share the unit printed after the last of them.
        for (var i = found.Count - 2; i >= 0; i--)
        {
            var next = found[i + 1];
            var joint = clause.Substring(found[i].End, next.Start - found[i].End).Trim();
            if (!found[i].HasUnit && next.Unit.Length > 0 && joint is "和" or "、" or "与" or "及")
            {
                found[i] = found[i] with { Unit = next.Unit };
            }
        }

        return found;
    }

    private static string LongestUnit(string clause, int start)
    {
        for (var length = System.Math.Min(PrintedUnits.LongestUnit, clause.Length - start); length >= 1; length--)
        {
            var candidate = clause.Substring(start, length);
            if (PrintedUnits.TryGetSuffix(candidate, out _))
            {
                return candidate;
            }
        }

        return string.Empty;
    }
}
