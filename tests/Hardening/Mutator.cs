using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace ReportData.Tests.Hardening;

/// <summary>
/// Makes hostile variants of a report file: byte flips, truncation, duplicated, deleted and shuffled
/// lines, random Unicode, re-indentation and values swapped for troublesome ones. Deterministic: the
/// same seed text and <see cref="Random"/> state give the same input on every machine, and the recipe
/// names what was done so that a finding can be rebuilt by hand as a named case.
/// </summary>
public static class Mutator
{
    /// <summary>Values that have broken parsers, number readers, name rules and emitters before.</summary>
    private static readonly string[] TroublesomeValues =
    {
        string.Empty, "~", "null", ".nan", ".inf", "-.inf", "-1", "1e400", "0", "007", "1-2", "2-1", "1—2", "1至", "-",
        "999999999999999", "9999999999999999", "0.000000000000001", "79228162514264337593543950336", "2125.2.1",
        "\"\"", "'", "\"", "[", "]", "{", "}", "[]", "{}", "*a", "&a x", "!!binary aGk=", "|", ">", "? x", "- x", ": x",
        "class", "Targets", "Y2023", "ToString", "GdpLow", "Gdp", "GdpBillion", "FiveYearGoals", "Figure", "ReportDataset",
        "今后五年", "十年", "target", "actual", "about", "atLeast", "true", "yes", "亿元", "%", "万人", "倍", "英镑", "\"\"",
        "2023", "1899", "2200", "99999999999", "\"</summary>\"", "\"*/\"", "\"\\\\\"", "\"{0}\"", "\"\\n#if X\"",
        "\"\\u0000\"", "\"\\uD800\"", "\"\\u2028\"", "\"😀\"", "../x.txt", "/etc/passwd", "C:\\x.txt", "report.txt",
        "&anchor value", "!custom tag", "%", "@", "`",
        "Storage", "System", "Math", "ReportFigures", "FigureIndex", "一亿亿亿亿", "亿亿亿亿亿亿亿亿亿", "R.txt", "REPORT.TXT",
    };

    private static readonly string[] YamlIndicators = { ":", "-", "[", "]", "{", "}", "#", "&", "*", "!", "|", ">", "'", "\"", "%", "@", "`", ",", "?", "\\" };

    private static readonly string[] Spaces = { "\t", " ", "\r", "\n", "\r\n", "\u00A0", "\u2028", "\u2029", "\u0085", "\uFEFF", "\u200B", "\u3000" };

    public static (string Text, string Recipe) Mutate(string seed, Random random)
    {
        var recipe = new List<string>();
        var text = seed;

        // One input in four only rewrites free text with hostile characters: it stays valid and reaches the
        // emitter. Always on a slice, so that the thousands of distinct outputs stay quick to compile.
        if (random.Next(4) == 0)
        {
            text = SliceFigures(text, random, recipe);
            var edits = 1 + random.Next(4);
            for (var edit = 0; edit < edits; edit++)
            {
                text = ReplaceFreeText(text, random, recipe);
            }

            return (text, string.Join("; ", recipe));
        }

        if (random.Next(10) < 7)
        {
            text = SliceFigures(text, random, recipe);
        }

        var steps = 1 + random.Next(3);
        for (var step = 0; step < steps; step++)
        {
            text = random.Next(12) switch
            {
                10 => DuplicateFigure(text, random, recipe),
                0 => FlipBit(text, random, recipe),
                1 => Truncate(text, random, recipe),
                2 => DuplicateLine(text, random, recipe),
                3 => DeleteLine(text, random, recipe),
                4 => SwapLines(text, random, recipe),
                5 => ShuffleWindow(text, random, recipe),
                6 => InsertUnicode(text, random, recipe),
                7 => InsertUnicode(text, random, recipe),
                8 => Reindent(text, random, recipe),
                _ => ReplaceValue(text, random, recipe),
            };
        }

        return (text, string.Join("; ", recipe));
    }

    /// <summary>Keeps the report block and a window of figures: small inputs, more of them per second.</summary>
    private static string SliceFigures(string text, Random random, List<string> recipe)
    {
        var lines = Lines(text);
        var figuresAt = lines.FindIndex(line => line.StartsWith("figures:", StringComparison.Ordinal));
        if (figuresAt < 0)
        {
            return text;
        }

        var starts = new List<int>();
        for (var i = figuresAt + 1; i < lines.Count && (lines[i].Length == 0 || lines[i][0] == ' ' || lines[i][0] == '#'); i++)
        {
            if (lines[i].StartsWith("  - ", StringComparison.Ordinal))
            {
                starts.Add(i);
            }
        }

        if (starts.Count == 0)
        {
            return text;
        }

        var end = starts.Count;
        var first = random.Next(starts.Count);
        var count = 1 + random.Next(Math.Min(12, starts.Count - first));
        var stop = first + count < end ? starts[first + count] : FigureListEnd(lines, starts[end - 1]);
        recipe.Add($"slice figures {first}..{first + count - 1}");
        return string.Join("\n", lines.Take(figuresAt + 1).Concat(lines.Skip(starts[first]).Take(stop - starts[first]))) + "\n";
    }

