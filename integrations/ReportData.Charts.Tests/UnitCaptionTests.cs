using System;
using System.Linq;
using NUnit.Framework;

namespace ReportData.Charts.Tests;

/// <summary>Every unit the core package knows has an axis caption in both languages, not its enum name.</summary>
public class UnitCaptionTests
{
    [Test]
    public void EveryUnitHasAChineseAndAnEnglishCaption()
    {
        var missing = Enum.GetValues<FigureUnit>()
            .Where(unit => unit != FigureUnit.None)
            // A unit the Chinese list lacks falls back to its English name (UnitCaptions.Chinese's last arm).
            .Where(unit => UnitCaptions.Of(unit) is var caption && (caption.Chinese == unit.EnglishName() || caption.English.Length == 0))
            .ToList();
        Assert.That(missing, Is.Empty, "units whose Chinese axis would read in English");
    }

    [TestCase(FigureUnit.Kilograms, "公斤", "kg")]
    [TestCase(FigureUnit.BillionYuan, "十亿元", "billion yuan")]
    [TestCase(FigureUnit.YuanPerCapita, "元/人", "yuan per person")]
    public void CaptionsNameTheNormalizedUnit(FigureUnit unit, string chinese, string english)
    {
        var caption = UnitCaptions.Of(unit);
        Assert.That((caption.Chinese, caption.English), Is.EqualTo((chinese, english)));
    }
}
