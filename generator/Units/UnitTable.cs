using System;
using System.Collections.Generic;
using ReportData.Generator.Model;

namespace ReportData.Generator.Units;

/// <summary>
/// The units government work reports print, and how each is normalized. The generator derives a
/// member's suffix and value from here, so a constant's name cannot disagree with its unit.
/// A unit is looked up whole first, then as a magnitude prefix (万, 亿) on a base unit, so that
/// 万千瓦, 亿千瓦时 and 万场 need no entries of their own.
/// </summary>
internal static class UnitTable
{
    private static readonly UnitInfo Count = new(FigureUnitCode.Count, "Count", 1m, "count");

    /// <summary>Counter words (量词) that count things: all normalize to <c>Count</c>.</summary>
    private static readonly string[] CounterWords =
    {
        "家", "个", "项", "所", "座", "宗", "场", "件", "枚", "套", "户", "条", "台", "辆", "张", "处", "次", "批", "只", "款", "艘", "架", "栋", "幢",
        // 头 counts head of livestock (削减生猪饲养量75.7万头), 列 counts trains (义新欧班列往返168列).
        "头", "列",
    };

    private static readonly Dictionary<string, UnitInfo> Whole = CreateWholeUnits();

    private static readonly Dictionary<string, UnitInfo> Bases = CreateBaseUnits();

    private static readonly (string Prefix, decimal Factor)[] Magnitudes =
    {
        ("万", 10_000m),
        ("亿", 100_000_000m),
    };

    /// <summary>Looks up a printed unit; false when it is unknown.</summary>
    public static bool TryGet(string printedUnit, out UnitInfo unit)
    {
        if (Whole.TryGetValue(printedUnit, out unit!) || Bases.TryGetValue(printedUnit, out unit!))
        {
            return true;
        }

        foreach (var (prefix, factor) in Magnitudes)
        {
            if (printedUnit.Length > prefix.Length
                && printedUnit.StartsWith(prefix, StringComparison.Ordinal)
                && Bases.TryGetValue(printedUnit.Substring(prefix.Length), out var baseUnit))
            {
                unit = baseUnit with { Factor = baseUnit.Factor * factor };
                return true;
            }
        }

        unit = null!;
        return false;
    }

    /// <summary>Every runtime <c>FigureUnit</c> member the table can produce (checked against the runtime enum by a test).</summary>
    public static IEnumerable<FigureUnitCode> FigureUnits
    {
        get
        {
            var seen = new HashSet<FigureUnitCode>();
            foreach (var unit in Whole.Values)
            {
                if (seen.Add(unit.FigureUnit))
                {
                    yield return unit.FigureUnit;
                }
            }

            foreach (var unit in Bases.Values)
            {
                if (seen.Add(unit.FigureUnit))
                {
                    yield return unit.FigureUnit;
                }
            }
        }
    }

    /// <summary>Units that are not a base with a magnitude prefix: their factor is not the prefix's.</summary>
    private static Dictionary<string, UnitInfo> CreateWholeUnits() => new(StringComparer.Ordinal)
    {
        // 亿元 is 10^8 yuan = 0.1 billion yuan: members say Billion, and the value is divided by ten.
        ["亿元"] = new(FigureUnitCode.BillionYuan, "Billion", 0.1m, "billion yuan"),
        ["万亿元"] = new(FigureUnitCode.BillionYuan, "Billion", 1000m, "billion yuan"),
        ["亿美元"] = new(FigureUnitCode.BillionUsd, "UsdBillion", 0.1m, "billion US dollars"),
        ["%"] = new(FigureUnitCode.Percent, "Percent", 1m, "percent"),
        ["％"] = new(FigureUnitCode.Percent, "Percent", 1m, "percent"),
        ["‰"] = new(FigureUnitCode.PerMille, "PerMille", 1m, "per mille"),
        ["个百分点"] = new(FigureUnitCode.PercentagePoints, "PercentagePoints", 1m, "percentage points"),
        // "增长N倍" is growth of N×100 percent (see docs/authoring.md).
        ["倍"] = new(FigureUnitCode.Percent, "Percent", 100m, "percent"),
        [string.Empty] = new(FigureUnitCode.None, string.Empty, 1m, string.Empty),
    };

    /// <summary>Base units; each may also carry a 万 or 亿 prefix.</summary>
    private static Dictionary<string, UnitInfo> CreateBaseUnits()
    {
        var persons = new UnitInfo(FigureUnitCode.Persons, "Persons", 1m, "persons");
        var years = new UnitInfo(FigureUnitCode.Years, "Years", 1m, "years");
        var table = new Dictionary<string, UnitInfo>(StringComparer.Ordinal)
        {
            ["元"] = new(FigureUnitCode.Yuan, "Yuan", 1m, "yuan"),
            ["美元"] = new(FigureUnitCode.Usd, "Usd", 1m, "US dollars"),
            ["人"] = persons,
            ["名"] = persons,
            ["位"] = persons,
            ["人次"] = new(FigureUnitCode.PersonTimes, "PersonTimes", 1m, "person-times"),
            ["微克/立方米"] = new(FigureUnitCode.MicrogramsPerCubicMetre, "MicrogramsPerCubicMetre", 1m, "µg/m³"),
            ["平方米"] = new(FigureUnitCode.SquareMetres, "SquareMetres", 1m, "m²"),
            ["平方公里"] = new(FigureUnitCode.SquareKilometres, "SquareKilometres", 1m, "km²"),
            ["亩"] = new(FigureUnitCode.Mu, "Mu", 1m, "mu"),
            ["公顷"] = new(FigureUnitCode.Hectares, "Hectares", 1m, "hectares"),
            ["公里"] = new(FigureUnitCode.Kilometres, "Kilometres", 1m, "km"),
            ["千米"] = new(FigureUnitCode.Kilometres, "Kilometres", 1m, "km"),
            ["米"] = new(FigureUnitCode.Metres, "Metres", 1m, "m"),
            ["吨"] = new(FigureUnitCode.Tonnes, "Tonnes", 1m, "tonnes"),
            ["吨标煤"] = new(FigureUnitCode.TonnesOfStandardCoal, "TonnesOfStandardCoal", 1m, "tonnes of standard coal"),
            ["千瓦"] = new(FigureUnitCode.Kilowatts, "Kilowatts", 1m, "kW"),
            ["千瓦时"] = new(FigureUnitCode.KilowattHours, "KilowattHours", 1m, "kWh"),
            ["度"] = new(FigureUnitCode.KilowattHours, "KilowattHours", 1m, "kWh"),
            ["斤"] = new(FigureUnitCode.Jin, "Jin", 1m, "jin"),
            ["分/千瓦时"] = new(FigureUnitCode.FenPerKilowattHour, "FenPerKilowattHour", 1m, "fen per kWh"),
            ["立方米"] = new(FigureUnitCode.CubicMetres, "CubicMetres", 1m, "m³"),
            ["标箱"] = new(FigureUnitCode.Teu, "Teu", 1m, "TEU"),
            ["岁"] = years,
            ["年"] = years,
            ["天"] = new(FigureUnitCode.Days, "Days", 1m, "days"),
            ["小时"] = new(FigureUnitCode.Hours, "Hours", 1m, "hours"),
            ["分钟"] = new(FigureUnitCode.Minutes, "Minutes", 1m, "minutes"),
        };

        foreach (var counter in CounterWords)
        {
            table[counter] = Count;
        }

        return table;
    }
}
