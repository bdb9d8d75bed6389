using System;
using System.Reflection;

namespace ReportData;

/// <summary>
/// The unit of some of a class's constants, named in one string:
/// <c>[FiguresInUnit(FigureUnit.BillionYuan, "GdpBillion FiscalRevenueBillion")]</c> on the class that declares them.
/// The generator marks its constants this way, one attribute for each unit a class uses, rather than one
/// <see cref="FigureUnitAttribute"/> a constant: the compiler binds and keeps a few attributes a class instead of one a
/// figure (about 6 KB of its memory a figure at 100,000 figures, docs/benchmarks.md, "The compiler's memory in a documented build"). The unit analyzer (RD3001,
/// RD3002) and <see cref="UnitOf"/> read the unit from here, never from a member's name.
/// </summary>
/// <remarks>
/// A member's own <see cref="FigureUnitAttribute"/> wins over its class's list. A name listed under two different units
/// of one class has no unit (neither reader guesses), so a class marked twice by mistake is never read wrongly.
/// </remarks>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = true, Inherited = false)]
public sealed class FiguresInUnitAttribute : Attribute
{
    /// <summary>Marks the members named in <paramref name="memberNames"/> (separated by spaces) as values in <paramref name="unit"/>.</summary>
    public FiguresInUnitAttribute(FigureUnit unit, string memberNames)
    {
        Unit = unit;
        MemberNames = memberNames;
    }

    /// <summary>The unit of the members' values.</summary>
    public FigureUnit Unit { get; }

    /// <summary>The members' names, separated by spaces (identifiers hold none).</summary>
    public string MemberNames { get; }

    /// <summary>Whether <paramref name="memberName"/> is one of <see cref="MemberNames"/>.</summary>
    public bool Names(string memberName)
    {
        for (var start = MemberNames.IndexOf(memberName, StringComparison.Ordinal); start >= 0; start = MemberNames.IndexOf(memberName, start + 1, StringComparison.Ordinal))
        {
            var end = start + memberName.Length;
            if ((start == 0 || MemberNames[start - 1] == ' ') && (end == MemberNames.Length || MemberNames[end] == ' '))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The unit of a field or property, by reflection: its own <see cref="FigureUnitAttribute"/>, else the one unit its
    /// declaring type's <see cref="FiguresInUnitAttribute"/>s give its name; null when neither says, or they disagree.
    /// </summary>
    public static FigureUnit? UnitOf(MemberInfo member)
    {
        if (member is null)
        {
            throw new ArgumentNullException(nameof(member));
        }

        if (Attribute.GetCustomAttribute(member, typeof(FigureUnitAttribute), inherit: false) is FigureUnitAttribute own)
        {
            return own.Unit;
        }

        FigureUnit? found = null;
        foreach (FiguresInUnitAttribute table in member.DeclaringType?.GetCustomAttributes(typeof(FiguresInUnitAttribute), inherit: false) ?? Array.Empty<object>())
        {
            if (table.Names(member.Name))
            {
                if (found is { } other && other != table.Unit)
                {
                    return null;
                }

                found = table.Unit;
            }
        }

        return found;
    }
}
