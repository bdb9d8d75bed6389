using System.Globalization;

namespace ReportData.Generator.Emitting;

/// <summary>Formats exact decimals as the shortest invariant literal: 212.520 becomes "212.52", 30800.0 "30800".</summary>
internal static class DecimalLiteral
{
    public static string Format(decimal value)
    {
        var text = value.ToString(CultureInfo.InvariantCulture);
        if (text.IndexOf('.') >= 0)
        {
            text = text.TrimEnd('0').TrimEnd('.');
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
