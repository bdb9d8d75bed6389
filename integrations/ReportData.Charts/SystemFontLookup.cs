using System;
using System.Collections.Generic;
using System.Linq;
using SkiaSharp;

namespace ReportData.Charts;

/// <summary>
/// Looks for a font among those installed (through SkiaSharp's font manager, fontconfig on Linux): the simplified
/// Chinese families first, then any font the system matches to the text's characters.
/// </summary>
/// <remarks>
/// On Debian and Ubuntu, <c>apt-get install fonts-noto-cjk</c> gives Noto Sans CJK SC. A font file of your own can
/// be used with <c>ScottPlot.Fonts.AddFontFile(name, path)</c> and <c>new SystemFontLookup(name)</c>.
/// </remarks>
public sealed class SystemFontLookup : IFontLookup
{
    /// <summary>Families tried first, in order: simplified Chinese forms of common CJK fonts on Linux, Windows and macOS.</summary>
    public static IReadOnlyList<string> PreferredFamilies { get; } = new[]
    {
        "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "Source Han Sans CN", "WenQuanYi Micro Hei",
        "WenQuanYi Zen Hei", "Microsoft YaHei", "PingFang SC", "Hiragino Sans GB", "SimHei", "Noto Sans CJK JP",
    };

    private readonly string[] families;

    /// <summary>Tries <paramref name="preferredFamilies"/> first (fonts registered with ScottPlot included), then <see cref="PreferredFamilies"/>, then any match.</summary>
    public SystemFontLookup(params string[] preferredFamilies)
    {
        families = (preferredFamilies ?? Array.Empty<string>()).Concat(PreferredFamilies).ToArray();
    }

    /// <summary>The lookup with the default preferences.</summary>
    public static SystemFontLookup Default { get; } = new();

    /// <inheritdoc/>
    public string? FindFontFor(string text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return ScottPlot.Fonts.Default;
        }

        foreach (var family in families)
        {
            // ScottPlot resolves fonts registered with AddFontFile first, then system fonts; a family the system does
            // not have may come back as a fallback face, which is not the one asked for.
            var typeface = ScottPlot.Fonts.GetTypeface(family, bold: false, italic: false);
            if (typeface is not null
                && string.Equals(typeface.FamilyName, family, StringComparison.OrdinalIgnoreCase)
                && typeface.ContainsGlyphs(text))
            {
                return family;
            }
        }

        // Any installed font the system matches to the first character not drawable by the default font.
        foreach (var codePoint in CodePoints(text))
        {
            // Not disposed: the font manager may hand out a typeface it shares.
            var match = SKFontManager.Default.MatchCharacter(codePoint);
            if (match is not null && match.ContainsGlyphs(text))
            {
                return match.FamilyName;
            }
        }

        return null;
    }

    private static IEnumerable<int> CodePoints(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsSurrogatePair(text, i))
            {
                yield return char.ConvertToUtf32(text, i);
                i++;
            }
            else if (text[i] > 0x7F && !char.IsSurrogate(text[i]))
            {
                yield return text[i];
            }
        }
    }
}
