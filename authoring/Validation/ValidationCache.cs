using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis.Text;
using ReportData.Authoring.Model;

namespace ReportData.Authoring.Validation;

/// <summary>
/// The validator's results by the text the compiler handed over, shared by the generator and the analyzer
/// and kept across compilations while the text lives: a file is parsed, and checked against the same report
/// texts, once, however many compilations (every keystroke in an editor) and callers ask. Keys are weak:
/// an edited file's old text, and its results, go with the old compilation.
/// <para>
/// Behind the weak table, the latest result of each path is kept with the content it was computed from: a
/// compiler server builds a project again and again with new text objects for files that did not change, and a build
/// that finds a file's content unchanged finds its result without reading the YAML again. One entry per path, so what
/// this keeps is bounded by the files a process has seen; a path's entry is replaced when its content changes.
/// </para>
/// </summary>
internal static class ValidationCache
{
    private static readonly ConditionalWeakTable<SourceText, Entry<ReportFile>> Parsed = new();
    private static readonly ConditionalWeakTable<SourceText, Entry<ReportText>> Texts = new();
    private static readonly ConditionalWeakTable<ReportFile, CheckedEntry> Checked = new();
    private static readonly ConcurrentDictionary<string, ContentEntry<ReportFile>> ParsedByContent = new(System.StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, ContentEntry<ReportText>> TextsByContent = new(System.StringComparer.Ordinal);

    /// <summary>The parse of <paramref name="text"/> at <paramref name="path"/>, from the cache or by <paramref name="parse"/> of its content.</summary>
    public static ReportFile GetOrParse(SourceText text, string path, System.Func<string, ReportFile> parse) =>
        GetOrAdd(Parsed, ParsedByContent, text, path, parse);

    /// <summary>The report text of <paramref name="text"/> at <paramref name="path"/>, from the cache or by <paramref name="read"/> of its content.</summary>
    public static ReportText GetOrRead(SourceText text, string path, System.Func<string, ReportText> read) =>
        GetOrAdd(Texts, TextsByContent, text, path, read);

    /// <summary>The file as checked against <paramref name="texts"/> before, if it was (the same texts, by value).</summary>
    public static bool TryGetChecked(ReportFile parsed, ImmutableArray<ReportText> texts, out ReportFile file)
    {
        file = null!;
        if (!Checked.TryGetValue(parsed, out var entry) || entry.Texts.Length != texts.Length)
        {
            return false;
        }

        for (var i = 0; i < texts.Length; i++)
        {
            if (!ReferenceEquals(entry.Texts[i], texts[i]) && !entry.Texts[i].Equals(texts[i]))
            {
                return false;
            }
        }

        file = entry.File;
        return true;
    }

    public static ReportFile AddChecked(ReportFile parsed, ImmutableArray<ReportText> texts, ReportFile file) =>
        Add(Checked, parsed, new CheckedEntry(texts, file)).File;

    private static T GetOrAdd<T>(ConditionalWeakTable<SourceText, Entry<T>> table, ConcurrentDictionary<string, ContentEntry<T>> byContent, SourceText text, string path, System.Func<string, T> compute)
        where T : class
    {
        // One text object under two paths (a file given twice under different names) is two files.
        if (table.TryGetValue(text, out var entry) && entry.Path == path)
        {
            return entry.Value;
        }

        // The content itself is compared, not a checksum: two texts that differ only in lone surrogates encode alike.
        var content = text.ToString();
        if (!byContent.TryGetValue(path, out var known) || !string.Equals(known.Content, content, System.StringComparison.Ordinal))
        {
            known = new ContentEntry<T>(content, compute(content));
            byContent[path] = known;
        }

        return Add(table, text, new Entry<T>(path, known.Value)).Value;
    }

    private static TValue Add<TKey, TValue>(ConditionalWeakTable<TKey, TValue> table, TKey key, TValue value)
        where TKey : class
        where TValue : class
    {
        // netstandard2.0's table has no AddOrUpdate: replace under a lock (concurrent callers compute equal values).
        lock (table)
        {
            table.Remove(key);
            table.Add(key, value);
        }

        return value;
    }

    private sealed class Entry<T>
    {
        public Entry(string path, T value)
        {
            Path = path;
            Value = value;
        }

        public string Path { get; }

        public T Value { get; }
    }

    private sealed class CheckedEntry
    {
        public CheckedEntry(ImmutableArray<ReportText> texts, ReportFile file)
        {
            Texts = texts;
            File = file;
        }

        public ImmutableArray<ReportText> Texts { get; }

        public ReportFile File { get; }
    }

    /// <summary>A result with the content it was computed from.</summary>
    private sealed class ContentEntry<T>
    {
        public ContentEntry(string content, T value) => (Content, Value) = (content, value);

        public string Content { get; }

        public T Value { get; }
    }
}
