using System;
using System.Globalization;
using System.Text.RegularExpressions;
using ReportData.Authoring.Numbers;
using ReportData.Authoring.Shared;
using ReportData.Tool.Generator;

namespace ReportData.Tool.Drafting;

/// <summary>
/// Two shapes of label that a key says in its own order, read before <see cref="KeyComposer"/> cuts the words:
/// a threshold on what is counted (新增营收超百亿企业 → <c>NewEnterprisesOver10Billion</c>: the counted noun, then
/// <c>Over</c> and the amount in yuan) and a share of a whole (服务业税收占税收总收入的比重 → <c>ServiceSectorTaxRevenueShare</c>:
/// the part, then <c>Share</c>; 占全省 → <c>ProvincialShare</c>).
/// </summary>
internal static class KeyPhrases
{
    /// <summary>超/超过 N 万/亿(元) (以上) (的) before the counted noun, or N 万/亿元以上 without 超.</summary>
    private static readonly Regex Threshold = new(
        @"(?<cue>超过?)?(?<amount>[0-9０-９]+(?:,[0-9０-９]{3})*(?:[.．][0-9０-９]+)?|[一二两三四五六七八九十百千]+)?(?<magnitude>[万亿])元?(?<above>及?以上)?的?(?=\p{IsCJKUnifiedIdeographs})",
        RegexOptions.CultureInvariant);

    /// <summary>The largest amount before 万 or 亿 read as a threshold.</summary>
    private const decimal MaxAmount = 1_000_000_000_000m;

    /// <summary>X 占 Y (的) (比重|比例|份额)?: the share of X in Y.</summary>
    private static readonly Regex Share = new(@"^(?<part>.{2,}?)占(?<whole>.{1,12}?)的?(?:比重|比例|份额|比)?$", RegexOptions.CultureInvariant);

    /// <summary>The label without its threshold and the threshold as a key's words (<c>Over10Billion</c>), or null when it has none.</summary>
    public static (string Label, string Words)? SplitThreshold(string label)
    {
        foreach (Match match in Threshold.Matches(label))
        {
            if (!match.Groups["cue"].Success && !match.Groups["above"].Success || !match.Groups["amount"].Success && !match.Groups["above"].Success)
            {
                continue;
            }

            var amount = 1m;
            if (match.Groups["amount"].Success && !TryAmount(match.Groups["amount"].Value, out amount))
            {
                return null;
            }

            // No threshold is that large (10^12 亿元 is a thousand times the world's product): such a number is no
            // threshold a key can spell, and its yuan would overflow a decimal (10^21 亿元 is 10^29 yuan).
            if (amount > MaxAmount)
            {
                return null;
            }

            var yuan = amount * (match.Groups["magnitude"].Value == "亿" ? 100_000_000m : 10_000m);
            // What lies between the verb and the threshold is the measure the threshold is of (营收, 投资, 进出口额): the
            // key keeps the counted noun only.
            var verb = LearnedTerms.None.LeadingVerb(label, wordsWin: false) ?? string.Empty;
            var rest = label.Substring(match.Index + match.Length);
            return match.Index >= verb.Length && rest.Length > 0 ? (verb + rest, "Over" + Amount(yuan)) : null;
        }

        return null;
    }

    /// <summary>The part a share is of and the key's words for the whole (<c>ProvincialShare</c>, <c>Share</c>), or null when the label is no share.</summary>
    public static (string Part, string Words)? SplitShare(string label)
    {
        var match = Share.Match(label);
        if (!match.Success)
        {
            return null;
        }

        var whole = match.Groups["whole"].Value;
        var scope = whole switch
        {
            "全省" => "Provincial",
            "全国" => "National",
            "全市" => "Municipal",
            _ => string.Empty,
        };
        return (match.Groups["part"].Value, scope + "Share");
    }

    private static bool TryAmount(string printed, out decimal amount)
    {
        // As printed: 1,000 and １０００ are 1000 (the generator's reading, PrintedDigits).
        if (decimal.TryParse(PrintedDigits.ToAscii(printed).Replace(",", string.Empty), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out amount))
        {
            return true;
        }

        if (NumeralWords.TryDigits(printed, out var digits))
        {
            return decimal.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out amount);
        }

        return false;
    }

    /// <summary>An amount of yuan as a key spells it: 10Billion, 100Million, 500k, 5000.</summary>
    private static string Amount(decimal yuan)
    {
        var (scaled, word) = yuan >= 1_000_000_000m ? (yuan / 1_000_000_000m, "Billion")
            : yuan >= 1_000_000m ? (yuan / 1_000_000m, "Million")
            : yuan >= 1_000m ? (yuan / 1_000m, "k")
            : (yuan, string.Empty);
        return scaled.ToString("0.##", CultureInfo.InvariantCulture).Replace(".", "Point") + word;
    }
}
