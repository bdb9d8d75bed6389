using System.Globalization;

namespace ReportData.Authoring.Numbers;

/// <summary>Formats exact decimals as the shortest invariant literal: 212.520 becomes "212.52", 30800.0 "30800".</summary>
public static class DecimalLiteral
{
    public static string Format(decimal value)
    {
        var text = value.ToString(CultureInfo.InvariantCulture);
        var point = text.IndexOf('.');
        if (point >= 0)
        {
            // One cut, not TrimEnd('0') then TrimEnd('.'): a string less per value (a report formats each three times).
            var end = text.Length;
            while (text[end - 1] == '0')
            {
                end--;
            }

            if (end == point + 1)
            {
                end = point;
            }

            text = text.Substring(0, end);
        }

        return text == "-0" ? "0" : text;
    }

    /// <summary>
    /// The value as a C# <c>double</c> literal: the shortest exact decimal, integral values with a D suffix so
    /// that large ones stay doubles. Constants and figure records both use it: the compiler reads one text, once per use.
    /// </summary>
    public static string Double(decimal value)
    {
        var text = Format(value);
        return text.IndexOf('.') >= 0 ? text : text + "D";
    }
}
