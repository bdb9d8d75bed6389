using System;
using System.Collections.Generic;
#if NET
using System.Diagnostics.CodeAnalysis;
#endif
using System.IO;

namespace ReportData;

/// <summary>
/// Formatters that .NET Interactive finds through <see cref="TypeFormatterSourceAttribute"/> on
/// <see cref="Figure"/>: a figure, and any sequence of figures, as the HTML table of <see cref="FigureHtml"/>.
/// </summary>
/// <remarks>
/// .NET Interactive calls these by convention (public <c>MimeType</c>, <c>Type</c> and
/// <c>bool Format(object, TextWriter)</c>), not through its interfaces, which this package does not reference.
/// It reads a type's formatter sources the first time it formats a value of that type, so the sequence
/// formatter is known once a notebook has shown a <see cref="Figure"/> (or a list that contains one).
/// </remarks>
internal sealed class FigureFormatterSource
{
    /// <summary>The MIME type of HTML output.</summary>
    public const string HtmlMimeType = "text/html";

    /// <summary>One formatter for a single figure and one for sequences of figures.</summary>
#if NET
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicMethods | DynamicallyAccessedMemberTypes.PublicProperties, typeof(FigureHtmlFormatter))]
#endif
    public IEnumerable<object> CreateTypeFormatters() => new object[]
    {
        new FigureHtmlFormatter(typeof(Figure)),
        new FigureHtmlFormatter(typeof(IEnumerable<Figure>)),
    };
}

/// <summary>Writes a <see cref="Figure"/> or a sequence of figures as an HTML table (see <see cref="FigureHtml"/>).</summary>
internal sealed class FigureHtmlFormatter
{
    /// <summary>Formats values assignable to <paramref name="type"/>.</summary>
    public FigureHtmlFormatter(Type type) => Type = type;

    /// <summary>The MIME type this formatter writes.</summary>
    public string MimeType => FigureFormatterSource.HtmlMimeType;

    /// <summary>The type of value this formatter is for.</summary>
    public Type Type { get; }

    /// <summary>Writes <paramref name="instance"/> as HTML; false (nothing written) when it is neither a figure nor a sequence of figures.</summary>
    public bool Format(object instance, TextWriter writer)
    {
        switch (instance)
        {
            case Figure figure:
                FigureHtml.WriteTable(writer, new[] { figure });
                return true;
            case IEnumerable<Figure> figures:
                FigureHtml.WriteTable(writer, figures);
                return true;
            default:
                return false;
        }
    }
}
