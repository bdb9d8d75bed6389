using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace ReportData.Tool.Drafting;

/// <summary>The indicators of a 分别 or 均 list, in order, paired with its numbers.</summary>
internal sealed record ListItems(IReadOnlyList<string> Labels, IReadOnlyList<string> LookupLabels, string? Note);

internal static class Lists
{
    private static readonly Regex Joints = new(@"[、和与及]", RegexOptions.CultureInvariant);

    public static ListItems Items(string indicator, int numbers, Wording wording)
    {
        if (numbers < 2 && !wording.Each)
        {
            return new ListItems(Array.Empty<string>(), Array.Empty<string>(), null);
        }

        if (indicator.StartsWith("城乡", StringComparison.Ordinal) && numbers == 2)
        {
            var rest = indicator.Substring(2);
            return new ListItems(
                new[] { indicator + "（城镇）", indicator + "（农村）" },
                new[] { "城镇" + rest, "农村" + rest },
                "分别 list: the first number is urban (城镇), the second rural (农村)");
        }

        var parts = Joints.Split(indicator).Select(part => part.Trim()).Where(part => part.Length > 0).ToList();
        if (parts.Count < 2)
        {
            return new ListItems(Array.Empty<string>(), Array.Empty<string>(), null);
        }

        // 城镇和农村居民收入: a short first item shares the last item's noun.
        var last = parts[parts.Count - 1];
        for (var i = 0; i < parts.Count - 1; i++)
        {
            if (parts[i].Length <= 2 && last.Length > parts[i].Length + 1)
            {
                parts[i] += last.Substring(parts[i].Length);
            }
        }

        var note = wording.Each
            ? "均/各: the same number for each indicator of the list"
            : "分别 list: numbers paired with the indicators in order";
        return new ListItems(parts, parts, note);
    }
}
