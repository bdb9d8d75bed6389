// The authoring core compiles this file too (the generator's model and the report table it writes use this very enum),
// in the namespace the #if below chooses, so that its copy never meets this package's public type.
#if REPORTDATA_AUTHORING
namespace ReportData.Authoring.Model;
#else
namespace ReportData;
#endif

/// <summary>
/// The level of government a report is of: the State Council's report is <see cref="National"/>, a province's
/// <see cref="Province"/>, and so on down. The numbers grow as places get smaller, so levels compare by size.
/// </summary>
public enum PlaceLevel
{
    /// <summary>The whole country: the State Council's report (国务院政府工作报告), class <c>China</c>.</summary>
    National = 1,

    /// <summary>A province, autonomous region or municipality directly under the central government (省, 自治区, 直辖市).</summary>
    Province = 2,

    /// <summary>A city (市), prefecture-level or sub-provincial: <c>Quzhou</c>, <c>Jinhua</c>.</summary>
    City = 3,

    /// <summary>A district of a city (区).</summary>
    District = 4,

    /// <summary>A county or county-level city (县, 县级市).</summary>
    County = 5,
}
