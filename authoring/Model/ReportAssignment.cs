using ReportData.Authoring.Shared;

namespace ReportData.Authoring.Model;

/// <summary>
/// Names the whole dataset decides for one report file: its unique hint name and the name of its decoder
/// (a method of the one holder class, <c>ReportFigures</c>),
/// and the members it must not emit because another file defines them first; and what the dataset's
/// report table says of it (its source and the city and year classes of the ids it keeps), so that
/// the store can route a lookup without running the holder's code.
/// </summary>
/// <param name="FileName">The report file's name (<c>ReportSource.YamlFile</c>).</param>
/// <param name="Prefixes">The city and year classes (<c>Quzhou.Y2023</c>) its emitted figures' ids start with, ordinal order.</param>
public sealed record ReportAssignment(
    string FilePath,
    string HintName,
    string DecoderName,
    EquatableArray<string> ExcludedIds,
    ReportInfoSpec Info,
    string FileName,
    EquatableArray<string> Prefixes);
