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
}
