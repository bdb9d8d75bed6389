using System;

namespace ReportData;

/// <summary>
/// The unit of a member: <c>[FigureUnit(FigureUnit.Yuan)] const double GrantYuan = 5e8;</c>. The unit analyzer (RD3001,
/// RD3002) and reflection (<see cref="FiguresInUnitAttribute.UnitOf"/>) read the unit from here, never from the member's
/// name. Generated constants are listed by their class instead (<see cref="FiguresInUnitAttribute"/>), except with a
/// ReportData package from before that attribute, which gets this one on every constant.
/// </summary>
[AttributeUsage(AttributeTargets.Field | AttributeTargets.Property, AllowMultiple = false, Inherited = false)]
public sealed class FigureUnitAttribute : Attribute
{
    /// <summary>Marks a member as a value in <paramref name="unit"/>.</summary>
    public FigureUnitAttribute(FigureUnit unit) => Unit = unit;

    /// <summary>The unit of the member's value.</summary>
    public FigureUnit Unit { get; }

    /// <summary>What <see cref="Unit"/> measures.</summary>
    public UnitDimension Dimension => Unit.Dimension();
}
