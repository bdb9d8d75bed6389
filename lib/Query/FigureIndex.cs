using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Diagnostics.CodeAnalysis;

namespace ReportData;

/// <summary>
/// Figures indexed for statistics code: by id, by any combination of city, year, key and kind, as a
/// time series (one indicator across years) and across cities; with the cities, years, keys and
/// reports they cover, and targets paired with their actuals.
/// </summary>
/// <remarks>
/// <para>
/// Build one with <see cref="FigureIndex(IEnumerable{Figure})"/> (or <see cref="FigureQueries.ToFigureIndex"/>)
/// from any figures, such as a dataset your own project generated; <see cref="Dataset"/> is the index of
/// the dataset this library ships. Building sorts the figures once; each combination of filters
/// is indexed on its first use, so every lookup after that is a dictionary access that returns a
/// list built in advance: O(1), no scan, no allocation.
/// </para>
/// <para>
/// Results are ordered by city, then year (figures with no year, multi-year goals, last), kind,
/// key and id, ordinal: a <see cref="Series(string, string, FigureKind)"/> comes in year order and <see cref="AcrossCities(int, string, FigureKind)"/> in city order.
/// Names compare ordinally (case-sensitive), as in member names: <c>"Quzhou"</c>, <c>"GdpGrowth"</c>.
/// An index is immutable and safe to use from several threads.
/// </para>
/// <para>
/// <b>Units never mix silently.</b> A query for one indicator (<see cref="Series(string, string, FigureKind)"/>,
/// <see cref="AcrossCities(int, string, FigureKind)"/>, <see cref="Query(string, int?, string, FigureKind?)"/> with a key)
/// returns figures of one unit, or throws <see cref="MixedUnitsException"/> listing the units it found. The overloads
/// that take a <see cref="FigureUnit"/> return every figure in that unit, converted exactly where it was printed in another
/// unit of the same dimension (亿元 and 万元), and throw <see cref="UnitConversionException"/> for a figure of another
/// dimension. A key means one dimension in every report of a compilation (the generator's RD1014).
/// </para>
/// </remarks>
public sealed class FigureIndex
{
    private static readonly Lazy<FigureIndex> DatasetIndex = new(() => new FigureIndex(ReportDataset.Figures));

    private static readonly IReadOnlyList<Figure> None = new ReadOnlyCollection<Figure>(Array.Empty<Figure>());

    private readonly Figure[] _figures;
    private readonly Dictionary<string, Figure> _byId;
    private readonly Lazy<Dictionary<FilterKey, IReadOnlyList<Figure>>>[] _byFilter;
    private readonly Lazy<Dictionary<FilterKey, IReadOnlyList<Figure>>> _series;

    /// <summary>Indexes <paramref name="figures"/>. The sequence is read once.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="figures"/> or one of its items is null.</exception>
    /// <exception cref="ArgumentException">Two figures have the same <see cref="Figure.Id"/>.</exception>
    public FigureIndex(IEnumerable<Figure> figures)
    {
        if (figures is null)
        {
            throw new ArgumentNullException(nameof(figures));
        }

        var list = new List<Figure>(figures);
        _byId = new Dictionary<string, Figure>(list.Count, StringComparer.Ordinal);
        foreach (var figure in list)
        {
            if (figure is null)
            {
                throw new ArgumentNullException(nameof(figures), "The figures contain null.");
            }

            if (_byId.ContainsKey(figure.Id))
            {
                throw new ArgumentException("Two figures have the id '" + figure.Id + "'.", nameof(figures));
            }

            _byId.Add(figure.Id, figure);
        }

        list.Sort(CompareForResults);
        _figures = list.ToArray();
        Figures = new ReadOnlyCollection<Figure>(_figures);
        Cities = Distinct(_figures, static figure => figure.City, StringComparer.Ordinal);
        Keys = Distinct(_figures, static figure => figure.Key, StringComparer.Ordinal);
        Years = DistinctYears(_figures);
        Reports = DistinctReports(_figures);

        _byFilter = new Lazy<Dictionary<FilterKey, IReadOnlyList<Figure>>>[FilterKey.MaskCount];
        for (var mask = 0; mask < _byFilter.Length; mask++)
        {
            var captured = mask;
            _byFilter[mask] = new Lazy<Dictionary<FilterKey, IReadOnlyList<Figure>>>(() => Group(_figures, figure => FilterKey.Of(figure, captured)));
        }

        _series = new Lazy<Dictionary<FilterKey, IReadOnlyList<Figure>>>(() => Group(
            Array.FindAll(_figures, static figure => figure.Year is not null),
            static figure => FilterKey.Of(figure, FilterKey.CityBit | FilterKey.KeyBit | FilterKey.KindBit)));
    }

