using System;
using System.Collections.Concurrent;

namespace ReportData.Generator.Emitting;

/// <summary>
/// The last source emitted under each hint name, with the model it was emitted from. Within one generator driver (an
/// editor) the incremental pipeline already skips an unchanged model; a command-line build through the compiler server
/// starts a new driver every time, and without this would emit every file again from models equal to the last build's.
/// Equal models emit equal text (the pipeline's own caching rests on the same equality), so a hit returns the earlier
/// text itself. One entry per hint name: what is kept is bounded by the files the process has generated, and a hint name
/// two projects share (every project's <c>ReportDataset.g.cs</c>) is emitted again when the other project's model differs.
/// </summary>
internal static class EmittedSources
{
    private static readonly ConcurrentDictionary<string, Entry> Last = new(StringComparer.Ordinal);

    /// <summary>The text <paramref name="emit"/> gives for <paramref name="model"/>, taken from the last run when its model was equal.</summary>
    public static TText For<TModel, TText>(string hintName, TModel model, Func<TModel, TText> emit)
        where TModel : class, IEquatable<TModel>
        where TText : class
    {
        if (Last.TryGetValue(hintName, out var last) && last.Model is TModel earlier && earlier.Equals(model) && last.Text is TText text)
        {
            return text;
        }

        text = emit(model);
        Last[hintName] = new Entry(model, text);
        return text;
    }

    private sealed class Entry
    {
        public Entry(object model, object text) => (Model, Text) = (model, text);

        public object Model { get; }

        public object Text { get; }
    }
}
