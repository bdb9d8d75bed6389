namespace ReportData.Generator.Emitting;

/// <summary>
/// Emits <c>ReportDataset.FigureData</c>, the decoder of the figure lines report holders keep (see
/// <see cref="FigureDataText"/> for the format). One small loop for any dataset size: its cost on first
/// access is a pass over the text, its stack frame constant.
/// </summary>
internal static class FigureDataEmitter
{
    public static void Write(SourceWriter writer, bool utf8Data)
    {
        writer.Summary(
            "Decodes the figure records that report holder classes keep as text: one figure per line, fields in the order of <see cref=\"T:ReportData.Figure\"/>'s parameters (City excepted) separated by '|'.",
            "Kept as data rather than one constructor call per figure so that first access costs a pass over the text, not the JIT of code as large as the dataset, and so that the text stays out of the assembly's user-string heap.");
        writer.Line(GeneratedCode.Attribute);
        writer.Open("internal static class FigureData");
        if (utf8Data)
        {
            foreach (var line in Utf8Read)
            {
                writer.Line(line);
            }

            writer.Line();
        }

        foreach (var line in Decoder)
        {
            writer.Line(line);
        }

        writer.Close();
    }

    private static readonly string[] Utf8Read = Lines("""
        /// <summary>Decodes the UTF-8 figure lines into <paramref name="figures"/> from index <paramref name="next"/>; returns the next free index.</summary>
        internal static int Read(global::System.ReadOnlySpan<byte> utf8, global::ReportData.ReportSource source, global::ReportData.Figure[] figures, int next)
        {
        #if NETCOREAPP
            return Read(global::System.Text.Encoding.UTF8.GetString(utf8), source, figures, next);
        #else
            return Read(global::System.Text.Encoding.UTF8.GetString(utf8.ToArray()), source, figures, next);
        #endif
        }
        """);

