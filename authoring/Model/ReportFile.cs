using ReportData.Authoring.Shared;

namespace ReportData.Authoring.Model;

/// <summary>
/// A parsed report file: the emit model, where its parts stand, and what was wrong with it.
/// <see cref="Report"/> is null when the file is too broken to emit anything.
/// Immutable and structurally equatable.
/// </summary>
/// <param name="YearSite">Where the report's <c>year</c> stands: a second report of one place and year is reported there.</param>
public sealed record ReportFile(
    string FilePath,
    ReportSpec? Report,
    LocationInfo? TextSite,
    EquatableArray<FigureSites> FigureSites,
    EquatableArray<SkipSpec> Skipped,
    EquatableArray<KeyParagraphSpec> KeyParagraphs,
    EquatableArray<DiagnosticInfo> Diagnostics,
    LocationInfo? YearSite = null)
{
    /// <summary>A file too broken to emit anything: no model, only its diagnostics.</summary>
    public static ReportFile Broken(string filePath, EquatableArray<DiagnosticInfo> diagnostics) => new(
        filePath,
        null,
        null,
        EquatableArray<FigureSites>.Empty,
        EquatableArray<SkipSpec>.Empty,
        EquatableArray<KeyParagraphSpec>.Empty,
        diagnostics);

    /// <summary>Where the report's place is written (<c>place</c> or its synonym <c>city</c>), for diagnostics across files (a place differing from another only by case).</summary>
    public LocationInfo? CitySite { get; init; }

    public bool HasErrors
    {
        get
        {
            foreach (var diagnostic in Diagnostics)
            {
                if (diagnostic.IsError)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
