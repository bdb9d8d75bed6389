using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using ReportData.Generator.Shared;

namespace ReportData.Generator.Model;

/// <summary>
/// A diagnostic as data: the descriptor (a static singleton, compared by reference), the message
/// arguments and the YAML location. Must stay immutable and structurally equatable.
/// </summary>
internal sealed record DiagnosticInfo(DiagnosticDescriptor Descriptor, LocationInfo Location, EquatableArray<string> MessageArgs)
{
    public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, LocationInfo location, params object?[] messageArgs) =>
        new(descriptor, location, messageArgs.Select(arg => Convert.ToString(arg, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty).ToEquatableArray());

    /// <summary>
    /// The diagnostic to report. The generator and the analyzer both report it; the compiler drops a
    /// diagnostic equal to one already reported, but compares message arguments by reference, so the
    /// arguments are interned: one error in the build log, not two. (They are short: names, values, shortened quotes.)
    /// </summary>
    public Diagnostic ToDiagnostic() =>
        Diagnostic.Create(Descriptor, Location.ToLocation(), MessageArgs.Select(arg => (object)string.Intern(arg)).ToArray());

    public bool IsError => Descriptor.DefaultSeverity == DiagnosticSeverity.Error;
}
