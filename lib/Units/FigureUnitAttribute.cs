using System;

namespace ReportData;

/// <summary>
/// The unit of a generated constant: <c>[FigureUnit(FigureUnit.BillionYuan)] public const double GdpBillion = 212.52;</c>.
/// The unit analyzer (RD3001, RD3002) and reflection read the unit from here, never from the member's name.
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
