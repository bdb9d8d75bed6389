using System;
using System.Collections.Generic;

namespace ReportData.Authoring.Planning;

/// <summary>
/// The dataset's convention for the key of an indicator measured in another dimension than its key's
/// (docs/authoring.md): a percent change of a level is <c>&lt;Key&gt;Growth</c>, a share of it <c>&lt;Key&gt;Share</c>,
/// percentage points of a rate <c>&lt;Key&gt;Change</c> (of a level's growth rate <c>&lt;Key&gt;GrowthChange</c>), US
/// dollars of a yuan amount <c>&lt;Key&gt;InDollars</c>. Used for RD1014's hint and by the drafting tool, so the two
/// propose the same keys.
/// </summary>
public static class DimensionKeys
{
    /// <summary>Percent change of the level.</summary>
    public const string Growth = "Growth";

    /// <summary>Share of the level in a whole.</summary>
    public const string Share = "Share";

    /// <summary>
    /// Keys for a figure of <paramref name="dimension"/> whose key <paramref name="key"/> means <paramref name="keyDimension"/>,
    /// likeliest first; none when no convention relates the two dimensions.
    /// </summary>
    public static IEnumerable<string> For(string key, string dimension, string keyDimension)
    {
        var level = keyDimension is not ("Ratio" or "PercentagePoints" or "None");
        switch (dimension)
        {
            case "Ratio" when level:
                yield return key + Growth;
                yield return key + Share;
                break;
            case "PercentagePoints" when keyDimension == "Ratio" || key.EndsWith(Growth, StringComparison.Ordinal):
                yield return key + "Change";
                break;
            case "PercentagePoints" when level:
                yield return key + Growth + "Change";
                break;
            case "MoneyUsd" when keyDimension == "MoneyCny":
                yield return key + "InDollars";
                break;
            case "MoneyCny" when keyDimension == "MoneyUsd" && key.EndsWith("InDollars", StringComparison.Ordinal):
                yield return key.Substring(0, key.Length - "InDollars".Length);
                break;
        }
    }

    /// <summary>
    /// RD1014's hint for <paramref name="key"/> measured in <paramref name="here"/> and in <paramref name="there"/>: the
    /// conventional key for whichever of the two is derived from the other, or a general advice.
    /// </summary>
    public static string Hint(string key, string here, string there)
    {
        foreach (var (dimension, keyDimension) in new[] { (here, there), (there, here) })
        {
            var keys = new List<string>(For(key, dimension, keyDimension));
            if (keys.Count > 0)
            {
                return $"e.g. {string.Join(" or ", keys)} for the {dimension} figure";
            }
        }

        return "one that names what each figure measures";
    }
}
