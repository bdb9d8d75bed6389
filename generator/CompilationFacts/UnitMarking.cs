namespace ReportData.Generator.CompilationFacts;

/// <summary>How generated constants carry their unit for the unit analyzer and reflection, by what the compilation has.</summary>
internal enum UnitMarking
{
    /// <summary>Not at all: a ReportData package from before the units work has neither attribute.</summary>
    None,

    /// <summary>
    /// <c>[FigureUnit(FigureUnit.X)]</c> on every constant: a ReportData package that has <c>FigureUnitAttribute</c> but not
    /// <c>FiguresInUnitAttribute</c> (its analyzer reads only the former).
    /// </summary>
    PerConstant,

    /// <summary>
    /// <c>[FiguresInUnit(FigureUnit.X, "NameA NameB")]</c> on each class of constants, one a unit it uses: a few attributes a
    /// class instead of one a figure, which the compiler binds and keeps (about 6 KB a figure, docs/benchmarks.md, "The compiler's memory in a documented build").
    /// </summary>
    PerClass,
}
