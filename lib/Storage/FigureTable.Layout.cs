// The authoring core compiles this file too (the generator writes the layout this decoder reads: one set of numbers
// for both), in the namespace the #if below chooses.
#if REPORTDATA_AUTHORING
namespace ReportData.Authoring.Model;
#else
namespace ReportData.Storage;
#endif

/// <summary>The layout of the figure data (see <c>FigureTable</c>'s remarks): the numbers the generator writes and the decoder reads.</summary>
public static partial class FigureTable
{
    /// <summary>The version of this layout; the generator refuses a ReportData package whose version differs (RD0010).</summary>
    public const int LayoutVersion = 5;

    /// <summary>The number of fields each figure has.</summary>
    public const int FieldsPerFigure = 9;

    /// <summary>The field of a figure's codes (unit, bound, kind, flags and year).</summary>
    public const int CodesField = 0;

    /// <summary>The field of <see cref="Figure.Key"/>.</summary>
    public const int KeyField = 1;

    /// <summary>The field of <see cref="Figure.Label"/>.</summary>
    public const int LabelField = 2;

    /// <summary>The field of <see cref="Figure.Quote"/>.</summary>
    public const int QuoteField = 3;

    /// <summary>The field of <see cref="Figure.PrintedValue"/>.</summary>
    public const int PrintedValueField = 4;

    /// <summary>The field of <see cref="Figure.PrintedUnit"/>.</summary>
    public const int PrintedUnitField = 5;

    /// <summary>The field of <see cref="Figure.Horizon"/> (0 for null).</summary>
    public const int HorizonField = 6;

    /// <summary>The field of <see cref="Figure.CorrectedUnit"/> (0 for null).</summary>
    public const int CorrectedUnitField = 7;

    /// <summary>The field of <see cref="Figure.Note"/> (0 for null).</summary>
    public const int NoteField = 8;

    /// <summary>The codes' bits that hold the <see cref="FigureUnit"/> number.</summary>
    public const int UnitMask = 0xFF;

    /// <summary>Where the <see cref="TargetBound"/> number starts in the codes.</summary>
    public const int BoundShift = 8;

    /// <summary>The bits of the <see cref="TargetBound"/> number, once shifted down.</summary>
    public const int BoundMask = 0xF;

    /// <summary>Set when <see cref="Figure.Kind"/> is <see cref="FigureKind.Target"/>.</summary>
    public const int TargetFlag = 1 << 12;

    /// <summary>Set when <see cref="Figure.IsEstimate"/>.</summary>
    public const int EstimateFlag = 1 << 13;

    /// <summary>Set when <see cref="Figure.IsDecline"/>.</summary>
    public const int DeclineFlag = 1 << 14;

    /// <summary>Set when the figure is a range: its high end is the next of the values after the figures' own.</summary>
    public const int RangeFlag = 1 << 15;

    /// <summary>Where <see cref="Figure.Year"/> starts in the codes (0 for null: years start at 1900).</summary>
    public const int YearShift = 16;

    /// <summary>
    /// The digit of a report's numbers (its text count, text lengths and figure fields, one literal of printable ASCII) that
    /// stands for 0: a number is written in base 32, low digits first, each digit <c>d</c> (plus <see cref="MoreDigits"/>
    /// on all but the last) as the character <c>FirstDigit + d</c>, one more from <see cref="SkippedDigit"/> on.
    /// </summary>
    public const char FirstDigit = '#';

    /// <summary>The character the digits pass over (a backslash: the literal needs no escapes, and holds no quote either).</summary>
    public const char SkippedDigit = '\\';

    /// <summary>The bits of a number each digit holds.</summary>
    public const int DigitBits = 5;

    /// <summary>Added to a digit that is not a number's last.</summary>
    public const int MoreDigits = 1 << DigitBits;

    /// <summary>
    /// The number of fields each report has in the dataset's report table (see <c>FigureTable.Partitions</c>), in the order of
    /// <see cref="ReportSource"/>'s parameters: texts as one plus their index (0 for null), years as numbers (0 for null),
    /// the level as its <see cref="PlaceLevel"/> number.
    /// Then the number of its id prefixes, and each prefix as one plus its index.
    /// </summary>
    public const int FieldsPerReport = 13;
}
