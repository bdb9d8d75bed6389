using System;
using System.Linq;
using System.Reflection;
using System.Text;
using NUnit.Framework;
using ReportData.Storage;

// These tests exercise the storage layout itself, which is obsolete only to keep it out of user code.
#pragma warning disable CS0618

namespace ReportData.Tests.Storage;

/// <summary>
/// The library's decoder of generated figure data, on data written by hand from its documented layout:
/// codes, text references, nulls, ranges, both text forms, the numbers' digits and what is malformed; and the
/// generator's copy of the layout's numbers.
/// </summary>
public class FigureTableTests
{
    private static readonly ReportSource Source = new("Testville", "测试市", PlaceLevel.City, 2024, null, "report.txt", "test.report.yaml", 2023, 2024, null, null, null);

    /// <summary>Texts 0 and 1 are the two figures' ids; the rest are referenced as one plus their index.</summary>
    private static readonly string[] Texts =
    {
        "Testville.Y2023.GdpBillion", "Testville.Y2024.Targets.NewFirmsCount",
        "Gdp", "全市生产总值", "全市生产总值达到2125.2亿元", "2125.2", "亿元", "NewFirms", "新增企业1-2家", "1-2", "家", "今后五年", "个", "a note",
    };

    private static readonly int[] Fields =
    {
        // Gdp, 2023: BillionYuan, an estimate.
        (2023 << FigureTable.YearShift) | (int)FigureUnit.BillionYuan | FigureTable.EstimateFlag, 3, 4, 5, 6, 7, 0, 0, 0,
        // NewFirms, no year: a target range, AtLeast, with a corrected unit and a note.
        (int)FigureUnit.Count | ((int)TargetBound.AtLeast << FigureTable.BoundShift) | FigureTable.TargetFlag | FigureTable.RangeFlag, 8, 4, 9, 10, 11, 12, 13, 14,
    };

    private static readonly double[] Values = { 212.52, 1, 2 };

    [Test]
    public void FiguresDecodeFromTheirCodesAndTextReferences()
    {
        var figures = Decode(utf8: false);

        Assert.That(figures, Has.Length.EqualTo(2));
        Assert.That(figures[0], Is.EqualTo(new Figure(
            "Testville.Y2023.GdpBillion", "Testville", 2023, null, "Gdp", FigureKind.Actual, 212.52, null, FigureUnit.BillionYuan,
            "2125.2", "亿元", null, "全市生产总值", "全市生产总值达到2125.2亿元", Source, IsEstimate: true, TargetBound.None, IsDecline: false, Note: null)));
        Assert.That(figures[1], Is.EqualTo(new Figure(
            "Testville.Y2024.Targets.NewFirmsCount", "Testville", null, "今后五年", "NewFirms", FigureKind.Target, 1, 2, FigureUnit.Count,
            "1-2", "家", "个", "全市生产总值", "新增企业1-2家", Source, IsEstimate: false, TargetBound.AtLeast, IsDecline: false, Note: "a note")));
    }

    [Test]
    public void Utf8TextsDecodeToTheSameFiguresAsUtf16Texts()
    {
        Assert.That(Decode(utf8: true), Is.EqualTo(Decode(utf8: false)));
    }

    [Test]
    public void ATextReferencedTwiceIsOneString()
    {
        var figures = Decode(utf8: true);
        Assert.That(figures[1].Label, Is.SameAs(figures[0].Label));
    }

    [Test]
    public void KeysLabelsAndUnitsAreOneStringAcrossReportsIdsAndQuotesAreNot()
    {
        // Two reports decoded from their own tables (their own string instances), as two generated files are.
        var first = Decode(utf8: true);
        var second = Decode(utf8: false);

        Assert.That(second[0].Key, Is.SameAs(first[0].Key));
        Assert.That(second[0].Label, Is.SameAs(first[0].Label));
        Assert.That(second[0].PrintedUnit, Is.SameAs(first[0].PrintedUnit));
        Assert.That(second[1].Horizon, Is.SameAs(first[1].Horizon));
        Assert.That(second[1].CorrectedUnit, Is.SameAs(first[1].CorrectedUnit));
        Assert.That(second[1].Note, Is.SameAs(first[1].Note));
        Assert.That(second[0].Id, Is.Not.SameAs(first[0].Id));
        Assert.That(second[0].Quote, Is.Not.SameAs(first[0].Quote));
    }

