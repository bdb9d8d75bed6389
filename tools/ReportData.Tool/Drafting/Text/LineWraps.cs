using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace ReportData.Tool.Drafting;

/// <summary>
/// Text from a PDF's text layer often arrives hard-wrapped: every line of a paragraph cut at the same width, words and
/// sentences broken across lines; text copied from a web page breaks a sentence across a line that prints nothing (a
/// zero-width space). Such a text is read with its wraps joined (<see cref="Reading"/>), and every quote is
/// taken back from the text as printed (<see cref="Quote"/>), its line breaks standing as spaces: the build's check, which
/// folds white space, finds it there.
/// </summary>
internal sealed class LineWraps
{
    // A line that opens a paragraph or a heading is no continuation: an indent, 一、 (一) 1. ——, or a bullet.
    private static readonly Regex Opening = new(@"^(?:[\s　]|[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十0-9０-９]+[）)]|[0-9０-９]+[、.．](?![0-9０-９])|——|•|·)", RegexOptions.CultureInvariant);

    private const string Ends = "。！？!?；;：:";

    private readonly string _printed;

    private readonly int[]? _map;

    private LineWraps(string printed, string reading, int[]? map)
    {
        _printed = printed;
        Reading = reading;
        _map = map;
    }

    /// <summary>The text as the engine reads it: wrapped lines joined, or the text itself when it is not hard-wrapped.</summary>
    public string Reading { get; }

    /// <summary>Whether any line was joined.</summary>
    public bool Joined => _map is not null;

    /// <summary>
    /// Reads <paramref name="text"/> (line breaks as \n). It is hard-wrapped when at least a third of its lines of 16 characters
    /// or more share one length (the width); a line of that width, not ending a sentence, joins the next line unless the next one
    /// opens a paragraph or a heading. A line not ending a sentence joins the line after a line of nothing visible alike.
    /// </summary>
    public static LineWraps Read(string text)
    {
        var lines = text.Split('\n');
        var width = Width(lines);
        if (width is null && !Enumerable.Range(0, lines.Length).Any(i => BreaksAcross(lines, i)))
        {
            return new LineWraps(text, text, null);
        }

        var reading = new StringBuilder(text.Length);
        var map = new List<int>(text.Length);
        var at = 0;
        var joined = false;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            for (var c = 0; c < line.Length; c++)
            {
                reading.Append(line[c]);
                map.Add(at + c);
            }

            at += line.Length;
            if (i + 1 == lines.Length)
            {
                break;
            }

            if (BreaksAcross(lines, i))
            {
                // 国内生产总值达到74.4 / ​ / 万亿元: the line of nothing visible and both its breaks are left out of the reading.
                at += lines[i + 1].Length + 2;
                joined = true;
                i++;
                continue;
            }

            var wrapped = width is { } full && line.Length >= full - 1 && line.Length <= full && line.Length > 0 && Ends.IndexOf(line[line.Length - 1]) < 0
                && lines[i + 1].Length > 0 && !Opening.IsMatch(lines[i + 1]);
            if (!wrapped)
            {
                reading.Append('\n');
                map.Add(at);
            }

            joined |= wrapped;
            at++;
        }

        map.Add(text.Length);
        return joined ? new LineWraps(text, reading.ToString(), map.ToArray()) : new LineWraps(text, text, null);
    }

    /// <summary>Where a position of <see cref="Reading"/> is in the text as printed.</summary>
    public int Printed(int position) => _map is null || position < 0 || position >= _map.Length ? position : _map[position];

    /// <summary>
    /// A quote of <see cref="Reading"/> that starts at <paramref name="start"/>, as the printed text has it: its line breaks as
    /// spaces.
    /// </summary>
    public string Quote(string quote, int start)
    {
        if (_map is null || start < 0 || start + quote.Length > _map.Length - 1 || quote.Length == 0)
        {
            return quote;
        }

        var from = _map[start];
        var to = _map[start + quote.Length - 1] + 1;
        return _printed.Substring(from, to - from).Replace('\n', ' ');
    }

    /// <summary>Where <paramref name="quote"/> holding position <paramref name="around"/> starts in <see cref="Reading"/>, or -1.</summary>
    public int StartOf(string quote, int around)
    {
        var from = Math.Max(0, around - quote.Length + 1);
        for (var at = Reading.IndexOf(quote, from, StringComparison.Ordinal); at >= 0 && at <= around; at = Reading.IndexOf(quote, at + 1, StringComparison.Ordinal))
        {
            if (around < at + quote.Length)
            {
                return at;
            }
        }

        return around < 0 ? Reading.IndexOf(quote, StringComparison.Ordinal) : -1;
    }

    /// <summary>
    /// Whether line <paramref name="i"/> runs on across a line of nothing visible (a zero-width space, a word joiner): web pages
    /// copied as text break sentences, and numbers from their units, so (国内生产总值达到74.4 / ​ / 万亿元，增长6.7%).
    /// </summary>
    private static bool BreaksAcross(string[] lines, int i) =>
        i + 2 < lines.Length && lines[i].TrimEnd().Length > 0 && Ends.IndexOf(lines[i].TrimEnd()[lines[i].TrimEnd().Length - 1]) < 0
        && lines[i + 1].Length > 0 && lines[i + 1].All(Invisible)
        && lines[i + 2].Trim().Length > 0 && !lines[i + 2].All(Invisible) && !Opening.IsMatch(lines[i + 2]);

    /// <summary>Characters that print nothing and are no white space to .NET: zero-width space, non-joiner, joiner, word joiner, byte-order mark.</summary>
    private static bool Invisible(char c) => c is >= '\u200B' and <= '\u200D' or '\u2060' or '\uFEFF';

    private static int? Width(string[] lines)
    {
        var longLines = lines.Where(line => line.Length >= 16).ToList();
        if (longLines.Count < 6)
        {
            return null;
        }

        var mode = longLines.GroupBy(line => line.Length).OrderByDescending(group => group.Count()).ThenByDescending(group => group.Key).First();
        return mode.Count() * 3 >= longLines.Count && mode.Count() >= 5 ? mode.Key : null;
    }
}
