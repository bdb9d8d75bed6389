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
/// </summary>
internal static class ValidationCache
{
    private static readonly ConditionalWeakTable<SourceText, Entry<ReportFile>> Parsed = new();
    private static readonly ConditionalWeakTable<SourceText, Entry<ReportText>> Texts = new();
    private static readonly ConditionalWeakTable<ReportFile, CheckedEntry> Checked = new();

    public static bool TryGetParsed(SourceText text, string path, out ReportFile file) => TryGet(Parsed, text, path, out file);

    public static ReportFile AddParsed(SourceText text, string path, ReportFile file) => Add(Parsed, text, new Entry<ReportFile>(path, file));

    public static bool TryGetText(SourceText text, string path, out ReportText reportText) => TryGet(Texts, text, path, out reportText);

    public static ReportText AddText(SourceText text, string path, ReportText reportText) => Add(Texts, text, new Entry<ReportText>(path, reportText));

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

    private static bool TryGet<T>(ConditionalWeakTable<SourceText, Entry<T>> table, SourceText text, string path, out T value)
        where T : class
    {
        // One text object under two paths (a file given twice under different names) is two files.
        if (table.TryGetValue(text, out var entry) && entry.Path == path)
        {
            value = entry.Value;
            return true;
        }

        value = null!;
        return false;
    }

    private static T Add<T>(ConditionalWeakTable<SourceText, Entry<T>> table, SourceText text, Entry<T> entry)
        where T : class => Add<SourceText, Entry<T>>(table, text, entry).Value;

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
}
