namespace ReportData.Generator;

/// <summary>Names of the pipeline steps, for caching tests (step tracking) and for reading a trace.</summary>
public static class TrackingNames
{
    public const string Options = nameof(Options);
    public const string OptionDiagnostics = nameof(OptionDiagnostics);
    public const string Utf8Data = nameof(Utf8Data);
    public const string ReadTexts = nameof(ReadTexts);
    public const string ValidateInParallel = nameof(ValidateInParallel);
    public const string Parse = nameof(Parse);
    public const string CheckProvenance = nameof(CheckProvenance);
    public const string Plan = nameof(Plan);
    public const string PlanOnly = nameof(PlanOnly);
    public const string FileDiagnostics = nameof(FileDiagnostics);
    public const string DatasetDiagnostics = nameof(DatasetDiagnostics);
    public const string ReportModel = nameof(ReportModel);
    public const string IndexModel = nameof(IndexModel);
    public const string RuntimeSupport = nameof(RuntimeSupport);
    public const string RuntimeDiagnostics = nameof(RuntimeDiagnostics);
}