    private static int FigureListEnd(List<string> lines, int lastStart)
    {
        var i = lastStart + 1;
        while (i < lines.Count && (lines[i].StartsWith("    ", StringComparison.Ordinal) || lines[i].Length == 0))
        {
            i++;
        }

        return i;
    }

    /// <summary>Copies one figure (its whole list item) to the end of the file: the same member twice.</summary>
    private static string DuplicateFigure(string text, Random random, List<string> recipe)
    {
        var lines = Lines(text);
        var starts = Enumerable.Range(0, lines.Count).Where(i => lines[i].StartsWith("  - key:", StringComparison.Ordinal)).ToList();
        if (starts.Count == 0)
        {
            return text;
        }

        var start = starts[random.Next(starts.Count)];
        var end = start + 1;
        while (end < lines.Count && lines[end].StartsWith("    ", StringComparison.Ordinal))
        {
            end++;
        }

        recipe.Add($"duplicate the figure on lines {start + 1}..{end} at the end");
        var figure = lines.GetRange(start, end - start);
        var last = lines.Count > 0 && lines[lines.Count - 1].Length == 0 ? lines.Count - 1 : lines.Count;
        lines.InsertRange(last, figure);
        return Join(lines);
    }

    private static string FlipBit(string text, Random random, List<string> recipe)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        if (bytes.Length == 0)
        {
            return text;
        }

        var at = random.Next(bytes.Length);
        var bit = random.Next(8);
        bytes[at] ^= (byte)(1 << bit);
        recipe.Add($"flip bit {bit} of byte {at}");

