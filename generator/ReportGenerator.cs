using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using ReportData.Generator.Emitting;
using ReportData.Generator.Model;
using ReportData.Generator.Options;
using ReportData.Generator.Parsing;
using ReportData.Generator.Planning;
using ReportData.Generator.Provenance;

namespace ReportData.Generator;

/// <summary>
/// Turns <c>*.report.yaml</c> AdditionalFiles into typed constants and <c>Figure</c> records.
/// This file only wires the pipeline: parsing, checking, planning and emitting live in their own files.
/// Source and diagnostics go to separate outputs, so a diagnostic that moves does not regenerate code.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class ReportGenerator : IIncrementalGenerator
{
    public const string ReportFileSuffix = ".report.yaml";
    public const string ReportTextSuffix = ".txt";

    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var utf8Data = context.CompilationProvider
            .Select(static (compilation, _) => Utf8DataSupport.IsAvailable(compilation))
            .WithTrackingName(TrackingNames.Utf8Data);
        var options = context.AnalyzerConfigOptionsProvider
            .Select(static (provider, _) => EmitOptionsReader.Read(provider))
            .Combine(utf8Data)
            .Select(static (pair, _) => pair.Left with { Utf8Data = pair.Right })
            .WithTrackingName(TrackingNames.Options);

        var texts = context.AdditionalTextsProvider
            .Where(static file => file.Path.EndsWith(ReportTextSuffix, StringComparison.OrdinalIgnoreCase))
            .Select(static (file, cancellationToken) => new ReportText(
                ReportPaths.Normalize(file.Path),
                TextFolding.Fold(file.GetText(cancellationToken)?.ToString() ?? string.Empty)))
            .WithTrackingName(TrackingNames.ReadTexts)
            .Collect();

        var reports = context.AdditionalTextsProvider
            .Where(static file => file.Path.EndsWith(ReportFileSuffix, StringComparison.OrdinalIgnoreCase))
            .Select(static (file, cancellationToken) => ReportParser.Parse(file.Path, file.GetText(cancellationToken)?.ToString() ?? string.Empty))
            .WithTrackingName(TrackingNames.Parse)
            .Combine(texts)
            .Select(static (pair, _) => ProvenanceChecker.Check(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.CheckProvenance);

        var plan = reports.Collect()
            .Select(static (files, _) => DatasetPlanner.Plan(files))
            .WithTrackingName(TrackingNames.Plan);

        context.RegisterSourceOutput(
            reports.Select(static (file, _) => file.Diagnostics).WithTrackingName(TrackingNames.FileDiagnostics),
            static (production, diagnostics) => Report(production, diagnostics));
        context.RegisterSourceOutput(
            plan.Select(static (result, _) => result.Diagnostics).WithTrackingName(TrackingNames.DatasetDiagnostics),
            static (production, diagnostics) => Report(production, diagnostics));

        var planOnly = plan.Select(static (result, _) => result.Plan).WithTrackingName(TrackingNames.PlanOnly);
        var reportModels = reports
            .Where(static file => file.Report is not null)
            .Select(static (file, _) => (file.FilePath, Report: file.Report!))
            .Combine(planOnly.Combine(options))
            .Select(static (pair, _) => new ReportEmitModel(
                pair.Left.Report,
                pair.Right.Left.Reports.First(assignment => assignment.FilePath == pair.Left.FilePath),
                pair.Right.Right))
            .WithTrackingName(TrackingNames.ReportModel);
        context.RegisterSourceOutput(reportModels, static (production, model) =>
            production.AddSource(model.Assignment.HintName, ReportEmitter.Emit(model)));

        var indexModel = planOnly.Combine(options)
            .Select(static (pair, _) => new IndexEmitModel(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.IndexModel);
        context.RegisterSourceOutput(indexModel, static (production, model) =>
            production.AddSource(DatasetIndexEmitter.HintName, DatasetIndexEmitter.Emit(model)));
    }

    private static void Report(SourceProductionContext production, EquatableArray<DiagnosticInfo> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            production.ReportDiagnostic(diagnostic.ToDiagnostic());
        }
    }
}
