using System.Collections.Generic;
using System.Text;
using ReportData.Authoring.Model;

namespace ReportData.Generator.Emitting;

/// <summary>
/// Writes numbers as the digits <c>ReportData.Storage.FigureTable</c> reads (see <see cref="FigureTable.FirstDigit"/>):
/// base 32, low digits first, printable ASCII with no quote and no backslash, so one literal holds a report's numbers
/// as written, with nothing to escape.
/// </summary>
internal static class NumberDigits
{
    /// <summary>Appends <c>"digits"</c>, the numbers (each at least 0) in order, as one literal.</summary>
    public static StringBuilder AppendLiteral(StringBuilder builder, IEnumerable<int> numbers)
    {
        builder.Append('"');
        foreach (var number in numbers)
        {
            Append(builder, number);
        }

        return builder.Append('"');
    }

    /// <summary>Appends one number's digits.</summary>
    public static StringBuilder Append(StringBuilder builder, int number)
    {
        // Codes, lengths and references are never negative (a year is below 1 << 15): no sign to write.
        var rest = (uint)number;
        while (rest >= FigureTable.MoreDigits)
        {
            builder.Append(Character((int)(rest % FigureTable.MoreDigits) + FigureTable.MoreDigits));
            rest /= FigureTable.MoreDigits;
        }

        return builder.Append(Character((int)rest));
    }

    private static char Character(int digit)
    {
        var character = (char)(FigureTable.FirstDigit + digit);
        return character >= FigureTable.SkippedDigit ? (char)(character + 1) : character;
    }
}
