// The authoring core and the unit analyzer compile this file too (one unit vocabulary, see lib/Units/PrintedUnits.cs),
// both in the compiler-side namespace the #if below chooses, so that their copies never meet this package's public type
// (why one namespace for both: analyzers/ReportData.Analyzers/ReportData.Analyzers.csproj).
#if REPORTDATA_SHARED_UNITS
namespace ReportData.Authoring.Units;
#else
namespace ReportData;
#endif

/// <summary>
/// The unit of a figure's normalized <see cref="Figure.Value"/> (SDMX's UNIT_MEASURE). The generator derives
/// it from the unit as printed (亿元 becomes <see cref="BillionYuan"/>, value ÷ 10); see docs/authoring.md.
/// Each unit has a <see cref="UnitDimension"/>; units of one dimension convert exactly
/// (<see cref="FigureUnits.Convert(double, FigureUnit, FigureUnit)"/>, <see cref="Figure.ValueIn"/>).
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

    /// <summary>Tonnes of standard coal equivalent (吨标煤, 吨标准煤).</summary>
    TonnesOfStandardCoal = 19,

    /// <summary>Kilowatts (千瓦; 万千瓦 × 10,000; 兆瓦 × 1,000).</summary>
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

    /// <summary>A count per 10,000 persons (每万人, 万人…拥有量: <c>unit: 件</c>, <c>per: 万人</c>). Members end in <c>Per10kPersons</c>.</summary>
    CountPer10kPersons = 30,

    /// <summary>A count per 1,000 persons (每千人: <c>per: 千人</c>). Members end in <c>Per1kPersons</c>.</summary>
    CountPer1kPersons = 31,

    /// <summary>Persons per 10,000 persons (每万人 … 人, <c>per: 万人</c>).</summary>
    PersonsPer10kPersons = 32,

    /// <summary>Persons per 1,000 persons (每千人执业医师 … 人, <c>per: 千人</c>).</summary>
    PersonsPer1kPersons = 33,

    /// <summary>Yuan per person (人均 … 元, <c>per: 人</c>; 万元 × 10,000). Members end in <c>YuanPerCapita</c>.</summary>
    YuanPerCapita = 34,

    /// <summary>Square metres per person (人均 … 平方米, <c>per: 人</c>).</summary>
    SquareMetresPerCapita = 35,

    /// <summary>Kilograms (公斤, 千克; 万公斤 × 10,000).</summary>
    Kilograms = 36,

    /// <summary>Petaflops of computing power (算力规模达到5.1万P: P, PF, PFlops; EFlops × 1000).</summary>
    Petaflops = 37,
}
