using NJsonSchema;

namespace ReportData.Tests.Citation;

/// <summary>
/// The rules of CSL-JSON (Citation Style Language 1.0.2 input data) that a citation of a report must keep, as a JSON
/// Schema: an array of items, each with an id and a type from CSL's list; only CSL's own variable names (a misspelt
/// <c>publisher_place</c> is refused); names as objects (an institution as <c>literal</c>); dates as
/// <c>date-parts</c>, one to three numbers.
/// </summary>
internal static class CslDataSchema
{
    public static readonly JsonSchema Schema = JsonSchema.FromJsonAsync("""
        {
          "$schema": "http://json-schema.org/draft-07/schema#",
          "type": "array",
          "items": {
            "type": "object",
            "required": ["id", "type"],
            "additionalProperties": false,
            "properties": {
              "id": { "type": ["string", "number"] },
              "type": { "enum": ["article", "book", "dataset", "document", "legislation", "pamphlet", "report", "speech"] },
              "title": { "type": "string" },
              "genre": { "type": "string" },
              "author": { "type": "array", "items": { "$ref": "#/definitions/name" } },
              "publisher": { "type": "string" },
              "publisher-place": { "type": "string" },
              "issued": { "$ref": "#/definitions/date" },
              "event-title": { "type": "string" },
              "language": { "type": "string" },
              "note": { "type": "string" },
              "archive": { "type": "string" },
              "archive_location": { "type": "string" },
              "authority": { "type": "string" },
              "URL": { "type": "string" }
            }
          },
          "definitions": {
            "name": {
              "type": "object",
              "additionalProperties": false,
              "properties": { "family": { "type": "string" }, "given": { "type": "string" }, "literal": { "type": "string" } }
            },
            "date": {
              "type": "object",
              "additionalProperties": false,
              "properties": {
                "date-parts": {
                  "type": "array", "minItems": 1, "maxItems": 2,
                  "items": { "type": "array", "minItems": 1, "maxItems": 3, "items": { "type": ["number", "string"] } }
                },
                "literal": { "type": "string" },
                "raw": { "type": "string" }
              }
            }
          }
        }
        """).GetAwaiter().GetResult();
}
