using System;
using System.Collections.Generic;

// The one printed-unit table: lib reads it for Figure.Multiplier, and the authoring core compiles this very file
// (see authoring/ReportData.Authoring.csproj) so that the generator derives every member's unit and value from it.
#if REPORTDATA_SHARED_UNITS
namespace ReportData.Authoring.Units;
#else
namespace ReportData;
#endif

/// <summary>
/// The units government work reports print, what each means and how it is normalized: 亿元 is
/// <see cref="FigureUnit.BillionYuan"/> with factor 0.1 (2125.2 亿元 = 212.52 billion yuan) and multiplier 10^8
/// (SDMX's UNIT_MULT 8: the printed number counts 10^8 yuan). A unit is looked up whole first, then as a
/// magnitude prefix (万, 亿, 万亿) on a base unit, so that 万千瓦, 亿千瓦时, 万场 and 万亿斤 need no entries of their own.
/// </summary>
internal static class PrintedUnits
{
    /// <summary>Counter words (量词) that count things: all normalize to <see cref="FigureUnit.Count"/>.</summary>
    private static readonly string[] CounterWords =
    {
        "家", "个", "项", "所", "座", "宗", "场", "件", "枚", "套", "户", "条", "台", "辆", "张", "处", "次", "批", "只", "款", "艘", "架", "栋", "幢",
        // 头 counts head of livestock (削减生猪饲养量75.7万头), 列 counts trains (义新欧班列往返168列).
        "头", "列",
        // Common in other cities' reports: cases (起, 例), trees (株, 棵), works (篇, 部, 本, 册), transactions (笔),
        // copies (份), kinds (种), teams (支), lamps (盏), rooms (间), wells (口), poultry (羽).
        "起", "例", "株", "棵", "篇", "部", "本", "册", "笔", "份", "种", "支", "盏", "间", "口", "羽",
        // Performances and events counted by showing (演出1.2万场次).
        "场次",
        // Kinds and classes (将8类大病纳入保障, 许可证从60类减少到10类); medals and plots (获得3块金牌).
        "类", "块",
    };

    /// <summary>The denominators a rate may have (<c>per:</c> in the YAML), in persons.</summary>
    private static readonly Dictionary<string, int> Populations = new(StringComparer.Ordinal)
    {
        ["人"] = 1,
        ["千人"] = 1000,
        ["万人"] = 10_000,
    };

    private static readonly Dictionary<string, PrintedUnit> Whole = CreateWholeUnits();

    private static readonly Dictionary<string, PrintedUnit> Bases = CreateBaseUnits();

    private static readonly (string Prefix, decimal Factor, int Exponent)[] Magnitudes =
    {
        ("万", 10_000m, 4),
        ("亿", 100_000_000m, 8),
        // 万亿 (10^12) on any base unit: 粮食产量1.4万亿斤. (万亿元 and 万亿美元 are whole units: their factors differ.)
        ("万亿", 1_000_000_000_000m, 12),
    };

    /// <summary>The rate denominators <c>per:</c> accepts, for messages.</summary>
    public static IEnumerable<string> PopulationWords => Populations.Keys;

    /// <summary>Looks up a printed unit; false when it is unknown.</summary>
    public static bool TryGet(string printedUnit, out PrintedUnit unit)
    {
        if (printedUnit is null)
        {
            unit = default;
            return false;
        }

        if (Whole.TryGetValue(printedUnit, out unit) || Bases.TryGetValue(printedUnit, out unit))
        {
            return true;
        }

        foreach (var (prefix, factor, exponent) in Magnitudes)
        {
            if (printedUnit.Length > prefix.Length
                && printedUnit.StartsWith(prefix, StringComparison.Ordinal)
                && Bases.TryGetValue(printedUnit.Substring(prefix.Length), out var baseUnit))
            {
                unit = new PrintedUnit(baseUnit.Unit, baseUnit.Factor * factor, baseUnit.Exponent + exponent);
                return true;
            }
        }

        unit = default;
        return false;
    }

    /// <summary>The power of ten a printed unit carries (亿元: 8, 万人: 4, 元: 0); 0 for an unknown unit.</summary>
    public static int ExponentOf(string? printedUnit) =>
        printedUnit is not null && TryGet(printedUnit.Trim(), out var unit) ? unit.Exponent : 0;

    /// <summary>True when <paramref name="per"/> is a population a rate may be per (人, 千人, 万人).</summary>
    public static bool IsPopulation(string per) => Populations.ContainsKey(per);