    /// <summary>The index of the dataset this library ships (<see cref="ReportDataset.Figures"/>), built on first use.</summary>
    public static FigureIndex Dataset => DatasetIndex.Value;

    /// <summary>All figures, in result order (city, year, kind, key, id).</summary>
    public IReadOnlyList<Figure> Figures { get; }

    /// <summary>The cities, ordinal order: <c>Jinhua</c>, <c>Quzhou</c>.</summary>
    public IReadOnlyList<string> Cities { get; }

    /// <summary>The years figures are about (not the years reports were delivered), ascending.</summary>
    public IReadOnlyList<int> Years { get; }

    /// <summary>The indicator keys, ordinal order.</summary>
    public IReadOnlyList<string> Keys { get; }

    /// <summary>The reports the figures come from, by city and then year of delivery.</summary>
    public IReadOnlyList<ReportSource> Reports { get; }

    /// <summary>
    /// Looks up a figure by id. <see cref="Find"/>, <see cref="Get"/> and this keep the contract of the generated
    /// <c>ReportDataset</c>'s members of those names: null, an exception, or false when no figure has the id.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    public bool TryFind(string id, [NotNullWhen(true)] out Figure? figure) =>
        _byId.TryGetValue(id ?? throw new ArgumentNullException(nameof(id)), out figure);

    /// <summary>The figure with this id, or null when there is none (see <see cref="TryFind"/>).</summary>
    public Figure? Find(string id) => TryFind(id, out var figure) ? figure : null;

    /// <summary>The figure with this id; <see cref="KeyNotFoundException"/> when there is none (see <see cref="TryFind"/>).</summary>
    public Figure Get(string id) => Find(id) ?? throw new KeyNotFoundException("No figure has the id '" + id + "'.");

    /// <summary>
    /// The figures that match every filter given; a null filter matches anything. <c>Query(city: "Quzhou", year: 2023)</c>
    /// is everything about Quzhou in 2023, actuals and targets. Multi-year goals have no year; find them with
    /// <paramref name="year"/> left null and <see cref="Figure.Horizon"/>. An unknown name gives an empty list.
    /// Without a key the figures are of many indicators, each in its own unit; with a key they share one unit.
    /// </summary>
    /// <exception cref="MixedUnitsException"><paramref name="key"/> is given and its figures are in more than one unit: pass a unit.</exception>
    public IReadOnlyList<Figure> Query(string? city = null, int? year = null, string? key = null, FigureKind? kind = null)
    {
        var figures = Lookup(city, year, key, kind);
        return key is null ? figures : UnitSafety.OneUnit(figures, "Query(key: \"" + key + "\")");
    }

    /// <summary>
    /// <see cref="Query(string, int?, string, FigureKind?)"/> with every figure in <paramref name="unit"/>: values printed in another
    /// unit of the same dimension are converted exactly (<see cref="Figure.ValueIn"/>) into copies of their figures.
    /// </summary>
    /// <exception cref="UnitConversionException">A figure found measures another dimension than <paramref name="unit"/>.</exception>
    public IReadOnlyList<Figure> Query(FigureUnit unit, string? city = null, int? year = null, string? key = null, FigureKind? kind = null) =>
        UnitSafety.In(Lookup(city, year, key, kind), unit);

    /// <summary>
    /// One indicator of one city across the years, in year order: <c>Series("Quzhou", "GdpGrowth")</c> gives
    /// the actual GDP growth of every year the reports give it. Figures with no year (multi-year goals) are left out.
    /// </summary>
    /// <exception cref="MixedUnitsException">The figures are in more than one unit: use the overload that takes a unit.</exception>
    public IReadOnlyList<Figure> Series(string city, string key, FigureKind kind = FigureKind.Actual) =>
        UnitSafety.OneUnit(SeriesLookup(city, key, kind), "Series(\"" + city + "\", \"" + key + "\")");

