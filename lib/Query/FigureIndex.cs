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
/// key and id, ordinal: a <see cref="Series"/> comes in year order and <see cref="AcrossCities"/> in city order.
/// Names compare ordinally (case-sensitive), as in member names: <c>"Quzhou"</c>, <c>"GdpGrowth"</c>.
/// An index is immutable and safe to use from several threads.
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
    /// </summary>
    public IReadOnlyList<Figure> Query(string? city = null, int? year = null, string? key = null, FigureKind? kind = null)
    {
        var filter = FilterKey.Create(city, year, key, kind);
        return _byFilter[filter.Mask].Value.TryGetValue(filter, out var figures) ? figures : None;
    }

    /// <summary>
    /// One indicator of one city across the years, in year order: <c>Series("Quzhou", "GdpGrowth")</c> gives
    /// the actual GDP growth of every year the reports give it. Figures with no year (multi-year goals) are left out.
    /// </summary>
    public IReadOnlyList<Figure> Series(string city, string key, FigureKind kind = FigureKind.Actual)
    {
        var filter = FilterKey.Create(city ?? throw new ArgumentNullException(nameof(city)), null, key ?? throw new ArgumentNullException(nameof(key)), kind);
        return _series.Value.TryGetValue(filter, out var figures) ? figures : None;
    }

    /// <summary>One indicator of one year across cities, in city order: <c>AcrossCities(2017, "GdpGrowth")</c>.</summary>
    public IReadOnlyList<Figure> AcrossCities(int year, string key, FigureKind kind = FigureKind.Actual) =>
        Query(null, year, key ?? throw new ArgumentNullException(nameof(key)), kind);

    /// <summary>
    /// The actual that <paramref name="target"/> is a target for: same city, key, year and unit, kind
    /// <see cref="FigureKind.Actual"/>; a final figure before an estimate. Null when the figures hold none, as
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
        foreach (var actual in Query(target.City, target.Year, target.Key, FigureKind.Actual))
        {
            // At most a handful share city, year and key (one per unit); this is not a scan of the index.
            if (actual.Unit == target.Unit && (found is null || (found.IsEstimate && !actual.IsEstimate)))
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
        foreach (var target in Query(kind: FigureKind.Target))
        {
            if (FindActualFor(target) is { } actual)
            {
                comparisons.Add(TargetCheck.Compare(target, actual, aboutTolerance));
            }
        }

        return comparisons.AsReadOnly();
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
    private readonly struct FilterKey : IEquatable<FilterKey>
    {
        public const int CityBit = 1, YearBit = 2, KeyBit = 4, KindBit = 8, MaskCount = 16;

        private readonly string? _city;
        private readonly int? _year;
        private readonly string? _key;
        private readonly FigureKind _kind;

        private FilterKey(int mask, string? city, int? year, string? key, FigureKind kind)
        {
            Mask = mask;
            _city = city;
            _year = year;
            _key = key;
            _kind = kind;
        }

        public int Mask { get; }

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

        public bool Equals(FilterKey other) =>
            Mask == other.Mask && string.Equals(_city, other._city, StringComparison.Ordinal) && _year == other._year
            && string.Equals(_key, other._key, StringComparison.Ordinal) && _kind == other._kind;

        public override bool Equals(object? obj) => obj is FilterKey other && Equals(other);

        public override int GetHashCode()
        {
            unchecked
            {
                var hash = Mask;
                hash = (hash * 397) ^ (_city is null ? 0 : StringComparer.Ordinal.GetHashCode(_city));
                hash = (hash * 397) ^ (_year ?? 0);
                hash = (hash * 397) ^ (_key is null ? 0 : StringComparer.Ordinal.GetHashCode(_key));
                return (hash * 397) ^ (int)_kind;
            }
        }
    }
}
