using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Diagnostics.CodeAnalysis;

namespace ReportData;

/// <summary>
/// Figures indexed for statistics code: by id, by any combination of place, level, year, key and kind, as a
/// time series (one indicator across years) and across places (the nation, provinces, cities, ...); with the places
/// by level, years, keys and reports they cover, and targets paired with their actuals.
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
/// Results are ordered by level (national first, see <see cref="PlaceLevel"/>), place, then year (figures with no year,
/// multi-year goals, last), kind, key and id, ordinal: a <see cref="Series(string, string, FigureKind)"/> comes in year order
/// and <see cref="AcrossPlaces(int, string, PlaceLevel?, FigureKind)"/> from the nation down, places of one level in name order.
/// Names compare ordinally (case-sensitive), as in member names: <c>"Quzhou"</c>, <c>"GdpGrowth"</c>.
/// A key means one indicator at every level: <c>China</c>'s <c>GdpGrowth</c> and <c>Quzhou</c>'s are one series across places.
/// An index is immutable and safe to use from several threads.
/// </para>
/// <para>
/// <b>Units never mix silently.</b> A query for one indicator (<see cref="Series(string, string, FigureKind)"/>,
/// <see cref="AcrossPlaces(int, string, PlaceLevel?, FigureKind)"/>, <see cref="Query(string, int?, string, FigureKind?, PlaceLevel?)"/> with a key)
/// returns figures of one unit, or throws <see cref="MixedUnitsException"/> listing the units it found. The overloads
/// that take a <see cref="FigureUnit"/> return every figure in that unit, converted exactly where it was printed in another
/// unit of the same dimension (亿元 and 万元), and throw <see cref="UnitConversionException"/> for a figure of another
/// dimension. A key means one dimension in every report of a compilation (the generator's RD1014).
/// </para>
/// </remarks>
public sealed partial class FigureIndex
{
    private static readonly Lazy<FigureIndex> DatasetIndex = new(() => new FigureIndex(ReportDataset.Figures));

    private static readonly IReadOnlyList<Figure> None = new ReadOnlyCollection<Figure>(Array.Empty<Figure>());

    private readonly Figure[] _figures;
    private readonly Dictionary<string, Figure> _byId;
    private readonly Lazy<Dictionary<FilterKey, IReadOnlyList<Figure>>>[] _byFilter;
    private readonly Lazy<Dictionary<FilterKey, IReadOnlyList<Figure>>> _series;
    private readonly Dictionary<PlaceLevel, IReadOnlyList<string>> _placesAt;

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
        Places = DistinctPlaces(_figures, null);
        _placesAt = new Dictionary<PlaceLevel, IReadOnlyList<string>>();
        foreach (var level in new[] { PlaceLevel.National, PlaceLevel.Province, PlaceLevel.City, PlaceLevel.District, PlaceLevel.County })
        {
            _placesAt.Add(level, DistinctPlaces(_figures, level));
        }

