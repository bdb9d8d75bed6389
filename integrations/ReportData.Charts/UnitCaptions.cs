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
        FigureUnit.Kilograms => new Caption("公斤", "kg"),
        FigureUnit.Jin => new Caption("斤", "jin"),
        FigureUnit.TonnesOfStandardCoal => new Caption("吨标准煤", "tonnes of standard coal"),
        FigureUnit.Kilowatts => new Caption("千瓦", "kW"),
        FigureUnit.KilowattHours => new Caption("千瓦时", "kWh"),
        FigureUnit.FenPerKilowattHour => new Caption("分/千瓦时", "fen per kWh"),
        FigureUnit.CubicMetres => new Caption("立方米", "m³"),
        FigureUnit.Teu => new Caption("标箱", "TEU"),
        FigureUnit.Years => new Caption("年", "years"),
        FigureUnit.Days => new Caption("天", "days"),
        FigureUnit.Hours => new Caption("小时", "hours"),
        FigureUnit.Minutes => new Caption("分钟", "minutes"),
        FigureUnit.YuanPerCapita => new Caption("元/人", "yuan per person"),
        FigureUnit.SquareMetresPerCapita => new Caption("平方米/人", "m² per person"),
        FigureUnit.CountPer10kPersons => new Caption("个/万人", "per 10,000 persons"),
        FigureUnit.CountPer1kPersons => new Caption("个/千人", "per 1,000 persons"),
        FigureUnit.PersonsPer10kPersons => new Caption("人/万人", "persons per 10,000 persons"),
        FigureUnit.PersonsPer1kPersons => new Caption("人/千人", "persons per 1,000 persons"),
        // A unit added to the core package after this satellite was built.
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
