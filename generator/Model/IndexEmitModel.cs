using ReportData.Generator.CompilationFacts;

namespace ReportData.Generator.Model;

/// <summary>Everything the emitter needs for the dataset index (city docs, ReportDataset).</summary>
internal sealed record IndexEmitModel(DatasetPlan Plan, EmitOptions Options, RuntimeSupport Runtime);
