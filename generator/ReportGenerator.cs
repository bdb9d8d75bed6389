using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using ReportData.Authoring.Diagnostics;
using ReportData.Authoring.Model;
using ReportData.Authoring.Planning;
using ReportData.Authoring.Shared;
using ReportData.Authoring.Validation;
using ReportData.Generator.CompilationFacts;
using ReportData.Generator.Emitting;
using ReportData.Generator.Planning;

namespace ReportData.Generator;

/// <summary>
/// Turns <c>*.report.yaml</c> AdditionalFiles into typed constants and <c>Figure</c> records.
/// This file only wires the pipeline: parsing, checking, planning and emitting live in their own files.
/// Source and diagnostics go to separate outputs, so a diagnostic that moves does not regenerate code.
/// <para>
/// Reading, the model, units, provenance, planning and validation are the authoring core's
/// (<c>ReportData.Authoring</c>, whose folders are stages too). This project's folders are the stages above it,
/// each using only those before it: <c>CompilationFacts/</c> (options, UTF-8 and runtime support read off the
/// compilation), <c>Planning/</c> (what the runtime in reach supports), <c>Emitting/</c> (emit models and
/// emitters), <c>Analyzers/</c>. The parse and check steps the pipeline calls are the core's
/// <see cref="ReportValidator"/>. tests/Architecture/StageOrderTests.cs keeps the order true.
/// </para>
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class ReportGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var utf8Data = context.CompilationProvider
            .Select(static (compilation, _) => Utf8DataSupport.IsAvailable(compilation))
            .WithTrackingName(TrackingNames.Utf8Data);
        // Only flags leave the compilation, so edits to C# code leave every model below equal and cached.
        var runtime = context.CompilationProvider
            .Select(static (compilation, _) => RuntimeSupportReader.Read(compilation))
            .WithTrackingName(TrackingNames.RuntimeSupport);
        var options = context.AnalyzerConfigOptionsProvider
            .Select(static (provider, _) => EmitOptionsReader.Read(provider))
            .Combine(utf8Data.Combine(runtime))
            .Select(static (pair, _) => pair.Left with { Utf8Data = pair.Right.Left, UnitMarking = pair.Right.Right.UnitMarking })
            .WithTrackingName(TrackingNames.Options);

        var texts = context.AdditionalTextsProvider
            .Where(static file => ReportValidator.IsReportText(file.Path))
            .Select(static (file, cancellationToken) => ReportValidator.ReadText(file, cancellationToken))
            .WithTrackingName(TrackingNames.ReadTexts)
            .Collect();

        var reportFiles = context.AdditionalTextsProvider
            .Where(static file => ReportValidator.IsReportFile(file.Path));
        // Every file parsed and checked side by side first, into the validator's cache; the per-file steps below then
        // find each file's results, and stay the unit of caching. The count only orders the steps: it changes when a
        // file is added or removed, which re-runs the per-file steps as cache hits.
        var validatedInParallel = reportFiles.Collect().Combine(texts)
            .Select(static (pair, cancellationToken) => ReportValidator.ValidateInParallel(pair.Left, pair.Right, cancellationToken))
            .WithTrackingName(TrackingNames.ValidateInParallel);
        var reports = reportFiles
            .Combine(validatedInParallel)
            .Select(static (pair, cancellationToken) => ReportValidator.Parse(pair.Left, cancellationToken))
            .WithTrackingName(TrackingNames.Parse)
            .Combine(texts)
            .Select(static (pair, _) => ReportValidator.Check(pair.Left, pair.Right))
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

        // Emitted per report (and cached per report), but added in hint-name order: the compilation's
        // tree order, and so the built assembly, must not depend on the order of AdditionalFiles.
        var reportSources = reportModels
            .Select(static (model, _) => (model.Assignment.HintName, Text: EmittedSources.For(model.Assignment.HintName, model, ReportEmitter.Emit)))
            .Collect();
        context.RegisterSourceOutput(reportSources, static (production, sources) =>
        {
            // A file given twice in AdditionalFiles has one assignment, so one hint name: add it once.
            foreach (var source in sources.GroupBy(static source => source.HintName, StringComparer.Ordinal).OrderBy(static group => group.Key, StringComparer.Ordinal))
            {
                production.AddSource(source.Key, source.First().Text);
            }
        });

        context.RegisterSourceOutput(
            options.Combine(planOnly).Select(static (pair, _) => ConstantDocsOption.Check(pair.Left, pair.Right)).WithTrackingName(TrackingNames.OptionDiagnostics),
            static (production, diagnostics) => Report(production, diagnostics));
        context.RegisterSourceOutput(
            runtime.Combine(planOnly).Select(static (pair, _) => RuntimeCompatibility.Check(pair.Left, pair.Right)).WithTrackingName(TrackingNames.RuntimeDiagnostics),
            static (production, diagnostics) => Report(production, diagnostics));
        context.RegisterSourceOutput(runtime, static (production, support) =>
        {
            foreach (var (hintName, source) in RuntimeTypesEmitter.Emit(support))
            {
                production.AddSource(hintName, source);
            }
        });

        var indexModel = planOnly.Combine(options).Combine(runtime)
            .Select(static (pair, _) => new IndexEmitModel(pair.Left.Left, pair.Left.Right, pair.Right))
            .WithTrackingName(TrackingNames.IndexModel);
        context.RegisterSourceOutput(indexModel, static (production, model) =>
            production.AddSource(DatasetIndexEmitter.HintName, EmittedSources.For(DatasetIndexEmitter.HintName, model, DatasetIndexEmitter.Emit)));
    }

    private static void Report(SourceProductionContext production, EquatableArray<DiagnosticInfo> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            production.ReportDiagnostic(diagnostic.ToDiagnostic());
        }
    }
}