    /// <summary>
    /// <see cref="Series(string, string, FigureKind)"/> with every value in <paramref name="unit"/>, converted exactly where a
    /// report printed another unit of the same dimension: <c>Series("Quzhou", "Gdp", FigureUnit.Yuan)</c>.
    /// </summary>
    /// <exception cref="UnitConversionException">A figure of the series measures another dimension than <paramref name="unit"/>.</exception>
    public IReadOnlyList<Figure> Series(string city, string key, FigureUnit unit, FigureKind kind = FigureKind.Actual) =>
        UnitSafety.In(SeriesLookup(city, key, kind), unit);

    /// <summary>One indicator of one year across cities, in city order: <c>AcrossCities(2017, "GdpGrowth")</c>.</summary>
    /// <exception cref="MixedUnitsException">The figures are in more than one unit: use the overload that takes a unit.</exception>
    public IReadOnlyList<Figure> AcrossCities(int year, string key, FigureKind kind = FigureKind.Actual) =>
        Query(null, year, key ?? throw new ArgumentNullException(nameof(key)), kind);

    /// <summary><see cref="AcrossCities(int, string, FigureKind)"/> with every value in <paramref name="unit"/>, converted exactly where needed.</summary>
    /// <exception cref="UnitConversionException">A figure measures another dimension than <paramref name="unit"/>.</exception>
    public IReadOnlyList<Figure> AcrossCities(int year, string key, FigureUnit unit, FigureKind kind = FigureKind.Actual) =>
        Query(unit, null, year, key ?? throw new ArgumentNullException(nameof(key)), kind);

    /// <summary>
    /// The actual that <paramref name="target"/> is a target for: same city, key and year, a unit of the same dimension
    /// (the same unit first), kind <see cref="FigureKind.Actual"/>; a final figure before an estimate. Null when the figures hold none, as
    /// for a multi-year goal or a target whose year no report in the index has reviewed yet.
    /// </summary>
    public Figure? FindActualFor(Figure target)
    {
        if (target is null)
        {
            throw new ArgumentNullException(nameof(target));
        }

        if (target.Kind != FigureKind.Target || target.Year is null)
        {
            return null;
        }

        Figure? found = null;
        foreach (var actual in Lookup(target.City, target.Year, target.Key, FigureKind.Actual))
        {
            // At most a handful share city, year and key (one per unit); this is not a scan of the index.
            if (actual.Dimension == target.Dimension && (found is null || IsBetterActual(actual, found, target)))
            {
                found = actual;
            }
        }

        return found;
    }

    /// <summary>
    /// Every target that has its actual in the index, checked against it (see <see cref="TargetCheck"/>), in result
    /// order. <paramref name="aboutTolerance"/> decides targets worded 左右; null means <see cref="AboutTolerance.Default"/>.
    /// Computed on each call: O(number of targets).
    /// </summary>
    public IReadOnlyList<TargetComparison> CompareTargetsWithActuals(AboutTolerance? aboutTolerance = null)
    {
        var comparisons = new List<TargetComparison>();
        foreach (var target in Lookup(null, null, null, FigureKind.Target))
        {
            if (FindActualFor(target) is { } actual)
            {
                comparisons.Add(TargetCheck.Compare(target, actual, aboutTolerance));
            }
        }

        return comparisons.AsReadOnly();
    }

    /// <summary>A final figure before an estimate; between two equally final ones, the target's own unit.</summary>
    private static bool IsBetterActual(Figure candidate, Figure found, Figure target) =>
        found.IsEstimate != candidate.IsEstimate ? found.IsEstimate : found.Unit != target.Unit && candidate.Unit == target.Unit;

    private IReadOnlyList<Figure> Lookup(string? city, int? year, string? key, FigureKind? kind)
    {
        var filter = FilterKey.Create(city, year, key, kind);
        return _byFilter[filter.Mask].Value.TryGetValue(filter, out var figures) ? figures : None;
    }

