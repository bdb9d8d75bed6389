// The authoring core compiles this file too (the generator's model types kinds and bounds with this very enum),
// in the namespace the #if below chooses, so that its copy never meets this package's public type.
#if REPORTDATA_AUTHORING
namespace ReportData.Authoring.Model;
#else
namespace ReportData;
#endif

/// <summary>Whether a figure reports what happened or what a report set out to achieve.</summary>
public enum FigureKind
{
    /// <summary>A statistic of the year under review (what happened).</summary>
    Actual = 0,

    /// <summary>A target or goal the report set (主要预期目标, work plan, five-year goals).</summary>
    Target = 1,
}
