using ReportData.Authoring.Model;
using ReportData.Authoring.Shared;
using ReportData.Generator.CompilationFacts;

namespace ReportData.Generator.Emitting;

/// <summary>Everything the emitter needs for one report file.</summary>
internal sealed record ReportEmitModel(ReportSpec Report, ReportAssignment Assignment, EmitOptions Options);
