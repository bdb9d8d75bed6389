using ReportData.Generator.CompilationFacts;

namespace ReportData.Generator.Model;

/// <summary>Everything the emitter needs for one report file.</summary>
internal sealed record ReportEmitModel(ReportSpec Report, ReportAssignment Assignment, EmitOptions Options);
