namespace ReportData;

/// <summary>
/// One figure of a government work report: its normalized value and unit, the value and unit as
/// printed, and the exact sentence it comes from.
/// </summary>
/// <param name="Id">The figure's member path below the namespace: <c>Quzhou.Y2023.GdpBillion</c>, <c>Quzhou.Y2024.Targets.GdpGrowthPercent</c>.</param>
/// <param name="Place">The place's English name, the class the figure lives in (<c>Quzhou</c>, <c>China</c>); its level and printed name are the <paramref name="Source"/>'s.</param>
/// <param name="Year">The year the figure is about; null for a multi-year goal (see <paramref name="Horizon"/>).</param>
/// <param name="Horizon">A multi-year goal's horizon as printed (<c>今后五年</c>); null otherwise.</param>
/// <param name="Key">The indicator key, the same across reports and years (<c>Gdp</c>, <c>GdpGrowth</c>).</param>
/// <param name="Kind">Actual statistic or target.</param>
/// <param name="Value">The normalized value in <paramref name="Unit"/> (212.52 for 2125.2 亿元); the low end of a range; negative for a fall.</param>
/// <param name="ValueHigh">The high end of a printed range (1-2家), else null.</param>
/// <param name="Unit">The unit of <paramref name="Value"/>.</param>
/// <param name="PrintedValue">The number exactly as printed (<c>2125.2</c>; with its separators or full-width digits where printed so: <c>1,234.5</c>, <c>６.５</c>): text for citing, <paramref name="Value"/> is the number.</param>
/// <param name="PrintedUnit">The unit exactly as printed (<c>亿元</c>).</param>
/// <param name="CorrectedUnit">Where the printed unit is a misprint, the unit it was read as; else null.</param>
/// <param name="Label">The indicator's Chinese name as printed.</param>
/// <param name="Quote">The exact passage of the report the figure comes from.</param>
/// <param name="Source">The report.</param>
/// <param name="IsEstimate">True when the report gives the figure as an estimate (预计).</param>
/// <param name="Bound">How the wording qualifies the number: for a target what meets it (7%左右, 5000万吨以上), for an actual what was printed (超过6000亿元 is <see cref="TargetBound.Exceeds"/> 6000); <see cref="TargetBound.None"/> for a plain number.</param>
/// <param name="IsDecline">True when the report states a fall (下降); <paramref name="Value"/> is then negative.</param>
/// <param name="Note">A drafting note: a misprint, an ambiguity, how a list was paired.</param>
public sealed partial record Figure(
    string Id,
    string Place,
    int? Year,
    string? Horizon,
    string Key,
    FigureKind Kind,
    double Value,
    double? ValueHigh,
    FigureUnit Unit,
    string PrintedValue,
    string PrintedUnit,
    string? CorrectedUnit,
    string Label,
    string Quote,
    ReportSource Source,
    bool IsEstimate,
    TargetBound Bound,
    bool IsDecline,
    string? Note)
{
    /// <summary>The place's name as printed (<c>衢州</c>, <c>中国</c>): the <see cref="Source"/>'s.</summary>
    public string PlaceName => Source.PlaceName;

    /// <summary>The level of government of the figure's report (national, province, city, district, county): the <see cref="Source"/>'s.</summary>
    public PlaceLevel Level => Source.Level;

    /// <summary>The same as <see cref="Place"/>: the name code written when every report was a city's reads.</summary>
    public string City => Place;

    /// <summary>True for a printed range such as 1-2家.</summary>
    public bool IsRange => ValueHigh is not null;

    /// <summary>What <see cref="Unit"/> measures (money in yuan, a ratio, an area, ...); see <see cref="UnitDimension"/>.</summary>
    public UnitDimension Dimension => Unit.Dimension();

    /// <summary>
    /// The power of ten the unit was printed with (SDMX's UNIT_MULT): 8 for 亿元 and 亿美元, 4 for 万人 and 万亩,
    /// 12 for 万亿元, 0 for 元, % or 家. Read from <see cref="CorrectedUnit"/> where there is one, the unit the number was read in.
    /// </summary>
    public int UnitMultiplier => PrintedUnits.ExponentOf(CorrectedUnit ?? PrintedUnit);

    /// <summary>10 to the <see cref="UnitMultiplier"/>: 100,000,000 for 亿元. The printed number (<see cref="PrintedValue"/> read as a number) times this counts base units (元, 人, 亩).</summary>
    public decimal Multiplier
    {
        get
        {
            var multiplier = 1m;
            for (var i = 0; i < UnitMultiplier; i++)
            {
                multiplier *= 10m;
            }

            return multiplier;
        }
    }

    /// <summary>
    /// <see cref="Value"/> expressed in <paramref name="unit"/>, exactly: <c>ValueIn(FigureUnit.Yuan)</c> of 2125.2 亿元 is
    /// 212,520,000,000; 15 万亩 in <see cref="FigureUnit.Hectares"/> is 10,000.
    /// </summary>
    /// <exception cref="UnitConversionException"><paramref name="unit"/> measures another dimension (yuan asked as percent).</exception>
    public double ValueIn(FigureUnit unit) => FigureUnits.Convert(Value, Unit, unit);

    /// <summary><see cref="ValueHigh"/> expressed in <paramref name="unit"/>; null when the figure is not a range.</summary>
    /// <exception cref="UnitConversionException"><paramref name="unit"/> measures another dimension.</exception>
    public double? ValueHighIn(FigureUnit unit) => ValueHigh is { } high ? FigureUnits.Convert(high, Unit, unit) : CheckedNull(unit);

    // Even without a high end, asking for an impossible unit is an error, not a silent null.
    private double? CheckedNull(FigureUnit unit)
    {
        FigureUnits.Ratio(Unit, unit);
        return null;
    }
}
