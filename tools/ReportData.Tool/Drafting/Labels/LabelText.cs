using System;

namespace ReportData.Tool.Drafting;

/// <summary>A label as labels are compared: without blanks, quotation marks and the scope words that open it (全市, 全年, 其中 ...).</summary>
public static class LabelText
{
    private static readonly string[] ScopeWords = { "全市", "全年", "市区", "其中", "全面", "累计", "共", "我市", "本市", "年度", "年" };

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

        return text;
    }
}
