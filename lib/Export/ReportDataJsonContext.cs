using System.Text.Json.Serialization;

namespace ReportData;

/// <summary>
/// System.Text.Json metadata for <see cref="Figure"/> and <see cref="ReportSource"/>, generated at compile
/// time: no reflection, safe to trim and to compile ahead of time. Property names are camelCase and enums
/// are written by name (<c>"kind": "Target"</c>). <see cref="FigureJson"/> uses it; pass
/// <c>ReportDataJsonContext.Default.Figure</c> to <c>JsonSerializer</c> to serialize figures inside your own types.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true,
    NumberHandling = JsonNumberHandling.Strict)]
[JsonSerializable(typeof(Figure[]))]
[JsonSerializable(typeof(Figure))]
[JsonSerializable(typeof(ReportSource))]
public sealed partial class ReportDataJsonContext : JsonSerializerContext
{
}