    private static readonly string[] Decoder = Lines("""
        /// <summary>
        /// MethodImplOptions.AggressiveOptimization (512: netstandard2.0 does not name it), for code that runs once per
        /// process over every figure: compiled optimized at once rather than run unoptimized by tiered compilation.
        /// </summary>
        internal const global::System.Runtime.CompilerServices.MethodImplOptions RunsOnce = (global::System.Runtime.CompilerServices.MethodImplOptions)512;

        /// <summary>
        /// The figures of one report, decoded the first time they are asked for, once, thread-safely; and the ids
        /// they can have: those that start with one of <see cref="Prefixes"/>, a city class and a year class.
        /// </summary>
        internal sealed class Partition
        {
            private readonly global::System.Func<global::ReportData.Figure[]> _decode;
            private readonly object _gate = new object();
            private volatile Decoded? _decoded;

            /// <summary>A partition whose figures <paramref name="decode"/> returns, with ids under <paramref name="prefixes"/> ("City.Y2023").</summary>
            internal Partition(global::System.Func<global::ReportData.Figure[]> decode, params string[] prefixes)
            {
                _decode = decode;
                Prefixes = prefixes;
            }

            /// <summary>The city and year classes ("City.Y2023") the ids of these figures start with.</summary>
            internal string[] Prefixes { get; }

            /// <summary>The figures, in file order; decoded on first use.</summary>
            internal global::ReportData.Figure[] Figures => (_decoded ?? Decode()).Figures;

            /// <summary>Looks up a figure of this partition by id; decodes the partition on first use.</summary>
            internal bool TryFind(string id, [global::System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out global::ReportData.Figure? figure) =>
                (_decoded ?? Decode()).ById.TryGetValue(id, out figure);

            private Decoded Decode()
            {
                lock (_gate)
                {
                    return _decoded ??= new Decoded(_decode());
                }
            }

            private sealed class Decoded
            {
                internal readonly global::ReportData.Figure[] Figures;

                internal readonly global::System.Collections.Generic.Dictionary<string, global::ReportData.Figure> ById;

                internal Decoded(global::ReportData.Figure[] figures)
                {
                    Figures = figures;
                    ById = new global::System.Collections.Generic.Dictionary<string, global::ReportData.Figure>(figures.Length, global::System.StringComparer.Ordinal);
                    foreach (var figure in figures)
                    {
                        ById[figure.Id] = figure;
                    }
                }
            }
        }

        /// <summary>
        /// Finds the partitions an id can be in from its first two parts, the city class and the year class, so
        /// that a lookup decodes only them: an open-addressing table over the prefixes, probed without allocating.
        /// </summary>
        internal sealed class Router
        {
            private readonly string[] _prefixes;
            private readonly Partition[][] _routes;

            /// <summary>Slot to route index plus one; 0 is an empty slot.</summary>
            private readonly int[] _slots;

            /// <summary>Routes every prefix of <paramref name="partitions"/> to the partitions that have it, in file order.</summary>
            internal Router(Partition[] partitions)
            {
                var byPrefix = new global::System.Collections.Generic.Dictionary<string, global::System.Collections.Generic.List<Partition>>(global::System.StringComparer.Ordinal);
                var prefixes = new global::System.Collections.Generic.List<string>();
                foreach (var partition in partitions)
                {
                    foreach (var prefix in partition.Prefixes)
                    {
                        if (!byPrefix.TryGetValue(prefix, out var route))
                        {
                            route = new global::System.Collections.Generic.List<Partition>();
                            byPrefix.Add(prefix, route);
                            prefixes.Add(prefix);
                        }

                        route.Add(partition);
                    }
                }

                _prefixes = prefixes.ToArray();
                _routes = new Partition[_prefixes.Length][];
                var size = 2;
                while (size < 2 * _prefixes.Length)
                {
                    size *= 2;
                }

                _slots = new int[size];
                for (var i = 0; i < _prefixes.Length; i++)
                {
                    _routes[i] = byPrefix[_prefixes[i]].ToArray();
                    var slot = (int)(Hash(_prefixes[i], _prefixes[i].Length) & (uint)(size - 1));
                    while (_slots[slot] != 0)
                    {
                        slot = (slot + 1) & (size - 1);
                    }

                    _slots[slot] = i + 1;
                }
            }

            /// <summary>Looks up a figure by id in the partitions its prefix routes to; decodes only those.</summary>
            internal bool TryFind(string id, [global::System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out global::ReportData.Figure? figure)
            {
                var length = PrefixLength(id);
                if (length > 0)
                {
                    var mask = _slots.Length - 1;
                    var slot = (int)(Hash(id, length) & (uint)mask);
                    for (var route = _slots[slot]; route != 0; route = _slots[slot = (slot + 1) & mask])
                    {
                        var prefix = _prefixes[route - 1];
                        if (prefix.Length == length && string.CompareOrdinal(id, 0, prefix, 0, length) == 0)
                        {
                            foreach (var partition in _routes[route - 1])
                            {
                                if (partition.TryFind(id, out figure))
                                {
                                    return true;
                                }
                            }

                            break;
                        }
                    }
                }

                figure = null;
                return false;
            }

            /// <summary>The length of the id up to its second '.'; 0 when it has fewer than three parts.</summary>
            private static int PrefixLength(string id)
            {
                var first = id.IndexOf('.');
                var second = first < 0 ? -1 : id.IndexOf('.', first + 1);
                return second < 0 ? 0 : second;
            }

            /// <summary>FNV-1a over the first <paramref name="length"/> characters: the same value for a prefix and for an id that starts with it.</summary>
            private static uint Hash(string text, int length)
            {
                var hash = 2166136261u;
                for (var i = 0; i < length; i++)
                {
                    hash = unchecked((hash ^ text[i]) * 16777619u);
                }

                return hash;
            }
        }

        /// <summary>Decodes the figure lines into <paramref name="figures"/> from index <paramref name="next"/>; returns the next free index.</summary>
        [global::System.Runtime.CompilerServices.MethodImpl(RunsOnce)]
        internal static int Read(string data, global::ReportData.ReportSource source, global::ReportData.Figure[] figures, int next)
        {
            // Data characters that are not plainly printable are escaped, so a '\r' can only come from the
            // generated file's line ends having been converted (a copy checked in on Windows).
            if (data.IndexOf('\r') >= 0)
            {
                data = data.Replace("\r\n", "\n");
            }

            var line = new Cursor(data);
            while (!line.AtEnd)
            {
                // Arguments are read in the order the emitter wrote the fields.
                var id = line.Text();
                var year = line.NullableInt();
                var horizon = line.NullableText();
                var key = line.Text();
                var kind = line.Enum<global::ReportData.FigureKind>();
                var value = line.Double();
                var valueHigh = line.NullableDouble();
                var unit = line.Enum<global::ReportData.FigureUnit>();
                var printedValue = line.Text();
                var printedUnit = line.Text();
                var correctedUnit = line.NullableText();
                var label = line.Text();
                var quote = line.Text();
                var isEstimate = line.Flag();
                var bound = line.Enum<global::ReportData.TargetBound>();
                var isDecline = line.Flag();
                var note = line.NullableText();
                figures[next++] = new global::ReportData.Figure(
                    id, source.City, year, horizon, key, kind, value, valueHigh, unit, printedValue, printedUnit, correctedUnit, label, quote, source, isEstimate, bound, isDecline, note);
            }

            return next;
        }

        /// <summary>Reads fields off the text left to right; each read consumes the field and its separator ('|', or the line end).</summary>
        private sealed class Cursor
        {
            private static readonly char[] Stops = { '|', '\n', '\\' };

            private readonly string _data;
            private int _position;

            public Cursor(string data) => _data = data;

            public bool AtEnd => _position >= _data.Length;

            [global::System.Runtime.CompilerServices.MethodImpl(RunsOnce)]
            public string Text()
            {
                var start = _position;
                var end = _data.IndexOfAny(Stops, start);
                if (end < 0)
                {
                    end = _data.Length;
                }
                else if (_data[end] == '\\')
                {
                    return Unescape(start);
                }

                _position = end + 1;
                return _data.Substring(start, end - start);
            }

            [global::System.Runtime.CompilerServices.MethodImpl(RunsOnce)]
            public string? NullableText() => IsEmptyField() ? null : Text();

            [global::System.Runtime.CompilerServices.MethodImpl(RunsOnce)]
            public int? NullableInt()
            {
                if (IsEmptyField())
                {
                    return null;
                }

                var number = 0;
                while (_position < _data.Length && _data[_position] is >= '0' and <= '9')
                {
                    number = (number * 10) + (_data[_position++] - '0');
                }

                Separator();
                return number;
            }

            [global::System.Runtime.CompilerServices.MethodImpl(RunsOnce)]
            public double Double() =>
                double.Parse(Text(), global::System.Globalization.NumberStyles.Float, global::System.Globalization.CultureInfo.InvariantCulture);

            [global::System.Runtime.CompilerServices.MethodImpl(RunsOnce)]
            public double? NullableDouble() => IsEmptyField() ? null : Double();

            [global::System.Runtime.CompilerServices.MethodImpl(RunsOnce)]
            public bool Flag()
            {
                var flag = _data[_position++] == '1';
                Separator();
                return flag;
            }

            [global::System.Runtime.CompilerServices.MethodImpl(RunsOnce)]
            public TEnum Enum<TEnum>()
                where TEnum : struct
            {
                // Enum members are written by name: compared in place, without a string per field.
                var start = _position;
                var end = _data.IndexOf('|', start);
                var names = Members<TEnum>.Names;
                for (var i = 0; end > start && i < names.Length; i++)
                {
                    if (names[i].Length == end - start && string.CompareOrdinal(_data, start, names[i], 0, end - start) == 0)
                    {
                        _position = end + 1;
                        return Members<TEnum>.Values[i];
                    }
                }

                throw Malformed();
            }

            /// <summary>True, and past it, when the next field is empty (null); false, not moving, otherwise.</summary>
            [global::System.Runtime.CompilerServices.MethodImpl(RunsOnce)]
            private bool IsEmptyField()
            {
                if (_position >= _data.Length || _data[_position] is '|' or '\n')
                {
                    _position++;
                    return true;
                }

                return false;
            }

            [global::System.Runtime.CompilerServices.MethodImpl(RunsOnce)]
            private void Separator()
            {
                if (_position < _data.Length && _data[_position] is not ('|' or '\n'))
                {
                    throw Malformed();
                }

                _position++;
            }

            /// <summary>The slow path, for a field holding escapes: \\, \|, \uXXXX, and \e (an empty, not null, text).</summary>
            private string Unescape(int start)
            {
                var text = new global::System.Text.StringBuilder();
                var i = start;
                for (; i < _data.Length && _data[i] is not ('|' or '\n'); i++)
                {
                    if (_data[i] != '\\')
                    {
                        text.Append(_data[i]);
                        continue;
                    }

                    switch (_data[++i])
                    {
                        case 'e':
                            break;
                        case 'u':
                            text.Append((char)int.Parse(_data.Substring(i + 1, 4), global::System.Globalization.NumberStyles.AllowHexSpecifier, global::System.Globalization.CultureInfo.InvariantCulture));
                            i += 4;
                            break;
                        default:
                            text.Append(_data[i]);
                            break;
                    }
                }

                _position = i + 1;
                return text.ToString();
            }

            /// <summary>An enum's member names and values, read once per process.</summary>
            private static class Members<TEnum>
                where TEnum : struct
            {
                public static readonly string[] Names = global::System.Enum.GetNames(typeof(TEnum));

                public static readonly TEnum[] Values = global::System.Array.ConvertAll(Names, name => (TEnum)global::System.Enum.Parse(typeof(TEnum), name));
            }

            private global::System.FormatException Malformed() =>
                new("Figure data is malformed at character " + _position.ToString(global::System.Globalization.CultureInfo.InvariantCulture) + "; regenerate the dataset.");
        }
        """);

    private static string[] Lines(string block) => block.Replace("\r\n", "\n").Split('\n');
}
