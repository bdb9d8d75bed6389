using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ReportData.Generator.CompilationFacts;

/// <summary>Whether a compilation can hold figure data in UTF-8 literals (<c>"..."u8</c>).</summary>
internal static class Utf8DataSupport
{
    /// <summary>UTF-8 literals need C# 11 and a <c>System.ReadOnlySpan&lt;T&gt;</c> (netstandard2.0 has one only with System.Memory).</summary>
    public static bool IsAvailable(Compilation compilation) =>
        compilation is CSharpCompilation { LanguageVersion: >= LanguageVersion.CSharp11 }
        && compilation.GetTypeByMetadataName("System.ReadOnlySpan`1") is not null;
}
