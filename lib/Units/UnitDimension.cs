// Compiled by the authoring core and the unit analyzer too, in their namespace (the #if below), see lib/FigureUnit.cs.
#if REPORTDATA_SHARED_UNITS
namespace ReportData.Authoring.Units;
#else
namespace ReportData;
#endif

/// <summary>
/// What a <see cref="FigureUnit"/> measures. Units of one dimension convert exactly into each other
/// (亿元 and 元, 万亩 and 公顷); units of different dimensions never do: adding yuan to percent, or
/// comparing them, is a mistake the unit analyzer (RD3001) and <see cref="FigureUnits.Convert(double, FigureUnit, FigureUnit)"/> refuse.
/// </summary>
/// <remarks>
/// Money in yuan and in US dollars are two dimensions: an exchange rate is a fact of a day, not an exact
/// factor. Percent and per mille are one dimension (ratios); percentage points, the difference of two ratios,
/// another. Years stay apart from days: a year has 365 or 366 of them. Tonnes of standard coal stay apart
/// from kilowatt-hours: the conversion depends on the accounting method (calorific or coal-equivalent).
/// </remarks>
public enum UnitDimension
{
    /// <summary>A pure number: no unit printed.</summary>
    None = 0,

    /// <summary>Money in yuan (CNY): <see cref="FigureUnit.Yuan"/>, <see cref="FigureUnit.BillionYuan"/>.</summary>
    MoneyCny = 1,

    /// <summary>Money in US dollars: <see cref="FigureUnit.Usd"/>, <see cref="FigureUnit.BillionUsd"/>.</summary>
    MoneyUsd = 2,

    /// <summary>A ratio: <see cref="FigureUnit.Percent"/>, <see cref="FigureUnit.PerMille"/> (1 % = 10 ‰).</summary>
    Ratio = 3,

    /// <summary>A difference of two ratios: <see cref="FigureUnit.PercentagePoints"/>.</summary>
    PercentagePoints = 4,

    /// <summary>A number of people: <see cref="FigureUnit.Persons"/>.</summary>
    Persons = 5,

    /// <summary>Visits or trips, a person counted once each time: <see cref="FigureUnit.PersonTimes"/>.</summary>
    PersonTimes = 6,

    /// <summary>A count of things (家, 个, 项): <see cref="FigureUnit.Count"/>.</summary>
    Count = 7,

    /// <summary>A mass concentration in air: <see cref="FigureUnit.MicrogramsPerCubicMetre"/>.</summary>
    Concentration = 8,

    /// <summary>Area: square metres, square kilometres, mu (亩, 1/15 hectare), hectares.</summary>
    Area = 9,

    /// <summary>Length: metres, kilometres.</summary>
    Length = 10,

    /// <summary>Mass: tonnes, kilograms, jin (斤, 0.5 kg).</summary>
    Mass = 11,

    /// <summary>Energy in tonnes of standard coal equivalent (吨标煤).</summary>
    CoalEquivalent = 12,

    /// <summary>Power: kilowatts.</summary>
    Power = 13,

    /// <summary>Energy: kilowatt-hours.</summary>
    Energy = 14,

    /// <summary>A price of electricity: fen per kilowatt-hour.</summary>
    ElectricityPrice = 15,

    /// <summary>Volume: cubic metres.</summary>
    Volume = 16,

    /// <summary>Containers: twenty-foot equivalent units.</summary>
    Containers = 17,

    /// <summary>Years (durations and ages); not converted to days.</summary>
    Years = 18,

    /// <summary>Time shorter than a year: days, hours, minutes.</summary>
    Time = 19,

    /// <summary>A count per population: per 10,000 or per 1,000 persons (万人发明专利拥有量).</summary>
    CountPerPopulation = 20,

    /// <summary>Persons per population: per 10,000 or per 1,000 persons (每千人执业医师).</summary>
    PersonsPerPopulation = 21,

    /// <summary>Money in yuan per person (人均可支配收入).</summary>
    MoneyCnyPerCapita = 22,

    /// <summary>Area per person (人均住房面积).</summary>
    AreaPerCapita = 23,

    /// <summary>Computing power, in floating-point operations per second (算力规模).</summary>
    ComputingPower = 24,
}
