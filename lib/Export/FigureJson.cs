using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace ReportData;

/// <summary>
/// Figures to and from JSON: an array of objects with camelCase names, enums by name, every
/// <see cref="Figure"/> field and its <see cref="ReportSource"/> nested as <c>source</c>. Reading gives back
/// records equal to the ones written. Uses <see cref="ReportDataJsonContext"/>: no reflection, trimming- and AOT-safe.
/// </summary>
/// <remarks>
/// Written for files and data pipelines, to be read as JSON: Chinese text is written as it is (UTF-8), not as
/// <c>\u</c> escapes, and quotes and backslashes get JSON's own escapes (<c>\"</c>), control characters <c>\n</c> or
/// <c>\u0001</c>. Characters that matter only in HTML (<c>&lt;</c>, <c>&gt;</c>, <c>&amp;</c>, <c>'</c>) are not
/// escaped: encode the text before inlining it in an HTML page. Numbers are written in their shortest round-trip
/// form (<c>212.52</c>), null fields as <c>null</c>.
/// </remarks>
public static class FigureJson
{
    private static readonly ReportDataJsonContext Compact = CreateContext(indented: false);
    private static readonly ReportDataJsonContext Indented = CreateContext(indented: true);

    /// <summary>The figures as a JSON array.</summary>
    public static string Serialize(IEnumerable<Figure> figures, bool indented = false) =>
        JsonSerializer.Serialize(ToArray(figures), Context(indented).FigureArray);

    /// <summary>Writes the figures as a JSON array to <paramref name="utf8Json"/> in UTF-8 (no byte order mark). The stream is left open.</summary>
    public static void Serialize(Stream utf8Json, IEnumerable<Figure> figures, bool indented = false)
    {
        if (utf8Json is null)
        {
            throw new ArgumentNullException(nameof(utf8Json));
        }

        JsonSerializer.Serialize(utf8Json, ToArray(figures), Context(indented).FigureArray);
    }

    /// <summary>Reads figures written by <see cref="Serialize(IEnumerable{Figure}, bool)"/>.</summary>
    /// <exception cref="JsonException">The text is not a JSON array of figures, or a figure lacks a required field.</exception>
    public static IReadOnlyList<Figure> Deserialize(string json)
    {
        if (json is null)
        {
            throw new ArgumentNullException(nameof(json));
        }

        return Validate(JsonSerializer.Deserialize(json, Compact.FigureArray));
    }

    /// <summary>Reads figures from UTF-8 JSON written by <see cref="Serialize(Stream, IEnumerable{Figure}, bool)"/>.</summary>
    /// <exception cref="JsonException">The text is not a JSON array of figures, or a figure lacks a required field.</exception>
    public static IReadOnlyList<Figure> Deserialize(Stream utf8Json)
    {
        if (utf8Json is null)
        {
            throw new ArgumentNullException(nameof(utf8Json));
        }

        return Validate(JsonSerializer.Deserialize(utf8Json, Compact.FigureArray));
    }

    private static ReportDataJsonContext Context(bool indented) => indented ? Indented : Compact;

    private static ReportDataJsonContext CreateContext(bool indented) =>
        new(new JsonSerializerOptions(ReportDataJsonContext.Default.Options)
        {
            // Readable Chinese and plain \" escapes. "Unsafe" only for inlining in HTML, which this output is not for.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            WriteIndented = indented,
        });

    private static Figure[] ToArray(IEnumerable<Figure> figures)
    {
        if (figures is null)
        {
            throw new ArgumentNullException(nameof(figures));
        }

        var array = figures.ToArray();
        if (Array.IndexOf(array, null) >= 0)
        {
            throw new ArgumentNullException(nameof(figures), "The figures contain null.");
        }

        return array;
    }

    /// <summary>
    /// System.Text.Json fills a missing field with null whatever the type says; a figure without its
    /// id, names or source would break code that trusts the record's annotations, so it is refused here.
    /// </summary>
    private static IReadOnlyList<Figure> Validate(Figure[]? figures)
    {
        if (figures is null)
        {
            throw new JsonException("Expected a JSON array of figures, not null.");
        }

        for (var i = 0; i < figures.Length; i++)
        {
            var figure = figures[i];
            var missing = figure is null ? "the figure"
                : figure.Id is null ? "id"
                : figure.Place is null ? "place"
                : figure.Key is null ? "key"
                : figure.PrintedValue is null ? "printedValue"
                : figure.PrintedUnit is null ? "printedUnit"
                : figure.Label is null ? "label"
                : figure.Quote is null ? "quote"
                : figure.Source is null ? "source"
                : figure.Source.Place is null ? "source.place"
                : figure.Source.PlaceName is null ? "source.placeName"
                : figure.Source.TextFile is null ? "source.textFile"
                : figure.Source.YamlFile is null ? "source.yamlFile"
                : null;
            if (missing is not null)
            {
                throw new JsonException("Figure " + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + " of the array has no " + missing + ".");
            }
        }

        return new System.Collections.ObjectModel.ReadOnlyCollection<Figure>(figures);
    }
}
