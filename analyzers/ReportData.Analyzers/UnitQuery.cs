using System;
using Microsoft.CodeAnalysis;

namespace ReportData.Analyzers;

/// <summary>
/// One question the unit inference answers: the unit of a numeric value (<see cref="ValuePart"/>), of the figure a
/// <c>Figure</c>-valued expression denotes (<see cref="FigurePart"/>), or of element N of a tuple (N ≥ 0), asked of an
/// operation or of a local or field (then: what every write to it puts there).
/// </summary>
internal readonly struct UnitQuery : IEquatable<UnitQuery>
{
    public const int ValuePart = -1;
    public const int FigurePart = -2;

    private UnitQuery(object node, int part)
    {
        Node = node;
        Part = part;
    }

    /// <summary>An <see cref="IOperation"/> or an <see cref="ISymbol"/> (a local or field).</summary>
    public object Node { get; }

    public int Part { get; }

    public static UnitQuery Value(IOperation operation) => new(operation, ValuePart);

    public static UnitQuery Figure(IOperation operation) => new(operation, FigurePart);

    public static UnitQuery Element(IOperation tuple, int index) => new(tuple, index);

    public static UnitQuery Of(ISymbol symbol, int part) => new(symbol, part);

    public static UnitQuery Of(IOperation operation, int part) => new(operation, part);

    public bool Equals(UnitQuery other) =>
        Part == other.Part
        && (Node is ISymbol symbol ? SymbolEqualityComparer.Default.Equals(symbol, other.Node as ISymbol) : ReferenceEquals(Node, other.Node));

    public override bool Equals(object? obj) => obj is UnitQuery other && Equals(other);

    public override int GetHashCode() =>
        (Node is ISymbol symbol ? SymbolEqualityComparer.Default.GetHashCode(symbol) : System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(Node)) * 31 + Part;
}
