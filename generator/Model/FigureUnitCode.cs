namespace ReportData.Generator.Model;

/// <summary>
/// The generator's copy of the runtime <c>ReportData.FigureUnit</c>: the same names and numbers (a test compares
/// them), so that the model is typed and the emitted data stores a unit as its number. The generator does not
/// reference lib/: it runs inside the compiler, whatever version of the ReportData package the project uses.
/// </summary>
internal enum FigureUnitCode : byte
{
    None = 0,
    BillionYuan = 1,
    Yuan = 2,
    BillionUsd = 3,
    Usd = 4,
    Percent = 5,
    PerMille = 6,
    PercentagePoints = 7,
    Persons = 8,
    PersonTimes = 9,
    Count = 10,
    MicrogramsPerCubicMetre = 11,
    SquareMetres = 12,
    SquareKilometres = 13,
    Mu = 14,
    Hectares = 15,
    Kilometres = 16,
    Metres = 17,
    Tonnes = 18,
    TonnesOfStandardCoal = 19,
    Kilowatts = 20,
    KilowattHours = 21,
    Jin = 22,
    FenPerKilowattHour = 23,
    CubicMetres = 24,
    Teu = 25,
    Years = 26,
    Days = 27,
    Hours = 28,
    Minutes = 29,
}
