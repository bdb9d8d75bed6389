using System;
using System.Runtime.CompilerServices;
using System.Text;

namespace ReportData.Storage;

/// <summary>The UTF-8 form of a report's data: kept out of the assembly's 16 MB string heap, which caps the dataset's size.</summary>
public static partial class FigureTable
{
    /// <summary>Decodes figures whose texts are UTF-8, their lengths in <paramref name="numbers"/> (ASCII) counted in bytes.</summary>
    [MethodImpl(RunsOnce)]
    public static Figure[] Decode(ReportSource source, ReadOnlySpan<byte> texts, ReadOnlySpan<byte> numbers, double[] values)
    {
#if NETCOREAPP || NETSTANDARD2_1_OR_GREATER
        // A byte that is not ASCII decodes to a character that is no digit, so a corrupt blob is still refused.
        var data = ReadNumbers(Encoding.UTF8.GetString(numbers), source.YamlFile);
#else
        // Without Encoding.GetString(ReadOnlySpan<byte>) (netstandard2.0): one copy of the bytes, read in place.
        var data = ReadNumbers(Encoding.UTF8.GetString(numbers.ToArray()), source.YamlFile);
        var bytes = texts.ToArray();
#endif
        var table = new string[TextCount(data, texts.Length, source.YamlFile)];
        var start = 0;
        for (var i = 0; i < table.Length; i++)
        {
            var length = data[1 + i];
#if NETCOREAPP || NETSTANDARD2_1_OR_GREATER
            table[i] = Encoding.UTF8.GetString(texts.Slice(start, length));
#else
            table[i] = Encoding.UTF8.GetString(bytes, start, length);
#endif
            start += length;
        }

        return Decode(source, table, data, values);
    }
}
