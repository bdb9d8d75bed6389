using System.Globalization;
using System.Text;
using ReportData.Generator.Model;

namespace ReportData.Generator.Emitting;

/// <summary>
/// Writes a figure as one line of text for <c>ReportDataset.FigureData</c> to decode: its fields in
/// <see cref="FieldOrder"/>, separated by '|'. An empty field of a nullable member is null; inside a
/// field <c>\\</c>, <c>\|</c> and <c>\uXXXX</c> (any character that is not plainly printable, line
/// breaks included) are escapes, and <c>\e</c> alone is the empty string where empty would mean null.
/// Lines are written into one multi-line literal per part (raw UTF-8, or verbatim in older C#):
/// a literal the compiler reads in one go, where 256 literals joined by '+' cost it seconds to fold.
/// </summary>
internal static class FigureDataText
{
    /// <summary>The field names in line order (<c>Id|Year|...|Note</c>), from the decoder's field list.</summary>
    public static readonly string FieldOrder = string.Join("|", FigureDataEmitter.FieldNames);

    /// <summary>The figure's line, without a line break; only plainly printable characters.</summary>
    public static string Line(FigureSpec figure, string city)
    {
        var builder = new StringBuilder(256);
        Text(builder, city + "." + figure.RelativeId).Append('|');
        builder.Append(figure.Year is { } year ? year.ToString(CultureInfo.InvariantCulture) : string.Empty).Append('|');
        NullableText(builder, figure.Horizon).Append('|');
        Text(builder, figure.Key).Append('|');
        builder.Append(figure.Kind.ToString()).Append('|');
        builder.Append(DecimalLiteral.Format(figure.Value)).Append('|');
        builder.Append(figure.ValueHigh is { } high ? DecimalLiteral.Format(high) : string.Empty).Append('|');
        builder.Append(figure.Unit.ToString()).Append('|');
        Text(builder, figure.PrintedValue).Append('|');
        Text(builder, figure.PrintedUnit).Append('|');
        NullableText(builder, figure.CorrectedUnit).Append('|');
        Text(builder, figure.Label).Append('|');
        Text(builder, figure.Quote).Append('|');
        builder.Append(figure.IsEstimate ? '1' : '0').Append('|');
        builder.Append(figure.Bound.ToString()).Append('|');
        builder.Append(figure.IsDecline ? '1' : '0').Append('|');
        NullableText(builder, figure.Note);
        return builder.ToString();
    }

    /// <summary>The quote run that opens and closes a raw literal holding <paramref name="lines"/>: longer than any run of '"' in them.</summary>
    public static string RawDelimiter(System.Collections.Generic.IEnumerable<string> lines)
    {
        var longest = 0;
        foreach (var line in lines)
        {
            var run = 0;
            foreach (var character in line)
            {
                run = character == '"' ? run + 1 : 0;
                longest = System.Math.Max(longest, run);
            }
        }

        return new string('"', System.Math.Max(3, longest + 1));
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
                default:
                    if (!CSharpText.IsPlainlyPrintable(value, i))
                    {
                        // Line breaks, controls, format characters and lone surrogates (which have no UTF-8 form).
                        builder.Append("\\u").Append(((int)character).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(character);
                        if (char.IsHighSurrogate(character))
                        {
                            builder.Append(value[++i]);
                        }
                    }

                    break;
            }
        }

        return builder;
    }
}
