using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace ReportData.Generator.Emitting;

/// <summary>The literals the figure and report tables are written as: arrays of numbers, and the check that a text has a UTF-8 form.</summary>
internal static class DataLiterals
{
    private const int NumbersPerLine = 16;

    /// <summary>Writes <c>new T[] { ... }</c> as an argument, <see cref="NumbersPerLine"/> numbers a line; the last argument closes the call.</summary>
    public static void Numbers<T>(SourceWriter writer, string type, IEnumerable<T> numbers, bool last)
    {
        writer.Line("    new " + type + "[]");
        writer.Line("    {");
        StringBuilder? line = null;
        var onLine = 0;
        foreach (var number in numbers)
        {
            line = onLine == 0 ? writer.StartLine().Append("        ") : line!.Append(' ');
            AppendNumber(line, number).Append(',');
            if (++onLine == NumbersPerLine)
            {
                writer.EndLine();
                onLine = 0;
            }
        }

        if (onLine > 0)
        {
            writer.EndLine();
        }

        writer.Line("    }" + (last ? ");" : ","));
    }

    /// <summary>An int in invariant digits without a string of its own (StringBuilder.Append(int) formats by the current culture on netstandard2.0), or a literal as it is.</summary>
    private static StringBuilder AppendNumber<T>(StringBuilder builder, T number)
    {
        if (number is not int value)
        {
            return builder.Append(number as string);
        }

        if (value < 0)
        {
            return builder.Append(value.ToString(CultureInfo.InvariantCulture));
        }

        var magnitude = 1;
        while (value / magnitude >= 10)
        {
            magnitude *= 10;
        }

        for (; magnitude > 0; magnitude /= 10)
        {
            builder.Append((char)('0' + (value / magnitude % 10)));
        }

        return builder;
    }

    public static bool IsWellFormed(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return false;
            }
        }

        return true;
    }
}
