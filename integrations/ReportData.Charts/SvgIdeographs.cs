using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Text;
using SkiaSharp;

namespace ReportData.Charts;

/// <summary>
/// Skia's SVG writer turns each glyph back into a character through the font's character map, and CJK fonts map
/// Kangxi and CJK radicals (U+2F00.., U+2E80..) and compatibility ideographs (U+F900..) to the same glyphs as the
/// ideographs: 生产 came out as ⽣产, 目标 as ⽬标. Drawn alike, but wrong to search, copy or read aloud. This maps
/// every such character back to the ideograph that has its glyph in the chart's font.
/// </summary>
internal static class SvgIdeographs
{
    private static readonly ConcurrentDictionary<string, IReadOnlyDictionary<char, char>> MapsByFont = new();

    public static string Restore(string svg, string fontName)
    {
        var map = MapsByFont.GetOrAdd(fontName, BuildMap);
        if (map.Count == 0)
        {
            return svg;
        }

        var builder = new StringBuilder(svg.Length);
        foreach (var character in svg)
        {
            builder.Append(map.TryGetValue(character, out var ideograph) ? ideograph : character);
        }

        return builder.ToString();
    }

    private static IReadOnlyDictionary<char, char> BuildMap(string fontName)
    {
        var map = new Dictionary<char, char>();
        var typeface = ScottPlot.Fonts.GetTypeface(fontName, bold: false, italic: false);
        if (typeface is null)
        {
            return map;
        }

        // The unified ideographs (U+4E00..U+9FFF) by glyph; the first code point wins, as in the font's own order.
        var ideographByGlyph = new Dictionary<ushort, char>();
        for (var codePoint = 0x4E00; codePoint <= 0x9FFF; codePoint++)
        {
            var glyph = typeface.GetGlyph(codePoint);
            if (glyph != 0 && !ideographByGlyph.ContainsKey(glyph))
            {
                ideographByGlyph.Add(glyph, (char)codePoint);
            }
        }

        foreach (var (first, last) in new[] { (0x2E80, 0x2EFF), (0x2F00, 0x2FDF), (0xF900, 0xFAFF) })
        {
            for (var codePoint = first; codePoint <= last; codePoint++)
            {
                var glyph = typeface.GetGlyph(codePoint);
                if (glyph != 0 && ideographByGlyph.TryGetValue(glyph, out var ideograph))
                {
                    map[(char)codePoint] = ideograph;
                }
            }
        }

        return map;
    }
}
