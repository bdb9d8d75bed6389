namespace ReportData.Generator.Model;

/// <summary>
/// The generator's side of <c>ReportData.Storage.FigureTable</c>'s layout (see its remarks): the same
/// numbers, which a test compares with the library's, since the generator cannot reference lib/.
/// </summary>
internal static class FigureTableLayout
{
    public const int LayoutVersion = 2;

    public const int FieldsPerFigure = 9;

    public const int CodesField = 0;
    public const int KeyField = 1;
    public const int LabelField = 2;
    public const int QuoteField = 3;
    public const int PrintedValueField = 4;
    public const int PrintedUnitField = 5;
    public const int HorizonField = 6;
    public const int CorrectedUnitField = 7;
    public const int NoteField = 8;

    public const int BoundShift = 8;
    public const int TargetFlag = 1 << 12;
    public const int EstimateFlag = 1 << 13;
    public const int DeclineFlag = 1 << 14;
    public const int RangeFlag = 1 << 15;
    public const int YearShift = 16;
}
