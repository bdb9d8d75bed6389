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
            WriteLines(writer, Utf8Read, utf8: true);

            writer.Line();
        }

        WriteLines(writer, Decoder, utf8: false);

        writer.Close();
    }

    private static readonly string[] Utf8Read = Lines("""
        /// <summary>
        /// Decodes the UTF-8 figure lines into <paramref name="figures"/> from index <paramref name="next"/>; returns the next free index.
        /// Reads each field straight from the bytes: numbers, flags and enum names without a string, one UTF-8 decode per text
        /// field (not one of the whole part, then substrings), and a text equal to a recent one of its field (a label or quote
        /// repeated by figures of one sentence, a printed unit) is the same string instance.
        /// </summary>
        [global::System.Runtime.CompilerServices.MethodImpl(RunsOnce)]
        internal static int Read(global::System.ReadOnlySpan<byte> utf8, global::ReportData.ReportSource source, global::ReportData.Figure[] figures, int next)
        {
        #if NETCOREAPP || NETSTANDARD2_1_OR_GREATER
            if (global::System.MemoryExtensions.IndexOf(utf8, (byte)'\r') >= 0)
            {
                // Only a checked-in copy with converted line ends has a '\r' (data escapes its own): the text path normalizes it.
                return Read(Utf8Cursor.Decode(utf8), source, figures, next);
            }

            var line = new Utf8Cursor(utf8);
            var horizons = new Recent(2);
            var units = new Recent(8);
            var labels = new Recent(1);
            var quotes = new Recent(1);
            while (!line.AtEnd)
            {
                // Arguments are read in the order the emitter wrote the fields (the same order as the text path's Read).
                @ReadFields(utf8)
                figures[next++] = new global::ReportData.Figure(
                    id, source.City, year, horizon, key, kind, value, valueHigh, unit, printedValue, printedUnit, correctedUnit, label, quote, source, isEstimate, bound, isDecline, note);
            }

            return next;
        #else
            // Without Encoding.GetString(ReadOnlySpan<byte>) (netstandard2.0): the whole part is decoded to text and read as text.
            return Read(global::System.Text.Encoding.UTF8.GetString(utf8.ToArray()), source, figures, next);
        #endif
        }

        #if NETCOREAPP || NETSTANDARD2_1_OR_GREATER
        /// <summary>The last few distinct texts read for one field of a part, by the position of their bytes in it, so that a repeat is one comparison, not a new string.</summary>
        private sealed class Recent
        {
            internal readonly int[] Starts;
            internal readonly int[] Lengths;
            internal readonly string[] Texts;
            internal int Count;
            internal int Oldest;

            internal Recent(int capacity)
            {
                Starts = new int[capacity];
                Lengths = new int[capacity];
                Texts = new string[capacity];
            }
        }

        /// <summary>Reads fields off the UTF-8 text left to right; each read consumes the field and its separator ('|', or the line end).</summary>
        private ref struct Utf8Cursor
        {
            private readonly global::System.ReadOnlySpan<byte> _data;
            private int _position;

            public Utf8Cursor(global::System.ReadOnlySpan<byte> data)
            {
                _data = data;
                _position = 0;
            }

            public bool AtEnd => _position >= _data.Length;

            public static string Decode(global::System.ReadOnlySpan<byte> utf8) => global::System.Text.Encoding.UTF8.GetString(utf8);

            [global::System.Runtime.CompilerServices.MethodImpl(RunsOnce)]
            public string Text()
            {
                var start = _position;
                var length = FieldLength(out var escaped);
                var field = _data.Slice(start, length);
                return escaped ? Unescaped(Decode(field)) : Decode(field);
            }

            [global::System.Runtime.CompilerServices.MethodImpl(RunsOnce)]
            public string Text(Recent recent)
            {
                var start = _position;
                var length = FieldLength(out var escaped);
                var field = _data.Slice(start, length);
                for (var i = 0; i < recent.Count; i++)
                {
                    if (recent.Lengths[i] == length && global::System.MemoryExtensions.SequenceEqual(_data.Slice(recent.Starts[i], length), field))
                    {
                        return recent.Texts[i];
                    }
                }

                var text = escaped ? Unescaped(Decode(field)) : Decode(field);
                var slot = recent.Count < recent.Texts.Length ? recent.Count++ : recent.Oldest++ % recent.Texts.Length;
                recent.Starts[slot] = start;
                recent.Lengths[slot] = length;
                recent.Texts[slot] = text;
                return text;
            }

            [global::System.Runtime.CompilerServices.MethodImpl(RunsOnce)]
            public string? NullableText() => IsEmptyField() ? null : Text();

            [global::System.Runtime.CompilerServices.MethodImpl(RunsOnce)]
            public string? NullableText(Recent recent) => IsEmptyField() ? null : Text(recent);

            [global::System.Runtime.CompilerServices.MethodImpl(RunsOnce)]
            public int? NullableInt()
            {
                if (IsEmptyField())
                {
                    return null;
                }

                var number = 0;
                while (_position < _data.Length && _data[_position] is >= (byte)'0' and <= (byte)'9')
                {
                    number = (number * 10) + (_data[_position++] - '0');
                }

                Separator();
                return number;
            }

            /// <summary>
            /// A decimal as the emitter writes it (-?digits[.digits]): with at most 15 digits it is an exact integer over an
            /// exact power of ten, so one division rounds it correctly, as double.Parse would; anything else goes to double.Parse.
            /// </summary>
            [global::System.Runtime.CompilerServices.MethodImpl(RunsOnce)]
            public double Double()
            {
                var start = _position;
                var length = FieldLength(out _);
                var field = _data.Slice(start, length);
                var negative = length > 0 && field[0] == (byte)'-';
                long mantissa = 0;
                var digits = 0;
                var fraction = -1;
                for (var i = negative ? 1 : 0; i < field.Length; i++)
                {
                    var character = field[i];
                    if (character is >= (byte)'0' and <= (byte)'9' && digits < 15)
                    {
                        mantissa = (mantissa * 10) + (character - '0');
                        digits++;
                        fraction = fraction < 0 ? fraction : fraction + 1;
                    }
                    else if (character == (byte)'.' && fraction < 0)
                    {
                        fraction = 0;
                    }
                    else
                    {
                        return double.Parse(Decode(field), global::System.Globalization.NumberStyles.Float, global::System.Globalization.CultureInfo.InvariantCulture);
                    }
                }

                if (digits == 0)
                {
                    throw Malformed();
                }

                var number = fraction > 0 ? mantissa / PowersOfTen[fraction] : mantissa;
                return negative ? -number : number;
            }

            [global::System.Runtime.CompilerServices.MethodImpl(RunsOnce)]
            public double? NullableDouble() => IsEmptyField() ? null : Double();

            [global::System.Runtime.CompilerServices.MethodImpl(RunsOnce)]
            public bool Flag()
            {
                var flag = _data[_position++] == (byte)'1';
                Separator();
                return flag;
            }

            [global::System.Runtime.CompilerServices.MethodImpl(RunsOnce)]
            public TEnum Enum<TEnum>()
                where TEnum : struct
            {
                // Enum members are written by name (ASCII): compared in place, without a string per field.
                var start = _position;
                var field = _data.Slice(start, FieldLength(out _));
                var names = Members<TEnum>.Names;
                for (var i = 0; i < names.Length; i++)
                {
                    if (names[i].Length == field.Length && SameAscii(field, names[i]))
                    {
                        return Members<TEnum>.Values[i];
                    }
                }

                _position = start;
                throw Malformed();
            }

            private static bool SameAscii(global::System.ReadOnlySpan<byte> field, string name)
            {
                for (var i = 0; i < field.Length; i++)
                {
                    if (field[i] != name[i])
                    {
                        return false;
                    }
                }

                return true;
            }

            /// <summary>The length of the field at the cursor, which it moves past the field and its separator; whether it holds escapes.</summary>
            private int FieldLength(out bool escaped)
            {
                var start = _position;
                var end = global::System.MemoryExtensions.IndexOfAny(_data.Slice(start), (byte)'|', (byte)'\n', (byte)'\\');
                escaped = end >= 0 && _data[start + end] == (byte)'\\';
                if (escaped)
                {
                    // The slow path: the byte after a '\' is part of the escape, never a separator.
                    end += start;
                    for (; end < _data.Length && _data[end] is not ((byte)'|' or (byte)'\n'); end++)
                    {
                        if (_data[end] == (byte)'\\')
                        {
                            end++;
                        }
                    }

                    end -= start;
                }
                else if (end < 0)
                {
                    end = _data.Length - start;
                }

                _position = start + end + 1;
                return end;
            }

            /// <summary>True, and past it, when the next field is empty (null); false, not moving, otherwise.</summary>
            private bool IsEmptyField()
            {
                if (_position >= _data.Length || _data[_position] is (byte)'|' or (byte)'\n')
                {
                    _position++;
                    return true;
                }

                return false;
            }

            private void Separator()
            {
                if (_position < _data.Length && _data[_position] is not ((byte)'|' or (byte)'\n'))
                {
                    throw Malformed();
                }

                _position++;
            }

            private global::System.FormatException Malformed() =>
                new("Figure data is malformed at byte " + _position.ToString(global::System.Globalization.CultureInfo.InvariantCulture) + "; regenerate the dataset.");
        }

        /// <summary>10^0 to 10^16, each exact in a double (as are all powers up to 10^22).</summary>
        private static readonly double[] PowersOfTen =
        {
            1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
        };
        #endif
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

                private global::System.Collections.Generic.Dictionary<string, global::ReportData.Figure>? _byId;

                internal Decoded(global::ReportData.Figure[] figures) => Figures = figures;

                /// <summary>Built on the first lookup, not with the figures: <c>Figures</c> alone does not need it.</summary>
                internal global::System.Collections.Generic.Dictionary<string, global::ReportData.Figure> ById =>
                    global::System.Threading.Volatile.Read(ref _byId) ?? Index();

                private global::System.Collections.Generic.Dictionary<string, global::ReportData.Figure> Index()
                {
                    var byId = new global::System.Collections.Generic.Dictionary<string, global::ReportData.Figure>(Figures.Length, global::System.StringComparer.Ordinal);
                    foreach (var figure in Figures)
                    {
                        byId[figure.Id] = figure;
                    }

                    // Two threads may both build it; one wins, and both return the one that won (of the same figures).
                    return global::System.Threading.Interlocked.CompareExchange(ref _byId, byId, null) ?? byId;
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
                @ReadFields(text)
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

            /// <summary>The slow path, for a field holding escapes.</summary>
            private string Unescape(int start)
            {
                var i = start;
                for (; i < _data.Length && _data[i] is not ('|' or '\n'); i++)
                {
                    if (_data[i] == '\\')
                    {
                        // The character after a '\' is part of the escape, never a separator.
                        i++;
                    }
                }

                _position = i + 1;
                return Unescaped(_data.Substring(start, i - start));
            }

            private global::System.FormatException Malformed() =>
                new("Figure data is malformed at character " + _position.ToString(global::System.Globalization.CultureInfo.InvariantCulture) + "; regenerate the dataset.");
        }

        /// <summary>A field holding escapes, unescaped: \\, \|, \uXXXX, and \e (an empty, not null, text).</summary>
        private static string Unescaped(string field)
        {
            var text = new global::System.Text.StringBuilder(field.Length);
            for (var i = 0; i < field.Length; i++)
            {
                if (field[i] != '\\')
                {
                    text.Append(field[i]);
                    continue;
                }

                switch (field[++i])
                {
                    case 'e':
                        break;
                    case 'u':
                        text.Append((char)int.Parse(field.Substring(i + 1, 4), global::System.Globalization.NumberStyles.AllowHexSpecifier, global::System.Globalization.CultureInfo.InvariantCulture));
                        i += 4;
                        break;
                    default:
                        text.Append(field[i]);
                        break;
                }
            }

            return text.ToString();
        }

        /// <summary>An enum's member names and values, read once per process.</summary>
        private static class Members<TEnum>
            where TEnum : struct
        {
            public static readonly string[] Names = global::System.Enum.GetNames(typeof(TEnum));

            public static readonly TEnum[] Values = global::System.Array.ConvertAll(Names, name => (TEnum)global::System.Enum.Parse(typeof(TEnum), name));
        }
        """);

    /// <summary>
    /// The fields of a figure line in the order <see cref="FigureDataText.Line"/> writes them, each with the
    /// local it is read into and the cursor call that reads it on the UTF-8 and on the text path. Both decoders'
    /// read sequences are emitted from this one list, so the order is stated once for the two of them.
    /// </summary>
    private static readonly (string Local, string Utf8Read, string TextRead)[] Fields =
    {
        ("id", "Text()", "Text()"),
        ("year", "NullableInt()", "NullableInt()"),
        ("horizon", "NullableText(horizons)", "NullableText()"),
        ("key", "Text()", "Text()"),
        ("kind", "Enum<global::ReportData.FigureKind>()", "Enum<global::ReportData.FigureKind>()"),
        ("value", "Double()", "Double()"),
        ("valueHigh", "NullableDouble()", "NullableDouble()"),
        ("unit", "Enum<global::ReportData.FigureUnit>()", "Enum<global::ReportData.FigureUnit>()"),
        ("printedValue", "Text()", "Text()"),
        ("printedUnit", "Text(units)", "Text()"),
        ("correctedUnit", "NullableText(units)", "NullableText()"),
        ("label", "Text(labels)", "Text()"),
        ("quote", "Text(quotes)", "Text()"),
        ("isEstimate", "Flag()", "Flag()"),
        ("bound", "Enum<global::ReportData.TargetBound>()", "Enum<global::ReportData.TargetBound>()"),
        ("isDecline", "Flag()", "Flag()"),
        ("note", "NullableText()", "NullableText()"),
    };

    /// <summary>The fields' names as the <c>Figure</c> record spells them, in line order.</summary>
    public static System.Collections.Generic.IEnumerable<string> FieldNames
    {
        get
        {
            foreach (var (local, _, _) in Fields)
            {
                yield return char.ToUpperInvariant(local[0]) + local.Substring(1);
            }
        }
    }

    /// <summary>Writes a block of decoder lines, expanding its <c>@ReadFields(...)</c> line into one read per field.</summary>
    private static void WriteLines(SourceWriter writer, string[] block, bool utf8)
    {
        var marker = utf8 ? "@ReadFields(utf8)" : "@ReadFields(text)";
        foreach (var line in block)
        {
            var at = line.IndexOf(marker, System.StringComparison.Ordinal);
            if (at < 0)
            {
                writer.Line(line);
                continue;
            }

            var indent = line.Substring(0, at);
            foreach (var (local, utf8Read, textRead) in Fields)
            {
                writer.Line(indent + "var " + local + " = line." + (utf8 ? utf8Read : textRead) + ";");
            }
        }
    }

    private static string[] Lines(string block) => block.Replace("\r\n", "\n").Split('\n');
}
