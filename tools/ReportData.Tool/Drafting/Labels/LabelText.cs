using System;
using System.Linq;
using System.Text.RegularExpressions;

namespace ReportData.Tool.Drafting;

/// <summary>A label as labels are compared: without blanks, quotation marks and the scope words that open it (全市, 全年, 其中 ...).</summary>
public static class LabelText
{
    private static readonly string[] ScopeWords = { "全市", "全年", "市区", "其中", "全面", "累计", "共", "我市", "本市", "年度", "年" };

    /// <summary>
    /// A word of resolve or time before the change word that ends a label (人均预期寿命再提高, 能源消耗强度要降低): labels written
    /// with it and without it name one indicator, as the drafts print them without it (<see cref="Wording"/>).
    /// </summary>
    private static readonly Regex ModalBeforeChange = new(
        Wording.ModalWords + "(?=(?:" + string.Join("|", Wording.ChangeWords.OrderByDescending(word => word.Length)) + ")$)",
        RegexOptions.CultureInvariant);

    public static string Normalize(string label)
    {
        var text = label.Trim().Replace(" ", string.Empty).Replace("“", string.Empty).Replace("”", string.Empty);
        var changed = true;
        while (changed)
        {
            changed = false;
            foreach (var word in ScopeWords)
            {
                if (text.Length > word.Length + 1 && text.StartsWith(word, StringComparison.Ordinal))
                {
                    text = text.Substring(word.Length);
                    changed = true;
                }
            }
        }

        return ModalBeforeChange.Replace(text, string.Empty);
    }
}
