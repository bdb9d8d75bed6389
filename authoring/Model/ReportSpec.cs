using ReportData.Authoring.Shared;

namespace ReportData.Authoring.Model;

/// <summary>
/// What the emitter needs of one report file: metadata and figures, no locations.
/// Immutable and structurally equatable.
/// </summary>
/// <param name="FileName">The YAML file's name (for hint names and docs).</param>
public sealed record ReportSpec(string FileName, ReportInfoSpec Info, EquatableArray<FigureSpec> Figures);