    [Test]
    public void FieldsThatAreNotWholeFiguresAreMalformed()
    {
        var numbers = Digits(Numbers(utf8: false).Take(1 + Texts.Length + Fields.Length - 1));
        Assert.That(
            () => FigureTable.Decode(Source, string.Concat(Texts), numbers, Values),
            Throws.TypeOf<FormatException>().With.Message.Contains("test.report.yaml"));
    }

    [Test]
    public void DigitsAreBase32LowFirstFromTheHashSignPassingOverTheBackslash()
    {
        // Written out by hand from FigureTable.FirstDigit's rule: '#' is 0, 'B' 31; a digit of 32 or more has more after it
        // ('C' is 0 and more, '$' is 1); 57 would be the backslash, so it is the next character, ']'.
        Assert.That(Digits(new[] { 0, 31, 32, 57 + 32, 1024, int.MaxValue }), Is.EqualTo("#" + "B" + "C$" + "]%" + "CC$" + "cccccc$"));
    }

    [TestCase("\\", TestName = "A backslash is no digit")]
    [TestCase(" ", TestName = "A space is no digit")]
    [TestCase("C", TestName = "A number that does not end")]
    [TestCase("ccccccc$", TestName = "A number past int.MaxValue")]
    public void NumbersThatAreNotDigitsAreMalformed(string extra)
    {
        Assert.That(
            () => FigureTable.Decode(Source, string.Concat(Texts), Digits(Numbers(utf8: false)) + extra, Values),
            Throws.TypeOf<FormatException>().With.Message.Contains("test.report.yaml"));
        Assert.That(
            () => FigureTable.Decode(Source, Encoding.UTF8.GetBytes(string.Concat(Texts)), Encoding.UTF8.GetBytes(Digits(Numbers(utf8: true)) + extra), Values),
            Throws.TypeOf<FormatException>().With.Message.Contains("test.report.yaml"));
    }

    [Test]
    public void TextLengthsThatDoNotAddUpToTheTextsAreMalformed()
    {
        Assert.That(
            () => FigureTable.Decode(Source, string.Concat(Texts) + "x", Digits(Numbers(utf8: false)), Values),
            Throws.TypeOf<FormatException>().With.Message.Contains("test.report.yaml"));
        Assert.That(
            () => FigureTable.Decode(Source, Encoding.UTF8.GetBytes(string.Concat(Texts)), Encoding.UTF8.GetBytes(Digits(Numbers(utf8: false))), Values),
            Throws.TypeOf<FormatException>().With.Message.Contains("test.report.yaml"));
    }

    [Test]
    public void TheGeneratorWritesTheLayoutTheLibraryReads()
    {
        static (string, object?)[] Constants(Type type) => type.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)
            .Where(field => field.IsLiteral && field.Name != "UnitMask" && field.Name != "BoundMask")
            .Select(field => (field.Name, field.GetRawConstantValue()))
            .OrderBy(pair => pair.Name, StringComparer.Ordinal)
            .ToArray();

        var library = Constants(typeof(FigureTable)).Where(pair => pair.Item1 != "RunsOnce").ToArray();
        Assert.That(Constants(typeof(ReportData.Authoring.Model.FigureTable)), Is.EqualTo(library));
        Assert.That(FigureTable.BoundMask, Is.GreaterThanOrEqualTo(Enum.GetValues<TargetBound>().Max(bound => (int)bound)));
        Assert.That(FigureTable.UnitMask, Is.GreaterThanOrEqualTo(Enum.GetValues<FigureUnit>().Max(unit => (int)unit)));
    }

    private static Figure[] Decode(bool utf8) => utf8
        ? FigureTable.Decode(Source, Encoding.UTF8.GetBytes(string.Concat(Texts)), Encoding.UTF8.GetBytes(Digits(Numbers(utf8: true))), Values)
        : FigureTable.Decode(Source, string.Concat(Texts), Digits(Numbers(utf8: false)), Values);

    /// <summary>The report's numbers as the layout orders them: the text count, the texts' lengths, the fields.</summary>
    private static int[] Numbers(bool utf8) =>
        new[] { Texts.Length }.Concat(Texts.Select(text => utf8 ? Encoding.UTF8.GetByteCount(text) : text.Length)).Concat(Fields).ToArray();

    /// <summary>The numbers as digits, by the generator's writer (whose digits the test above checks by hand).</summary>
    private static string Digits(System.Collections.Generic.IEnumerable<int> numbers)
    {
        var digits = new StringBuilder();
        foreach (var number in numbers)
        {
            ReportData.Generator.Emitting.NumberDigits.Append(digits, number);
        }

        return digits.ToString();
    }
}
