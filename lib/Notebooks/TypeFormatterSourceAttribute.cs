using System;
#if NET
using System.Diagnostics.CodeAnalysis;
#endif

namespace ReportData;

/// <summary>
/// Names the class that makes a type's formatters for .NET Interactive (Polyglot Notebooks, Jupyter
/// with the .NET kernel). .NET Interactive finds this attribute by its name and reads its
/// <see cref="FormatterSourceType"/> and <see cref="PreferredMimeTypes"/> by reflection
/// (Microsoft.DotNet.Interactive.Formatting, <c>Formatter.TryRegisterFromConventionBasedFormatterSources</c>),
/// so this package needs no reference to it.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = true, Inherited = true)]
internal sealed class TypeFormatterSourceAttribute : Attribute
{
    /// <summary>Names the formatter source: a class with a public parameterless constructor and a public <c>CreateTypeFormatters()</c>.</summary>
    public TypeFormatterSourceAttribute(
#if NET
        [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor | DynamicallyAccessedMemberTypes.PublicMethods)]
#endif
        Type formatterSourceType)
    {
        FormatterSourceType = formatterSourceType;
    }

    /// <summary>The class whose <c>CreateTypeFormatters()</c> returns the formatters.</summary>
    public Type FormatterSourceType { get; }

    /// <summary>The MIME types a notebook should show the type in, in order; null for its default.</summary>
    public string[]? PreferredMimeTypes { get; set; }
}
