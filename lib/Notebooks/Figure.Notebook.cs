namespace ReportData;

// Kept apart from Figure.cs, which the generator embeds into projects that reference it alone: the
// notebook formatting below belongs to this package, not to every generated copy of the record.
[TypeFormatterSource(typeof(FigureFormatterSource), PreferredMimeTypes = new[] { FigureFormatterSource.HtmlMimeType })]
public sealed partial record Figure;