        Cities = _placesAt[PlaceLevel.City];
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
            static figure => FilterKey.Of(figure, FilterKey.PlaceBit | FilterKey.KeyBit | FilterKey.KindBit)));
    }

    /// <summary>The index of the dataset this library ships (<see cref="ReportDataset.Figures"/>), built on first use.</summary>
    public static FigureIndex Dataset => DatasetIndex.Value;

    /// <summary>All figures, in result order (level, place, year, kind, key, id).</summary>
    public IReadOnlyList<Figure> Figures { get; }

    /// <summary>The places at every level, from the nation down, each level's in ordinal order: <c>China</c>, <c>Jinhua</c>, <c>Quzhou</c>.</summary>
    public IReadOnlyList<string> Places { get; }

    /// <summary>The places at the city level (<see cref="PlacesAt"/> of <see cref="PlaceLevel.City"/>), ordinal order: <c>Jinhua</c>, <c>Quzhou</c>.</summary>
    public IReadOnlyList<string> Cities { get; }

    /// <summary>The years figures are about (not the years reports were delivered), ascending.</summary>
    public IReadOnlyList<int> Years { get; }

    /// <summary>The indicator keys, ordinal order.</summary>
    public IReadOnlyList<string> Keys { get; }

    /// <summary>The reports the figures come from, by level, place and then year of delivery.</summary>
    public IReadOnlyList<ReportSource> Reports { get; }

    /// <summary>The places at <paramref name="level"/>, ordinal order: <c>PlacesAt(PlaceLevel.National)</c> is <c>China</c> where the index has national figures.</summary>
    public IReadOnlyList<string> PlacesAt(PlaceLevel level) => _placesAt.TryGetValue(level, out var places) ? places : Array.Empty<string>();

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
    /// The figures that match every filter given; a null filter matches anything. <c>Query(place: "Quzhou", year: 2023)</c>
    /// is everything about Quzhou in 2023, actuals and targets; <c>Query(level: PlaceLevel.National)</c> everything national. Multi-year goals have no year; find them with
    /// <paramref name="year"/> left null and <see cref="Figure.Horizon"/>. An unknown name gives an empty list.
    /// Without a key the figures are of many indicators, each in its own unit; with a key they share one unit.
    /// </summary>
    /// <exception cref="MixedUnitsException"><paramref name="key"/> is given and its figures are in more than one unit: pass a unit.</exception>
    public IReadOnlyList<Figure> Query(string? place = null, int? year = null, string? key = null, FigureKind? kind = null, PlaceLevel? level = null)
    {
        var figures = Lookup(place, year, key, kind, level);
        return key is null ? figures : UnitSafety.OneUnit(figures, "Query(key: \"" + key + "\")");
    }

    /// <summary>
    /// <see cref="Query(string, int?, string, FigureKind?, PlaceLevel?)"/> with every figure in <paramref name="unit"/>: values printed in another
    /// unit of the same dimension are converted exactly (<see cref="Figure.ValueIn"/>) into copies of their figures.
    /// </summary>
    /// <exception cref="UnitConversionException">A figure found measures another dimension than <paramref name="unit"/>.</exception>
    public IReadOnlyList<Figure> Query(FigureUnit unit, string? place = null, int? year = null, string? key = null, FigureKind? kind = null, PlaceLevel? level = null) =>
        UnitSafety.In(Lookup(place, year, key, kind, level), unit);

    /// <summary>
    /// One indicator of one place across the years, in year order: <c>Series("Quzhou", "GdpGrowth")</c> gives
    /// the actual GDP growth of every year the reports give it, <c>Series("China", "GdpGrowth", FigureKind.Target)</c> the national
    /// targets. Figures with no year (multi-year goals) are left out.
    /// </summary>
    /// <exception cref="MixedUnitsException">The figures are in more than one unit: use the overload that takes a unit.</exception>
    public IReadOnlyList<Figure> Series(string place, string key, FigureKind kind = FigureKind.Actual) =>
        UnitSafety.OneUnit(SeriesLookup(place, key, kind), "Series(\"" + place + "\", \"" + key + "\")");

    /// <summary>
    /// <see cref="Series(string, string, FigureKind)"/> with every value in <paramref name="unit"/>, converted exactly where a
    /// report printed another unit of the same dimension: <c>Series("Quzhou", "Gdp", FigureUnit.Yuan)</c>.
    /// </summary>
    /// <exception cref="UnitConversionException">A figure of the series measures another dimension than <paramref name="unit"/>.</exception>
    public IReadOnlyList<Figure> Series(string place, string key, FigureUnit unit, FigureKind kind = FigureKind.Actual) =>
        UnitSafety.In(SeriesLookup(place, key, kind), unit);

    /// <summary>
    /// One indicator of one year across places, from the nation down: <c>AcrossPlaces(2018, "GdpGrowth", kind: FigureKind.Target)</c>
    /// gives the national 6.5 %左右 beside Jinhua's and Quzhou's 7 %. <paramref name="level"/> keeps one level
    /// (<c>AcrossPlaces(2017, "GdpGrowth", PlaceLevel.City)</c>); null compares every level, each figure with its
    /// <see cref="Figure.Level"/>. Units stay unmixed across levels as across years.
    /// </summary>
    /// <exception cref="MixedUnitsException">The figures are in more than one unit: use the overload that takes a unit.</exception>
    public IReadOnlyList<Figure> AcrossPlaces(int year, string key, PlaceLevel? level = null, FigureKind kind = FigureKind.Actual) =>
        Query(null, year, key ?? throw new ArgumentNullException(nameof(key)), kind, level);

    /// <summary><see cref="AcrossPlaces(int, string, PlaceLevel?, FigureKind)"/> with every value in <paramref name="unit"/>, converted exactly where needed.</summary>
    /// <exception cref="UnitConversionException">A figure measures another dimension than <paramref name="unit"/>.</exception>
    public IReadOnlyList<Figure> AcrossPlaces(int year, string key, FigureUnit unit, PlaceLevel? level = null, FigureKind kind = FigureKind.Actual) =>
        Query(unit, null, year, key ?? throw new ArgumentNullException(nameof(key)), kind, level);

    /// <summary>One indicator of one year across the cities (the city level), in city order: <c>AcrossCities(2017, "GdpGrowth")</c>.</summary>
    /// <exception cref="MixedUnitsException">The figures are in more than one unit: use the overload that takes a unit.</exception>
    public IReadOnlyList<Figure> AcrossCities(int year, string key, FigureKind kind = FigureKind.Actual) =>
        AcrossPlaces(year, key, PlaceLevel.City, kind);

    /// <summary><see cref="AcrossCities(int, string, FigureKind)"/> with every value in <paramref name="unit"/>, converted exactly where needed.</summary>
    /// <exception cref="UnitConversionException">A figure measures another dimension than <paramref name="unit"/>.</exception>
    public IReadOnlyList<Figure> AcrossCities(int year, string key, FigureUnit unit, FigureKind kind = FigureKind.Actual) =>
        AcrossPlaces(year, key, unit, PlaceLevel.City, kind);

    private IReadOnlyList<Figure> Lookup(string? place, int? year, string? key, FigureKind? kind, PlaceLevel? level)
    {
        var filter = FilterKey.Create(place, year, key, kind, level);
        return _byFilter[filter.Mask].Value.TryGetValue(filter, out var figures) ? figures : None;
    }

    private IReadOnlyList<Figure> SeriesLookup(string place, string key, FigureKind kind)
    {
        var filter = FilterKey.Create(place ?? throw new ArgumentNullException(nameof(place)), null, key ?? throw new ArgumentNullException(nameof(key)), kind, null);
        return _series.Value.TryGetValue(filter, out var figures) ? figures : None;
    }

    private static int CompareForResults(Figure left, Figure right)
    {
        var order = left.Level.CompareTo(right.Level);
        order = order != 0 ? order : string.CompareOrdinal(left.Place, right.Place);
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

    /// <summary>The places of the figures (sorted by level, then place) at <paramref name="level"/>, or at every level for null.</summary>
    private static IReadOnlyList<string> DistinctPlaces(Figure[] sortedFigures, PlaceLevel? level)
    {
        var places = new List<string>();
        foreach (var figure in sortedFigures)
        {
            if ((level is null || figure.Level == level) && (places.Count == 0 || places[places.Count - 1] != figure.Place))
            {
                places.Add(figure.Place);
            }
        }

        return places.AsReadOnly();
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
            var order = left.Level.CompareTo(right.Level);
            order = order != 0 ? order : string.CompareOrdinal(left.Place, right.Place);
            order = order != 0 ? order : left.Year.CompareTo(right.Year);
            return order != 0 ? order : string.CompareOrdinal(left.YamlFile, right.YamlFile);
        });
        return reports.AsReadOnly();
    }

    /// <summary>
    /// A combination of filters: which of place, year, key, kind and level are given (<see cref="Mask"/>) and their values.
    /// Figures are grouped once per mask, so a query is one lookup in the dictionary of its mask.
    /// </summary>
    /// <remarks>A record struct: its equality and hash are over the mask and the five values (strings compared ordinally).</remarks>
    private readonly record struct FilterKey(int Mask, string? Place, int? Year, string? Key, FigureKind Kind, PlaceLevel Level)
    {
        public const int PlaceBit = 1, YearBit = 2, KeyBit = 4, KindBit = 8, LevelBit = 16, MaskCount = 32;

        public static FilterKey Create(string? place, int? year, string? key, FigureKind? kind, PlaceLevel? level) => new(
            (place is null ? 0 : PlaceBit) | (year is null ? 0 : YearBit) | (key is null ? 0 : KeyBit) | (kind is null ? 0 : KindBit) | (level is null ? 0 : LevelBit),
            place,
            year,
            key,
            kind ?? default,
            level ?? default);

        /// <summary>The key under which <paramref name="figure"/> is found when the filters in <paramref name="mask"/> are given.</summary>
        public static FilterKey Of(Figure figure, int mask) => new(
            mask,
            (mask & PlaceBit) != 0 ? figure.Place : null,
            (mask & YearBit) != 0 ? figure.Year : null,
            (mask & KeyBit) != 0 ? figure.Key : null,
            (mask & KindBit) != 0 ? figure.Kind : default,
            (mask & LevelBit) != 0 ? figure.Level : default);
    }
}
