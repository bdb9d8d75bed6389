// The authoring core compiles this file too (the generator's model types kinds and bounds with this very enum),
// in the namespace the #if below chooses, so that its copy never meets this package's public type.
#if REPORTDATA_AUTHORING
namespace ReportData.Authoring.Model;
#else
namespace ReportData;
#endif

/// <summary>
/// How the wording around a number qualifies it. On a target it says what meets the target (7%左右, 以上); on an actual it
/// says what was printed, so that statistics code can tell 6000 from "over 6000" (超过6000亿元): the value stays the
/// printed number. Actuals take <see cref="Exceeds"/>, <see cref="About"/>, <see cref="Below"/> and <see cref="AtLeast"/>.
/// </summary>
public enum TargetBound
{
    /// <summary>No qualifying word: an actual printed as a plain number, or a target with no qualifier.</summary>
    None = 0,

    /// <summary>左右, 约: about the value.</summary>
    About = 1,

    /// <summary>以上, 不低于: at least the value.</summary>
    AtLeast = 2,

    /// <summary>超过, 突破, 逾, 多, 余: more than the value (4万多亿元, 超过6000亿元).</summary>
    Exceeds = 3,

    /// <summary>以内, 控制在…以内, 不超过: at most the value.</summary>
    AtMost = 4,

    /// <summary>低于; on an actual 近: less than the value, for 近 just under it (近2万人).</summary>
    Below = 5,

    /// <summary>达到, 新增 with no qualifier: the value itself is the goal.</summary>
    Reach = 6,
}