        // As the compiler would decode the file: invalid UTF-8 becomes U+FFFD.
        return Encoding.UTF8.GetString(bytes);
    }

    private static string Truncate(string text, Random random, List<string> recipe)
    {
        if (random.Next(2) == 0)
        {
            var bytes = Encoding.UTF8.GetBytes(text);
            var keep = random.Next(bytes.Length + 1);
            recipe.Add($"truncate to {keep} bytes");
            return Encoding.UTF8.GetString(bytes, 0, keep);
        }

        var chars = random.Next(text.Length + 1);
        recipe.Add($"truncate to {chars} chars");
        return text.Substring(0, chars);
    }

    private static string DuplicateLine(string text, Random random, List<string> recipe)
    {
        var lines = Lines(text);
        var from = random.Next(lines.Count);
        var to = random.Next(2) == 0 ? from + 1 : random.Next(lines.Count + 1);
        recipe.Add($"duplicate line {from + 1} at {to + 1}");
        lines.Insert(to, lines[from]);
        return Join(lines);
    }

    private static string DeleteLine(string text, Random random, List<string> recipe)
    {
        var lines = Lines(text);
        var at = random.Next(lines.Count);
        recipe.Add($"delete line {at + 1}");
        lines.RemoveAt(at);
        return Join(lines);
    }

    private static string SwapLines(string text, Random random, List<string> recipe)
    {
        var lines = Lines(text);
        var a = random.Next(lines.Count);
        var b = random.Next(lines.Count);
        recipe.Add($"swap lines {a + 1} and {b + 1}");
        (lines[a], lines[b]) = (lines[b], lines[a]);
        return Join(lines);
    }

    private static string ShuffleWindow(string text, Random random, List<string> recipe)
    {
        var lines = Lines(text);
        var start = random.Next(lines.Count);
        var length = Math.Min(2 + random.Next(5), lines.Count - start);
        recipe.Add($"shuffle lines {start + 1}..{start + length}");
        var window = lines.GetRange(start, length).OrderBy(_ => random.Next()).ToList();
        lines.RemoveRange(start, length);
        lines.InsertRange(start, window);
        return Join(lines);
    }

    private static string InsertUnicode(string text, Random random, List<string> recipe)
    {
        string inserted;
        switch (random.Next(7))
        {
            case 0:
                inserted = YamlIndicators[random.Next(YamlIndicators.Length)];
                break;
            case 1:
                inserted = Spaces[random.Next(Spaces.Length)];
                break;
            case 2:
                inserted = ((char)random.Next(0x20)).ToString();
                break;
            case 3:
                inserted = ((char)random.Next(0x4E00, 0xA000)).ToString();
                break;
            case 4:
                inserted = char.ConvertFromUtf32(random.Next(0x1F300, 0x1FAFF));
                break;
            case 5:
                inserted = ((char)random.Next(0xD800, 0xE000)).ToString();
                break;
            default:
                inserted = ((char)random.Next(0x10000)).ToString();
                break;
        }

        var at = random.Next(text.Length + 1);
        recipe.Add($"insert {HardeningHarness.AsCSharpLiteral(inserted)} at char {at}");
        return text.Insert(at, inserted);
    }

    private static string Reindent(string text, Random random, List<string> recipe)
    {
        var lines = Lines(text);
        var at = random.Next(lines.Count);
        if (random.Next(2) == 0)
        {
            recipe.Add($"indent line {at + 1}");
            lines[at] = new string(' ', 1 + random.Next(4)) + lines[at];
        }
        else
        {
            var spaces = lines[at].Length - lines[at].TrimStart(' ').Length;
            recipe.Add($"outdent line {at + 1}");
            lines[at] = lines[at].Substring(Math.Min(spaces, 1 + random.Next(4)));
        }

        return Join(lines);
    }

    private static string ReplaceValue(string text, Random random, List<string> recipe)
    {
        var lines = Lines(text);
        var candidates = Enumerable.Range(0, lines.Count).Where(i => lines[i].Contains(": ", StringComparison.Ordinal)).ToList();
        if (candidates.Count == 0)
        {
            return text;
        }

        var at = candidates[random.Next(candidates.Count)];
        var value = random.Next(8) == 0
            ? new string('x', random.Next(1, 5000))
            : TroublesomeValues[random.Next(TroublesomeValues.Length)];
        var colon = lines[at].IndexOf(": ", StringComparison.Ordinal);
        recipe.Add($"line {at + 1} value := {HardeningHarness.AsCSharpLiteral(value.Length > 40 ? value.Substring(0, 10) + "...(" + value.Length.ToString(CultureInfo.InvariantCulture) + ")" : value)}");
        lines[at] = lines[at].Substring(0, colon + 2) + value;
        return Join(lines);
    }

    /// <summary>Free-text fields: what they hold goes into string literals and XML docs, never into names.</summary>
    private static readonly string[] FreeTextFields = { "label: ", "note: ", "title: ", "session: ", "speaker: ", "cityName: ", "reason: ", "date: " };

    private static string ReplaceFreeText(string text, Random random, List<string> recipe)
    {
        var lines = Lines(text);
        var candidates = Enumerable.Range(0, lines.Count)
            .Where(i => FreeTextFields.Any(field => lines[i].TrimStart(' ', '-').StartsWith(field, StringComparison.Ordinal)))
            .ToList();
        if (candidates.Count == 0)
        {
            return text;
        }

        var at = candidates[random.Next(candidates.Count)];
        var builder = new StringBuilder();
        var length = random.Next(1, 40);
        for (var i = 0; i < length; i++)
        {
            builder.Append(random.Next(6) switch
            {
                0 => YamlIndicators[random.Next(YamlIndicators.Length)],
                1 => Spaces[random.Next(Spaces.Length)],
                2 => ((char)random.Next(0x20)).ToString(),
                3 => new[] { "</summary>", "*/", "/*", "\\", "\"", "{", "}", "<para>", "&amp;", "#if", "\\u0022", "<!--", "]]>" }[random.Next(13)],
                4 => ((char)random.Next(0x10000)).ToString(),
                _ => ((char)random.Next(0x4E00, 0xA000)).ToString(),
            });
        }

        var colon = lines[at].IndexOf(": ", StringComparison.Ordinal);
        var value = YamlDoubleQuoted(builder.ToString());
        recipe.Add($"line {at + 1} free text := {HardeningHarness.AsCSharpLiteral(value)}");
        lines[at] = lines[at].Substring(0, colon + 2) + value;
        return Join(lines);
    }

    /// <summary>A YAML double-quoted scalar holding exactly <paramref name="text"/>, whatever characters it has.</summary>
    public static string YamlDoubleQuoted(string text)
    {
        var builder = new StringBuilder("\"");
        foreach (var character in text)
        {
            builder.Append(character switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                _ when character < ' ' || char.IsSurrogate(character) || character is '\u007F' or '\u0085' or '\u2028' or '\u2029' or '\uFEFF' or '\uFFFE' or '\uFFFF'
                    => "\\u" + ((int)character).ToString("X4", CultureInfo.InvariantCulture),
                _ => character.ToString(),
            });
        }

        return builder.Append('"').ToString();
    }

    private static List<string> Lines(string text) => text.Split('\n').ToList();

    private static string Join(List<string> lines) => string.Join("\n", lines);
}
