using System.Collections.Generic;
using System.Linq;
using ReportData.Authoring.Model;
using ReportData.Generator.CompilationFacts;

namespace ReportData.Generator.Emitting;

/// <summary>
/// Writes the constants' units as metadata, for the unit analyzer and reflection (which read them there, never from a
/// member's name), in the cheapest form the compilation allows (<see cref="UnitMarking"/>).
/// <para>
/// Per class rather than per constant: one <c>[FigureUnit]</c> a constant cost the compiler about 6 KB a figure (it binds,
/// keeps and emits each attribute, and the SDK's analyzers visit it): at a million figures several GB. One
/// <c>[FiguresInUnit(unit, "NameA NameB ...")]</c> a unit a class is one enum argument and one string token for all
/// the class's constants of that unit. The names are spelt out rather than the unit read back from each name's suffix,
/// so that no naming rule (which a key's own wording could defeat: a key ending in "Percent" whose figure is in
/// points) has to hold; a test checks that every constant is listed exactly once, under its figure's unit.
/// </para>
/// </summary>
internal static class UnitMarkingEmitter
{
    /// <summary>Before a class's declaration: its constants' units, one attribute a unit, in the order the units first occur.</summary>
    public static void WriteClassMarks(SourceWriter writer, IEnumerable<FigureSpec> figures, UnitMarking marking)
    {
        if (marking != UnitMarking.PerClass)
        {
            return;
        }

        foreach (var unit in figures.GroupBy(figure => figure.Unit))
        {
            var line = writer.StartLine().Append("[global::ReportData.FiguresInUnitAttribute(global::ReportData.FigureUnit.").Append(unit.Key.ToString()).Append(", \"");
            var first = true;
            foreach (var figure in unit)
            {
                foreach (var suffix in ConstantSuffixes(figure))
                {
                    if (!first)
                    {
                        line.Append(' ');
                    }

                    first = false;
                    line.Append(figure.MemberName).Append(suffix);
                }
            }

            line.Append("\")]");
            writer.EndLine();
        }
    }

    /// <summary>Before one constant's declaration, for a package that has only the per-constant attribute.</summary>
    public static void WriteConstantMark(SourceWriter writer, FigureSpec figure, UnitMarking marking)
    {
        if (marking == UnitMarking.PerConstant)
        {
            writer.StartLine().Append("[global::ReportData.FigureUnitAttribute(global::ReportData.FigureUnit.").Append(figure.Unit.ToString()).Append(")]");
            writer.EndLine();
        }
    }

    /// <summary>What follows the member name in the figure's constants: nothing, or Low and High for a printed range.</summary>
    public static IReadOnlyList<string> ConstantSuffixes(FigureSpec figure) => figure.ValueHigh is null ? Single : Range;

    private static readonly string[] Single = { string.Empty };

    private static readonly string[] Range = { LowSuffix, HighSuffix };

    public const string LowSuffix = "Low";

    public const string HighSuffix = "High";
}
