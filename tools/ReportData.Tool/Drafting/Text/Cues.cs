using ReportData.Authoring.Numbers;

namespace ReportData.Tool.Drafting;

/// <summary>
/// Cue phrases are matched in simplified characters, so a report in traditional characters (工作回顧,
/// 主要預期目標) is still sectioned; quotes and labels always stay as printed.
/// </summary>
public static class Cues
{
    private static readonly System.Collections.Generic.Dictionary<char, char> Simplified = new()
    {
        ['顧'] = '顾', ['標'] = '标', ['務'] = '务', ['預'] = '预', ['計'] = '计', ['長'] = '长', ['後'] = '后', ['來'] = '来',
        ['過'] = '过', ['點'] = '点', ['經'] = '经', ['濟'] = '济', ['發'] = '发', ['總'] = '总', ['體'] = '体', ['與'] = '与',
        ['達'] = '达', ['實'] = '实', ['現'] = '现', ['從'] = '从', ['幾'] = '几', ['會'] = '会', ['議'] = '议', ['屆'] = '届',
    };

    public static string Simplify(string text)
    {
        var characters = text.ToCharArray();
        for (var i = 0; i < characters.Length; i++)
        {
            if (Simplified.TryGetValue(characters[i], out var simple))
            {
                characters[i] = simple;
            }
        }

        return new string(characters);
    }

    /// <summary>The text as the cues read it: simplified characters, ASCII digits (a year in numerals too: 二〇二四年 is 2024年), no leading blanks, markers or speaker's address.</summary>
    public static string Normalize(string paragraph)
    {
        var text = ChineseNumeralDates.YearsToDigits(PrintedDigits.ToAscii(Simplify(paragraph))).Trim().TrimStart('#', ' ', '　', '\u00a0', '\u200b', '\ufeff', '\t');
        foreach (var address in new[] { "各位代表！", "各位代表!", "各位代表，", "各位代表：" })
        {
            if (text.StartsWith(address, System.StringComparison.Ordinal) && text.Length > address.Length + 4)
            {
                text = text.Substring(address.Length).TrimStart();
            }
        }

        return text;
    }
}
