using System.Globalization;

namespace ReportData.Charts;

/// <summary>Axis captions of the normalized units (<see cref="Figure.Unit"/>): 212.52 billion yuan reads 十亿元, not the printed 亿元.</summary>
internal static class UnitCaptions
{
    public static Caption Of(FigureUnit unit) => unit switch
    {
        FigureUnit.Percent => Caption.Both("%"),
        FigureUnit.PerMille => Caption.Both("‰"),
        // The English name is the core package's (FigureUnits.EnglishName), the one the generated docs use.
        _ => new Caption(Chinese(unit), unit.EnglishName()),
    };

    private static string Chinese(FigureUnit unit) => unit switch
    {
        FigureUnit.None => string.Empty,
        FigureUnit.BillionYuan => "十亿元",
        FigureUnit.Yuan => "元",
        FigureUnit.BillionUsd => "十亿美元",
        FigureUnit.Usd => "美元",
        FigureUnit.PercentagePoints => "百分点",
        FigureUnit.Persons => "人",
        FigureUnit.PersonTimes => "人次",
        FigureUnit.Count => "个",
        FigureUnit.MicrogramsPerCubicMetre => "微克/立方米",
        FigureUnit.SquareMetres => "平方米",
        FigureUnit.SquareKilometres => "平方公里",
        FigureUnit.Mu => "亩",
        FigureUnit.Hectares => "公顷",
        FigureUnit.Kilometres => "公里",
        FigureUnit.Metres => "米",
        FigureUnit.Tonnes => "吨",
        FigureUnit.Kilograms => "公斤",
        FigureUnit.Jin => "斤",
        FigureUnit.TonnesOfStandardCoal => "吨标准煤",
        FigureUnit.Kilowatts => "千瓦",
        FigureUnit.KilowattHours => "千瓦时",
        FigureUnit.FenPerKilowattHour => "分/千瓦时",
        FigureUnit.CubicMetres => "立方米",
        FigureUnit.Teu => "标箱",
        FigureUnit.Years => "年",
        FigureUnit.Days => "天",
        FigureUnit.Hours => "小时",
        FigureUnit.Minutes => "分钟",
        FigureUnit.Petaflops => "P",
        FigureUnit.YuanPerCapita => "元/人",
        FigureUnit.SquareMetresPerCapita => "平方米/人",
        FigureUnit.CountPer10kPersons => "个/万人",
        FigureUnit.CountPer1kPersons => "个/千人",
        FigureUnit.PersonsPer10kPersons => "人/万人",
        FigureUnit.PersonsPer1kPersons => "人/千人",
        // A unit added to the core package after this satellite was built.
        _ => unit.EnglishName(),
    };

    /// <summary>" (%)", " (十亿元)": the unit in brackets after an indicator's name; empty for a pure number.</summary>
    public static Caption InBrackets(FigureUnit unit)
    {
        var caption = Of(unit);
        return caption.English.Length == 0 ? caption : new Caption("（" + caption.Chinese + "）", " (" + caption.English + ")");
    }

    public static string Number(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