    /// <summary>
    /// The rate unit of <paramref name="numerator"/> per <paramref name="per"/> persons: 件 per 万人 is
    /// <see cref="FigureUnit.CountPer10kPersons"/>, 元 per 人 <see cref="FigureUnit.YuanPerCapita"/>. False when
    /// there is no such unit (a percent per person, yuan per 10,000 persons).
    /// </summary>
    public static bool TryGetRate(FigureUnit numerator, string per, out FigureUnit rate)
    {
        rate = default;
        if (!Populations.TryGetValue(per, out var persons))
        {
            return false;
        }

        rate = (numerator, persons) switch
        {
            (FigureUnit.Count, 10_000) => FigureUnit.CountPer10kPersons,
            (FigureUnit.Count, 1000) => FigureUnit.CountPer1kPersons,
            (FigureUnit.Persons, 10_000) => FigureUnit.PersonsPer10kPersons,
            (FigureUnit.Persons, 1000) => FigureUnit.PersonsPer1kPersons,
            (FigureUnit.Yuan, 1) => FigureUnit.YuanPerCapita,
            (FigureUnit.SquareMetres, 1) => FigureUnit.SquareMetresPerCapita,
            _ => FigureUnit.None,
        };
        return rate != FigureUnit.None;
    }

    /// <summary>Every <see cref="FigureUnit"/> the table can produce, rates included (a test checks that it is every member).</summary>
    public static IEnumerable<FigureUnit> Units
    {
        get
        {
            var seen = new HashSet<FigureUnit>();
            foreach (var unit in Whole.Values)
            {
                if (seen.Add(unit.Unit))
                {
                    yield return unit.Unit;
                }
            }

            foreach (var unit in Bases.Values)
            {
                if (seen.Add(unit.Unit))
                {
                    yield return unit.Unit;
                }
            }

            foreach (var numerator in new[] { FigureUnit.Count, FigureUnit.Persons, FigureUnit.Yuan, FigureUnit.SquareMetres })
            {
                foreach (var per in Populations.Keys)
                {
                    if (TryGetRate(numerator, per, out var rate) && seen.Add(rate))
                    {
                        yield return rate;
                    }
                }
            }
        }
    }

    /// <summary>Units that are not a base with a magnitude prefix: their factor is not the prefix's.</summary>
    private static Dictionary<string, PrintedUnit> CreateWholeUnits() => new(StringComparer.Ordinal)
    {
        // 亿元 is 10^8 yuan = 0.1 billion yuan: members say Billion, and the value is divided by ten.
        ["亿元"] = new(FigureUnit.BillionYuan, 0.1m, 8),
        ["万亿元"] = new(FigureUnit.BillionYuan, 1000m, 12),
        ["亿美元"] = new(FigureUnit.BillionUsd, 0.1m, 8),
        ["万亿美元"] = new(FigureUnit.BillionUsd, 1000m, 12),
        ["%"] = new(FigureUnit.Percent, 1m, 0),
        ["％"] = new(FigureUnit.Percent, 1m, 0),
        ["‰"] = new(FigureUnit.PerMille, 1m, 0),
        ["个百分点"] = new(FigureUnit.PercentagePoints, 1m, 0),
        // "增长N倍" is growth of N×100 percent (see docs/authoring.md): a conversion, not a power of ten.
        ["倍"] = new(FigureUnit.Percent, 100m, 0),
        // 兆瓦 (MW) is 1,000 kW: a thousandfold the base unit, which no 万/亿 prefix expresses.
        ["兆瓦"] = new(FigureUnit.Kilowatts, 1000m, 3),
        // 千公顷 (thousand hectares, how sown areas are printed): 千 is no magnitude prefix of its own, since 千瓦, 千米
        // and 千克 are base units whose 千 belongs to the unit.
        ["千公顷"] = new(FigureUnit.Hectares, 1000m, 3),
        // 天然气产量370亿方: 方 is how gas and earthworks print 立方米, always after 万 or 亿 (方 alone opens 方面, 方案).
        ["万方"] = new(FigureUnit.CubicMetres, 10_000m, 4),
        ["亿方"] = new(FigureUnit.CubicMetres, 100_000_000m, 8),
        // 1 EFLOPS is 1000 PFLOPS: a thousandfold, as 兆瓦 is of 千瓦.
        ["EFlops"] = new(FigureUnit.Petaflops, 1000m, 3),
        ["EFLOPS"] = new(FigureUnit.Petaflops, 1000m, 3),
        [string.Empty] = new(FigureUnit.None, 1m, 0),
    };

