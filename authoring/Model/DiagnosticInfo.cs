using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using ReportData.Authoring.Shared;

namespace ReportData.Authoring.Model;

/// <summary>
/// A diagnostic as data: the descriptor (a static singleton, compared by reference), the message
/// arguments and the YAML location. Must stay immutable and structurally equatable.
/// </summary>
public sealed record DiagnosticInfo(DiagnosticDescriptor Descriptor, LocationInfo Location, EquatableArray<string> MessageArgs)
{
    public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, LocationInfo location, params object?[] messageArgs) =>
        new(descriptor, location, messageArgs.Select(arg => Convert.ToString(arg, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty).ToEquatableArray());

    /// <summary>
    /// The diagnostic to report. The generator and the analyzer both report it; the compiler shows one of two
    /// equal diagnostics, but compares message arguments by reference. So the message is formatted here, into
    /// a copy of the descriptor, and the diagnostic carries no arguments: two reports of one problem are equal
    /// by value (descriptor, location, severity), and the build log has it once.
    /// </summary>
    public Diagnostic ToDiagnostic()
    {
        var message = string.Format(System.Globalization.CultureInfo.InvariantCulture, Descriptor.MessageFormat.ToString(System.Globalization.CultureInfo.InvariantCulture), MessageArgs.Cast<object>().ToArray());
        var formatted = new DiagnosticDescriptor(
            Descriptor.Id,
            Descriptor.Title,
            message,
            Descriptor.Category,
            Descriptor.DefaultSeverity,
            Descriptor.IsEnabledByDefault,
            Descriptor.Description,
            Descriptor.HelpLinkUri,
            Descriptor.CustomTags.ToArray());
        return Diagnostic.Create(formatted, Location.ToLocation());
    }

    public bool IsError => Descriptor.DefaultSeverity == DiagnosticSeverity.Error;
}
