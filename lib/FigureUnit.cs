// The generator and the unit analyzer compile this file too (one unit vocabulary, see lib/Units/PrintedUnits.cs), in a
// namespace of their own so that their copies never meet this package's public types.
#if REPORTDATA_GENERATOR
namespace ReportData.Generator.Units;
#elif REPORTDATA_ANALYZERS
namespace ReportData.Analyzers.Units;
#else
namespace ReportData;
#endif

/// <summary>
/// The unit of a figure's normalized <see cref="Figure.Value"/>. The generator derives it from the
/// unit as printed (亿元 becomes <see cref="BillionYuan"/>, value ÷ 10); see docs/authoring.md.
/// </summary>
public enum FigureUnit
{
    /// <summary>A pure number (no unit printed), such as a ratio.</summary>
    None = 0,

    /// <summary>Billions of yuan (from 亿元 ÷ 10, 万亿元 × 1000). Members end in <c>Billion</c>.</summary>
    BillionYuan = 1,

    /// <summary>Yuan (from 元, 万元 × 10,000).</summary>
    Yuan = 2,

    /// <summary>Billions of US dollars (from 亿美元 ÷ 10). Members end in <c>UsdBillion</c>.</summary>
    BillionUsd = 3,

    /// <summary>US dollars (from 美元, 万美元 × 10,000).</summary>
    Usd = 4,

    /// <summary>Percent (%, and 增长N倍 as N × 100).</summary>
    Percent = 5,

    /// <summary>Per mille (‰).</summary>
    PerMille = 6,

    /// <summary>Percentage points (个百分点).</summary>
    PercentagePoints = 7,

    /// <summary>Persons (人, 名, 位; 万人 × 10,000).</summary>
    Persons = 8,

    /// <summary>Person-times (人次; 万人次 × 10,000).</summary>
    PersonTimes = 9,

    /// <summary>A count of things (家, 个, 项, 所, 座 ...).</summary>
    Count = 10,

    /// <summary>Micrograms per cubic metre (微克/立方米).</summary>
    MicrogramsPerCubicMetre = 11,

    /// <summary>Square metres (平方米; 万平方米 × 10,000).</summary>
    SquareMetres = 12,

    /// <summary>Square kilometres (平方公里).</summary>
    SquareKilometres = 13,

    /// <summary>Mu (亩; 万亩 × 10,000).</summary>
    Mu = 14,

    /// <summary>Hectares (公顷).</summary>
    Hectares = 15,

    /// <summary>Kilometres (公里, 千米).</summary>
    Kilometres = 16,

    /// <summary>Metres (米).</summary>
    Metres = 17,

    /// <summary>Tonnes (吨; 万吨 × 10,000).</summary>
    Tonnes = 18,

    /// <summary>Tonnes of standard coal equivalent (吨标煤).</summary>
    TonnesOfStandardCoal = 19,

    /// <summary>Kilowatts (千瓦; 万千瓦 × 10,000).</summary>
    Kilowatts = 20,

    /// <summary>Kilowatt-hours (千瓦时, 度; 亿千瓦时 × 10^8).</summary>
    KilowattHours = 21,

    /// <summary>Jin (斤, 0.5 kg; 亿斤 × 10^8).</summary>
    Jin = 22,

    /// <summary>Fen (0.01 yuan) per kilowatt-hour (分/千瓦时).</summary>
    FenPerKilowattHour = 23,

    /// <summary>Cubic metres (立方米).</summary>
    CubicMetres = 24,

    /// <summary>Twenty-foot equivalent units (标箱).</summary>
    Teu = 25,

    /// <summary>Years (年, 岁).</summary>
    Years = 26,

    /// <summary>Days (天).</summary>
    Days = 27,

    /// <summary>Hours (小时).</summary>
    Hours = 28,

    /// <summary>Minutes (分钟).</summary>
    Minutes = 29,
}