    /// <summary>Base units; each may also carry a 万 or 亿 prefix.</summary>
    private static Dictionary<string, PrintedUnit> CreateBaseUnits()
    {
        var table = new Dictionary<string, PrintedUnit>(StringComparer.Ordinal)
        {
            ["元"] = new(FigureUnit.Yuan, 1m, 0),
            ["美元"] = new(FigureUnit.Usd, 1m, 0),
            ["人"] = new(FigureUnit.Persons, 1m, 0),
            ["名"] = new(FigureUnit.Persons, 1m, 0),
            ["位"] = new(FigureUnit.Persons, 1m, 0),
            ["人次"] = new(FigureUnit.PersonTimes, 1m, 0),
            // 全员劳动生产率16.8万元/人: yuan per person printed as one unit (人均…元 gives the same with per: 人).
            ["元/人"] = new(FigureUnit.YuanPerCapita, 1m, 0),
            ["元／人"] = new(FigureUnit.YuanPerCapita, 1m, 0),
            ["微克/立方米"] = new(FigureUnit.MicrogramsPerCubicMetre, 1m, 0),
            // Web and PDF copies print the slash full-width, or the word 每.
            ["微克／立方米"] = new(FigureUnit.MicrogramsPerCubicMetre, 1m, 0),
            ["微克每立方米"] = new(FigureUnit.MicrogramsPerCubicMetre, 1m, 0),
            ["平方米"] = new(FigureUnit.SquareMetres, 1m, 0),
            ["平方公里"] = new(FigureUnit.SquareKilometres, 1m, 0),
            ["亩"] = new(FigureUnit.Mu, 1m, 0),
            ["公顷"] = new(FigureUnit.Hectares, 1m, 0),
            ["公里"] = new(FigureUnit.Kilometres, 1m, 0),
            ["千米"] = new(FigureUnit.Kilometres, 1m, 0),
            ["米"] = new(FigureUnit.Metres, 1m, 0),
            ["吨"] = new(FigureUnit.Tonnes, 1m, 0),
            ["吨标煤"] = new(FigureUnit.TonnesOfStandardCoal, 1m, 0),
            ["吨标准煤"] = new(FigureUnit.TonnesOfStandardCoal, 1m, 0),
            // 千瓦 is the base unit kW, not 千 × 瓦: 万千瓦 is 10^4 kW.
            ["千瓦"] = new(FigureUnit.Kilowatts, 1m, 0),
            ["千瓦时"] = new(FigureUnit.KilowattHours, 1m, 0),
            ["度"] = new(FigureUnit.KilowattHours, 1m, 0),
            ["斤"] = new(FigureUnit.Jin, 1m, 0),
            ["公斤"] = new(FigureUnit.Kilograms, 1m, 0),
            ["千克"] = new(FigureUnit.Kilograms, 1m, 0),
            ["分/千瓦时"] = new(FigureUnit.FenPerKilowattHour, 1m, 0),
            ["分／千瓦时"] = new(FigureUnit.FenPerKilowattHour, 1m, 0),
            ["立方米"] = new(FigureUnit.CubicMetres, 1m, 0),
            ["标箱"] = new(FigureUnit.Teu, 1m, 0),
            // 集装箱吞吐量1200万标准箱: the long form of 标箱.
            ["标准箱"] = new(FigureUnit.Teu, 1m, 0),
            ["岁"] = new(FigureUnit.Years, 1m, 0),
            ["年"] = new(FigureUnit.Years, 1m, 0),
            ["天"] = new(FigureUnit.Days, 1m, 0),
            ["小时"] = new(FigureUnit.Hours, 1m, 0),
            ["分钟"] = new(FigureUnit.Minutes, 1m, 0),
            // Computing power: 智能算力规模达2万P, 超算算力达223PF (petaflops; 万P is 10^4 of them).
            ["P"] = new(FigureUnit.Petaflops, 1m, 0),
            ["PF"] = new(FigureUnit.Petaflops, 1m, 0),
            ["PFlops"] = new(FigureUnit.Petaflops, 1m, 0),
            ["PFLOPS"] = new(FigureUnit.Petaflops, 1m, 0),
        };

        foreach (var counter in CounterWords)
        {
            table[counter] = new PrintedUnit(FigureUnit.Count, 1m, 0);
        }

        return table;
    }
}

/// <summary>
/// What a printed unit means: the <see cref="FigureUnit"/> of the normalized value, the exact factor from the
/// printed number to it, and the power of ten the printed unit carries (SDMX's UNIT_MULT: 亿 8, 万 4).
/// </summary>
internal readonly struct PrintedUnit
{
    public PrintedUnit(FigureUnit unit, decimal factor, int exponent)
    {
        Unit = unit;
        Factor = factor;
        Exponent = exponent;
    }

    public FigureUnit Unit { get; }

    public decimal Factor { get; }

    public int Exponent { get; }
}
