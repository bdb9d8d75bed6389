using System.Globalization;

namespace ReportData.Charts;

/// <summary>Axis captions of the normalized units (<see cref="Figure.Unit"/>): 212.52 billion yuan reads 十亿元, not the printed 亿元.</summary>
internal static class UnitCaptions
{
    public static Caption Of(FigureUnit unit) => unit switch
    {
        FigureUnit.None => new Caption(string.Empty, string.Empty),
        FigureUnit.BillionYuan => new Caption("十亿元", "billion yuan"),
        FigureUnit.Yuan => new Caption("元", "yuan"),
        FigureUnit.BillionUsd => new Caption("十亿美元", "billion US dollars"),
        FigureUnit.Usd => new Caption("美元", "US dollars"),
        FigureUnit.Percent => Caption.Both("%"),
        FigureUnit.PerMille => Caption.Both("‰"),
        FigureUnit.PercentagePoints => new Caption("百分点", "percentage points"),
        FigureUnit.Persons => new Caption("人", "persons"),
        FigureUnit.PersonTimes => new Caption("人次", "person-times"),
        FigureUnit.Count => new Caption("个", "count"),
        FigureUnit.MicrogramsPerCubicMetre => new Caption("微克/立方米", "µg/m³"),
        FigureUnit.SquareMetres => new Caption("平方米", "m²"),
        FigureUnit.SquareKilometres => new Caption("平方公里", "km²"),
        FigureUnit.Mu => new Caption("亩", "mu"),
        FigureUnit.Hectares => new Caption("公顷", "hectares"),
        FigureUnit.Kilometres => new Caption("公里", "km"),
        FigureUnit.Metres => new Caption("米", "m"),
        FigureUnit.Tonnes => new Caption("吨", "tonnes"),
        _ => Caption.Both(unit.ToString()),
    };

    /// <summary>" (%)", " (十亿元)": the unit in brackets after an indicator's name; empty for a pure number.</summary>
    public static Caption InBrackets(FigureUnit unit)
    {
        var caption = Of(unit);
        return caption.English.Length == 0 ? caption : new Caption("（" + caption.Chinese + "）", " (" + caption.English + ")");
    }

    public static string Number(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
