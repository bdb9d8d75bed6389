using System.Globalization;
using System.Text;
using ReportData.Generator.Model;

namespace ReportData.Generator.Emitting;

/// <summary>
/// Writes a figure as one line of text for <c>ReportDataset.FigureData</c> to decode: its fields in
/// <see cref="FieldOrder"/>, separated by '|'. An empty field of a nullable member is null; inside a
/// field <c>\\</c>, <c>\|</c>, <c>\n</c> and <c>\uXXXX</c> (lone surrogates) are escapes, and <c>\e</c>
/// alone is the empty string where empty would mean null. The line holds the figure's data, not code,
/// so a dataset of any size costs one method to JIT and no user-string heap (CS8103).
/// </summary>
internal static class FigureDataText
{
    public const string FieldOrder =
        "Id|Year|Horizon|Key|Kind|Value|ValueHigh|Unit|PrintedValue|PrintedUnit|CorrectedUnit|Label|Quote|IsEstimate|Bound|IsDecline|Note";

    /// <summary>The figure's line, ending in '\n'.</summary>
    public static string Line(FigureSpec figure, string city)
    {
        var builder = new StringBuilder(256);
        Text(builder, city + "." + figure.RelativeId).Append('|');
        builder.Append(figure.Year is { } year ? year.ToString(CultureInfo.InvariantCulture) : string.Empty).Append('|');
        NullableText(builder, figure.Horizon).Append('|');
        Text(builder, figure.Key).Append('|');
        builder.Append(figure.Kind).Append('|');
        builder.Append(figure.Value).Append('|');
        builder.Append(figure.ValueHigh ?? string.Empty).Append('|');
        builder.Append(figure.Unit).Append('|');
        Text(builder, figure.PrintedValue).Append('|');
        Text(builder, figure.PrintedUnit).Append('|');
        NullableText(builder, figure.CorrectedUnit).Append('|');
        Text(builder, figure.Label).Append('|');
        Text(builder, figure.Quote).Append('|');
        builder.Append(figure.IsEstimate ? '1' : '0').Append('|');
        builder.Append(figure.Bound).Append('|');
        builder.Append(figure.IsDecline ? '1' : '0').Append('|');
        NullableText(builder, figure.Note);
        return builder.Append('\n').ToString();
    }

    /// <summary>
    /// The line as a C# literal: UTF-8 (<c>u8</c>) or a plain string. The final '\n' is written as an
    /// escape so each line of generated code reads as one figure.
    /// </summary>
    public static string Literal(string line, bool utf8)
    {
        var literal = CSharpText.Literal(line.Substring(0, line.Length - 1));
        return literal.Substring(0, literal.Length - 1) + "\\n\"" + (utf8 ? "u8" : string.Empty);
    }

    private static StringBuilder NullableText(StringBuilder builder, string? value) =>
        value is null ? builder : value.Length == 0 ? builder.Append("\\e") : Text(builder, value);

    private static StringBuilder Text(StringBuilder builder, string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var character = value[i];
            switch (character)
            {
                case '\\':
                    builder.Append("\\\\");
                    break;
                case '|':
                    builder.Append("\\|");
                    break;
                case '\n':
                    builder.Append("\\n");
                    break;
                default:
                    if (char.IsHighSurrogate(character) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                    {
                        builder.Append(character).Append(value[++i]);
                    }
                    else if (char.IsSurrogate(character))
                    {
                        // A lone surrogate has no UTF-8 form and a u8 literal holding one does not compile. YAML read
                        // from a file cannot hold one (YamlDotNet rejects them), so this only guards other callers.
                        builder.Append("\\u").Append(((int)character).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(character);
                    }

                    break;
            }
        }

        return builder;
    }
}
