using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using ReportData.Authoring.Model;
using ReportData.Generator.CompilationFacts;
using ReportData.Generator.Emitting;

namespace ReportData.Generator.Emitting;

/// <summary>
/// Makes generated code compile in a project that references the generator alone: emits the
/// runtime types (<c>Figure</c>, <c>ReportSource</c> and the enums) and the figure storage generated
/// code calls (<c>ReportData.Storage</c>: the decoder, partitions, id routing) as internal types,
/// and the two framework attributes netstandard2.0 lacks.
/// <para>
/// The runtime types are lib/'s own source files, embedded in this assembly at build time, so that
/// the emitted copy cannot drift from the ReportData package. They are made internal so that two
/// libraries that both emit them never clash in an application that references both, or the package.
/// </para>
/// </summary>
internal static class RuntimeTypesEmitter
{
    /// <summary>The runtime types, by file name in lib/ (and embedded resource name below <see cref="ResourcePrefix"/>).</summary>
    public static readonly string[] TypeNames =
    {
        "Figure", "ReportSource", "PlaceLevel", "FigureKind", "FigureUnit", "TargetBound",
        "FigureTable", "FigureTable.Layout", "FigureTable.Numbers", "FigureTable.Reports", Utf8TypeName, "FigurePartition", "FigureRouter", "FigureStore",
        "UnitDimension", "FigureUnits", "PrintedUnits", "UnitConversionException", "FigureUnitAttribute", "FiguresInUnitAttribute",
    };

    /// <summary>The decoder's UTF-8 overload, which needs <c>System.ReadOnlySpan&lt;T&gt;</c>: emitted only where it exists.</summary>
    public const string Utf8TypeName = "FigureTable.Utf8";

    public const string ResourcePrefix = "ReportData.Runtime.";

    public const string PolyfillsHintName = "ReportData.Polyfills.g.cs";

    /// <summary>The emitted sources, or null if the resources are missing (a broken build of this assembly; a test guards it).</summary>
    private static readonly Lazy<string[]?> RuntimeSources = new(ReadRuntimeSources);

    public static string RuntimeTypeHintName(string typeName) => "ReportData.Runtime." + typeName + ".g.cs";

    /// <summary>The files to add for this compilation: none when it already has everything.</summary>
    public static IEnumerable<(string HintName, string Source)> Emit(RuntimeSupport support)
    {
        if (!support.HasRuntimeTypes)
        {
            var sources = RuntimeSources.Value ?? Array.Empty<string>();
            for (var i = 0; i < sources.Length; i++)
            {
                if (support.HasReadOnlySpan || TypeNames[i] != Utf8TypeName)
                {
                    yield return (RuntimeTypeHintName(TypeNames[i]), sources[i]);
                }
            }
        }

        var polyfills = Polyfills(emitIsExternalInit: !support.HasRuntimeTypes && !support.HasIsExternalInit, emitNotNullWhen: !support.HasNotNullWhen);
        if (polyfills is not null)
        {
            yield return (PolyfillsHintName, polyfills);
        }
    }

