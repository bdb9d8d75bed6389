using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using ReportData.Authoring.Diagnostics;
using ReportData.Authoring.Model;
using ReportData.Authoring.Validation;

namespace ReportData.Generator.Analyzers;

/// <summary>
/// Reports the generator's diagnostics on the YAML files themselves, so that editors underline the
/// offending node while the file is being typed (generators cannot report into AdditionalFiles' editors).
/// Uses <see cref="ReportValidator"/>, the generator's own validator: the two cannot disagree.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ReportFileAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => DiagnosticDescriptors.All;

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(static start =>
        {
            // The report texts and the cross-file checks need every file: validate the dataset once per
            // compilation, then hand each file its own diagnostics.
            var additionalFiles = start.Options.AdditionalFiles;
            var cancellationToken = start.CancellationToken;
            var dataset = new Lazy<ILookup<string, DiagnosticInfo>>(
                () => ReportValidator.ValidateAll(additionalFiles, cancellationToken),
                LazyThreadSafetyMode.ExecutionAndPublication);
            start.RegisterAdditionalFileAction(fileContext =>
            {
                var path = fileContext.AdditionalFile.Path;
                if (!ReportValidator.IsReportFile(path))
                {
                    return;
                }

                foreach (var diagnostic in dataset.Value[path].Distinct())
                {
                    fileContext.ReportDiagnostic(diagnostic.ToDiagnostic());
                }
            });
        });
    }
}
