namespace ReportData.Authoring.Model;

/// <summary>How report files are named: the generator, the tools and the validator pick them out by these suffixes.</summary>
public static class ReportFileNames
{
    /// <summary>An annotated report: its figures, quotes and skipped passages.</summary>
    public const string ReportFileSuffix = ".report.yaml";

    /// <summary>A report's text, one paragraph per line, that every quote is checked against.</summary>
    public const string ReportTextSuffix = ".txt";
}