    private static string? Polyfills(bool emitIsExternalInit, bool emitNotNullWhen)
    {
        if (!emitIsExternalInit && !emitNotNullWhen)
        {
            return null;
        }

        // Internal, and only when the compilation lacks them: a type the framework or another polyfill
        // already provides would otherwise be declared twice.
        var writer = GeneratedCode.StartFile();
        if (emitIsExternalInit)
        {
            writer.Open("namespace System.Runtime.CompilerServices");
            writer.Line("/// <summary>Lets the ReportData records compile where the framework lacks it (netstandard2.0, .NET Framework).</summary>");
            writer.Line(GeneratedCode.Attribute);
            writer.Line("internal static class IsExternalInit { }");
            writer.Close();
        }

        if (emitNotNullWhen)
        {
            if (emitIsExternalInit)
            {
                writer.Line();
            }

            writer.Open("namespace System.Diagnostics.CodeAnalysis");
            writer.Line("/// <summary>Nullable analysis of <c>ReportDataset.TryFind</c> where the framework lacks it (netstandard2.0, .NET Framework).</summary>");
            writer.Line(GeneratedCode.Attribute);
            writer.Line("[global::System.AttributeUsage(global::System.AttributeTargets.Parameter, Inherited = false)]");
            writer.Open("internal sealed class NotNullWhenAttribute : global::System.Attribute");
            writer.Line("/// <summary>Creates the attribute.</summary>");
            writer.Line("/// <param name=\"returnValue\">The return value for which the parameter is not null.</param>");
            writer.Line("public NotNullWhenAttribute(bool returnValue) => ReturnValue = returnValue;");
            writer.Line();
            writer.Line("/// <summary>The return value for which the parameter is not null.</summary>");
            writer.Line("public bool ReturnValue { get; }");
            writer.Close();
            writer.Close();
        }

        return writer.ToString();
    }

    /// <summary>
    /// lib/'s source as an internal, generated file: top-level <c>public</c> declarations become
    /// <c>internal</c> and carry [GeneratedCode] (but for partial ones, which would carry it twice: the
    /// file header marks them generated); the file-scoped namespace becomes a block, so C# 9 suffices.
    /// </summary>
    internal static string AsInternal(string librarySource)
    {
        var builder = new StringBuilder(librarySource.Length + 256);
        builder.Append("// <auto-generated/>\n");
        builder.Append("// Emitted by ReportData.Generator because this project does not reference the ReportData package.\n");
        builder.Append("#nullable enable\n\n");
        var closeNamespace = false;
        // A file the authoring core or the unit analyzer compiles too chooses its namespace under #if
        // REPORTDATA_...: the emitted copy keeps only the #else branch, lib/'s own namespace, without the directives.
        var inOtherNamespaces = false;
        var inOwnNamespace = false;
        foreach (var rawLine in librarySource.Split('\n'))
        {
            var line = rawLine.TrimEnd('\r');
            if (line.StartsWith("#if REPORTDATA_", StringComparison.Ordinal))
            {
                inOtherNamespaces = true;
            }
            else if (inOtherNamespaces)
            {
                inOtherNamespaces = line != "#else";
                inOwnNamespace = !inOtherNamespaces;
            }
            else if (inOwnNamespace && line == "#endif")
            {
                inOwnNamespace = false;
            }
            else if (line.StartsWith("namespace ", StringComparison.Ordinal) && line.EndsWith(";", StringComparison.Ordinal))
            {
                builder.Append(line, 0, line.Length - 1).Append("\n{\n");
                closeNamespace = true;
            }
            else if (line.StartsWith("public ", StringComparison.Ordinal))
            {
                if (line.IndexOf(" partial ", StringComparison.Ordinal) < 0)
                {
                    builder.Append(GeneratedCode.Attribute).Append('\n');
                }

                builder.Append("internal ").Append(line, "public ".Length, line.Length - "public ".Length).Append('\n');
            }
            else
            {
                builder.Append(line).Append('\n');
            }
        }

        var text = builder.ToString().TrimEnd('\n') + "\n";
        return closeNamespace ? text + "}\n" : text;
    }

    // Never throws: an exception in a generator only becomes warning CS8785 and drops all its output.
    private static string[]? ReadRuntimeSources()
    {
        var sources = new string[TypeNames.Length];
        for (var i = 0; i < TypeNames.Length; i++)
        {
            using var stream = typeof(RuntimeTypesEmitter).Assembly.GetManifestResourceStream(ResourcePrefix + TypeNames[i] + ".cs");
            if (stream is null)
            {
                return null;
            }

            using var reader = new StreamReader(stream, Encoding.UTF8);
            sources[i] = AsInternal(reader.ReadToEnd());
        }

        return sources;
    }
}
