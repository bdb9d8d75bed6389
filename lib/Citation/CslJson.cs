using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace ReportData;

/// <summary>
/// Writes citations as CSL-JSON (the Citation Style Language's input format, as read by citeproc-js, pandoc and
/// Zotero): an array of items, each with <c>id</c> and <c>type</c>. Written with <see cref="Utf8JsonWriter"/>: no reflection.
/// </summary>
internal static class CslJson
{
    public static string Write(IReadOnlyList<FigureCitation> citations, bool indented)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = indented, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartArray();
            foreach (var citation in citations)
            {
                WriteItem(json, citation);
            }

            json.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteItem(Utf8JsonWriter json, FigureCitation citation)
    {
        json.WriteStartObject();
        json.WriteString("id", citation.Id);
        json.WriteString("type", "report");
        json.WriteString("title", citation.Title);
        json.WriteString("genre", FigureCitation.Genre);

        // An institution is a literal name (no family/given split).
        json.WriteStartArray("author");
        json.WriteStartObject();
        json.WriteString("literal", citation.Authority);
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteString("publisher", citation.Authority);
        json.WriteString("publisher-place", citation.PlaceName);

        json.WriteStartObject("issued");
        json.WriteStartArray("date-parts");
        json.WriteStartArray();
        json.WriteNumberValue(citation.Year);
        if (citation.Month is not null)
        {
            json.WriteNumberValue(citation.Month.Value);
            if (citation.Day is not null)
            {
                json.WriteNumberValue(citation.Day.Value);
            }
        }

        json.WriteEndArray();
        json.WriteEndArray();
        json.WriteEndObject();

        if (!string.IsNullOrWhiteSpace(citation.Session))
        {
            json.WriteString("event-title", citation.Session);
        }

        json.WriteString("language", "zh-CN");
        json.WriteString("note", "“" + citation.Quote + "”" + (string.IsNullOrWhiteSpace(citation.Speaker) ? string.Empty : " (" + citation.Speaker + ")"));
        json.WriteString("archive", "ReportData");
        json.WriteString("archive_location", citation.TextFile);
        json.WriteEndObject();
    }
}