    private IReadOnlyList<Figure> SeriesLookup(string city, string key, FigureKind kind)
    {
        var filter = FilterKey.Create(city ?? throw new ArgumentNullException(nameof(city)), null, key ?? throw new ArgumentNullException(nameof(key)), kind);
        return _series.Value.TryGetValue(filter, out var figures) ? figures : None;
    }

    private static int CompareForResults(Figure left, Figure right)
    {
        var order = string.CompareOrdinal(left.City, right.City);
        if (order != 0)
        {
            return order;
        }

        // Figures with a year first, in year order; goals with no year after them.
        order = (left.Year ?? int.MaxValue).CompareTo(right.Year ?? int.MaxValue);
        if (order != 0)
        {
            return order;
        }

        order = left.Kind.CompareTo(right.Kind);
        if (order != 0)
        {
            return order;
        }

        order = string.CompareOrdinal(left.Key, right.Key);
        return order != 0 ? order : string.CompareOrdinal(left.Id, right.Id);
    }

    private static Dictionary<FilterKey, IReadOnlyList<Figure>> Group(Figure[] sortedFigures, Func<Figure, FilterKey> keyOf)
    {
        var groups = new Dictionary<FilterKey, List<Figure>>();
        foreach (var figure in sortedFigures)
        {
            var key = keyOf(figure);
            if (!groups.TryGetValue(key, out var group))
            {
                group = new List<Figure>();
                groups.Add(key, group);
            }

            group.Add(figure);
        }

        var result = new Dictionary<FilterKey, IReadOnlyList<Figure>>(groups.Count);
        foreach (var pair in groups)
        {
            result.Add(pair.Key, pair.Value.AsReadOnly());
        }

        return result;
    }

    private static IReadOnlyList<string> Distinct(Figure[] figures, Func<Figure, string> select, StringComparer comparer)
    {
        var set = new SortedSet<string>(comparer);
        foreach (var figure in figures)
        {
            set.Add(select(figure));
        }

        return new ReadOnlyCollection<string>(new List<string>(set));
    }

    private static IReadOnlyList<int> DistinctYears(Figure[] figures)
    {
        var set = new SortedSet<int>();
        foreach (var figure in figures)
        {
            if (figure.Year is { } year)
            {
                set.Add(year);
            }
        }

        return new ReadOnlyCollection<int>(new List<int>(set));
    }

    private static IReadOnlyList<ReportSource> DistinctReports(Figure[] figures)
    {
        var seen = new HashSet<ReportSource>();
        var reports = new List<ReportSource>();
        foreach (var figure in figures)
        {
            if (seen.Add(figure.Source))
            {
                reports.Add(figure.Source);
            }
        }

        reports.Sort(static (left, right) =>
        {
            var order = string.CompareOrdinal(left.City, right.City);
            order = order != 0 ? order : left.Year.CompareTo(right.Year);
            return order != 0 ? order : string.CompareOrdinal(left.YamlFile, right.YamlFile);
        });
        return reports.AsReadOnly();
    }

    /// <summary>
    /// A combination of filters: which of city, year, key and kind are given (<see cref="Mask"/>) and their values.
    /// Figures are grouped once per mask, so a query is one lookup in the dictionary of its mask.
    /// </summary>
    /// <remarks>A record struct: its equality and hash are over the mask and the four values (strings compared ordinally).</remarks>
    private readonly record struct FilterKey(int Mask, string? City, int? Year, string? Key, FigureKind Kind)
    {
        public const int CityBit = 1, YearBit = 2, KeyBit = 4, KindBit = 8, MaskCount = 16;

        public static FilterKey Create(string? city, int? year, string? key, FigureKind? kind) => new(
            (city is null ? 0 : CityBit) | (year is null ? 0 : YearBit) | (key is null ? 0 : KeyBit) | (kind is null ? 0 : KindBit),
            city,
            year,
            key,
            kind ?? default);

        /// <summary>The key under which <paramref name="figure"/> is found when the filters in <paramref name="mask"/> are given.</summary>
        public static FilterKey Of(Figure figure, int mask) => new(
            mask,
            (mask & CityBit) != 0 ? figure.City : null,
            (mask & YearBit) != 0 ? figure.Year : null,
            (mask & KeyBit) != 0 ? figure.Key : null,
            (mask & KindBit) != 0 ? figure.Kind : default);
    }
}
