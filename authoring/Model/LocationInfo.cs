using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace ReportData.Authoring.Model;

/// <summary>
/// A place in a YAML file, kept as plain data so that models stay equatable and hold no
/// <see cref="Location"/>; turned into a <see cref="Location"/> only when a diagnostic is reported.
/// </summary>
public sealed record LocationInfo(string FilePath, TextSpan Span, LinePositionSpan LineSpan)
{
    public Location ToLocation() => Location.Create(FilePath, Span, LineSpan);

    /// <summary>The start of a file, for problems that belong to the whole file.</summary>
    public static LocationInfo FileStart(string filePath) =>
        new(filePath, new TextSpan(0, 0), new LinePositionSpan(LinePosition.Zero, LinePosition.Zero));
}
