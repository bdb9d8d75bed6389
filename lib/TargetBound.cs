// The authoring core compiles this file too (the generator's model types kinds and bounds with this very enum),
// in the namespace the #if below chooses, so that its copy never meets this package's public type.
#if REPORTDATA_AUTHORING
namespace ReportData.Authoring.Model;
#else
namespace ReportData;
#endif

/// <summary>How a target's wording qualifies its number.</summary>
public enum TargetBound
{
    /// <summary>Not a target, or a target with no qualifying word.</summary>
    None = 0,

    /// <summary>左右: about the value.</summary>
    About = 1,

    /// <summary>以上, 不低于: at least the value.</summary>
    AtLeast = 2,

    /// <summary>超过, 突破: more than the value.</summary>
    Exceeds = 3,

    /// <summary>以内, 控制在…以内, 不超过: at most the value.</summary>
    AtMost = 4,

    /// <summary>低于: less than the value.</summary>
    Below = 5,

    /// <summary>达到, 新增 with no qualifier: the value itself is the goal.</summary>
    Reach = 6,
}
