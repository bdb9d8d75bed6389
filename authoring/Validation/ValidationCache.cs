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

    public static bool TryGetParsed(SourceText text, string path, out ReportFile file) => TryGet(Parsed, ParsedByContent, text, path, out file);

    /// <param name="content">The text's content, as the caller read it to parse it.</param>
    public static ReportFile AddParsed(SourceText text, string content, string path, ReportFile file) => Add(Parsed, ParsedByContent, text, content, path, file);

    public static bool TryGetText(SourceText text, string path, out ReportText reportText) => TryGet(Texts, TextsByContent, text, path, out reportText);

    /// <param name="content">The text's content, as the caller read it.</param>
    public static ReportText AddText(SourceText text, string content, string path, ReportText reportText) => Add(Texts, TextsByContent, text, content, path, reportText);

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

    private static bool TryGet<T>(ConditionalWeakTable<SourceText, Entry<T>> table, ConcurrentDictionary<string, ContentEntry<T>> byContent, SourceText text, string path, out T value)
        where T : class
    {
        // One text object under two paths (a file given twice under different names) is two files.
        if (table.TryGetValue(text, out var entry) && entry.Path == path)
        {
            value = entry.Value;
            return true;
        }

        if (byContent.TryGetValue(path, out var known) && known.Matches(text))
        {
            value = Add(table, text, new Entry<T>(path, known.Value)).Value;
            return true;
        }

        value = null!;
        return false;
    }

    private static T Add<T>(ConditionalWeakTable<SourceText, Entry<T>> table, ConcurrentDictionary<string, ContentEntry<T>> byContent, SourceText text, string content, string path, T value)
        where T : class
    {
        byContent[path] = new ContentEntry<T>(content, value);

        return Add(table, text, new Entry<T>(path, value)).Value;
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

    /// <summary>
    /// A result with the content it was computed from. The content itself, not a checksum, is compared: two texts that
    /// differ only in lone surrogates encode alike, and a parse of one is not the parse of the other.
    /// </summary>
    private sealed class ContentEntry<T>
    {
        private readonly string _content;

        public ContentEntry(string content, T value)
        {
            (_content, Value) = (content, value);
        }

        public T Value { get; }

        public bool Matches(SourceText text) => text.Length == _content.Length && string.Equals(text.ToString(), _content, System.StringComparison.Ordinal);
    }
}
