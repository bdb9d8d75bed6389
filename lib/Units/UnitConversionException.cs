// Compiled by the authoring core and the unit analyzer too, see lib/FigureUnit.cs.
#if REPORTDATA_SHARED_UNITS
namespace ReportData.Authoring.Units;
#else
namespace ReportData;
#endif

/// <summary>
/// A value was asked for in a unit of another dimension (yuan as percent, US dollars as yuan): there is no
/// exact factor, so there is no answer. The message names both units and their dimensions.
/// </summary>
public sealed class UnitConversionException : System.InvalidOperationException
{
    /// <summary>Creates the exception for a conversion from <paramref name="from"/> to <paramref name="to"/>.</summary>
    public UnitConversionException(FigureUnit from, FigureUnit to)
        : base("Cannot convert " + from + " (" + from.Dimension() + ") to " + to + " (" + to.Dimension() + "): "
            + "units of different dimensions have no exact factor.")
    {
        From = from;
        To = to;
    }

    /// <summary>The unit the value is in.</summary>
    public FigureUnit From { get; }

    /// <summary>The unit it was asked for in.</summary>
    public FigureUnit To { get; }
}
