using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.IO;
using System.Text;

namespace ReportData;

/// <summary>
/// The direction each headline indicator is good in, with the reason, read from the data file <c>key-directions.tsv</c>
/// shipped inside this library (lib/Targets/ in the sources). <see cref="TargetCheck"/> uses it to read a target worded 左右
/// as the reports do: a growth target of 6.5%左右 is met by 6.9%, a CPI target of 3%左右 by 1.6%, an unemployment target of
/// 5.5%左右 by 5.2%. A key that is not listed has <see cref="KeyDirection.None"/>: its 左右 band is read on both sides.
/// </summary>
public static class KeyDirections
{
    private const string ResourceName = "ReportData.Targets.key-directions.tsv";

    private static readonly Lazy<(IReadOnlyDictionary<string, KeyDirection> Directions, IReadOnlyDictionary<string, string> Reasons)> Table = new(Read);

    /// <summary>Every listed key and its direction (keys as in the YAML, without unit suffix: <c>GdpGrowth</c>).</summary>
    public static IReadOnlyDictionary<string, KeyDirection> All => Table.Value.Directions;

    /// <summary>The direction <paramref name="key"/> is good in; <see cref="KeyDirection.None"/> when it is not listed.</summary>
    public static KeyDirection Of(string key) =>
        All.TryGetValue(key ?? throw new ArgumentNullException(nameof(key)), out var direction) ? direction : KeyDirection.None;

    /// <summary>Why <paramref name="key"/> has its direction, as the data file says; null when it is not listed.</summary>
    public static string? ReasonFor(string key) =>
        Table.Value.Reasons.TryGetValue(key ?? throw new ArgumentNullException(nameof(key)), out var reason) ? reason : null;

    private static (IReadOnlyDictionary<string, KeyDirection>, IReadOnlyDictionary<string, string>) Read()
    {
        using var stream = typeof(KeyDirections).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException("The resource " + ResourceName + " is missing from " + typeof(KeyDirections).Assembly.FullName + ".");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return Parse(reader);
    }

    /// <summary>Reads the table: comment lines start with '#', then a header row, then key, direction (higher, lower, none) and reason.</summary>
    /// <exception cref="FormatException">A row has not three fields, an unknown direction, or a key given twice.</exception>
    internal static (IReadOnlyDictionary<string, KeyDirection>, IReadOnlyDictionary<string, string>) Parse(TextReader reader)
    {
        var directions = new Dictionary<string, KeyDirection>(StringComparer.Ordinal);
        var reasons = new Dictionary<string, string>(StringComparer.Ordinal);
        var header = true;
        var number = 0;
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            number++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            if (header)
            {
                header = false;
                continue;
            }

            var fields = line.Split('\t');
            if (fields.Length != 3 || fields[0].Length == 0 || fields[2].Trim().Length == 0)
            {
                throw new FormatException("key-directions.tsv line " + number + ": expected key, direction and reason, separated by tabs.");
            }

            var direction = fields[1] switch
            {
                "higher" => KeyDirection.HigherIsBetter,
                "lower" => KeyDirection.LowerIsBetter,
                "none" => KeyDirection.None,
                _ => throw new FormatException("key-directions.tsv line " + number + ": direction '" + fields[1] + "' is none of higher, lower, none."),
            };

            if (directions.ContainsKey(fields[0]))
            {
                throw new FormatException("key-directions.tsv line " + number + ": key '" + fields[0] + "' is listed twice.");
            }

            directions.Add(fields[0], direction);
            reasons.Add(fields[0], fields[2]);
        }

        return (new ReadOnlyDictionary<string, KeyDirection>(directions), new ReadOnlyDictionary<string, string>(reasons));
    }
}
