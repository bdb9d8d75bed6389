using ReportData.Authoring.Model;
using ReportData.Authoring.Shared;
using ReportData.Generator.CompilationFacts;

namespace ReportData.Generator.Emitting;

/// <summary>Everything the emitter needs for the dataset index (city docs, ReportDataset).</summary>
internal sealed record IndexEmitModel(DatasetPlan Plan, EmitOptions Options, RuntimeSupport Runtime);
