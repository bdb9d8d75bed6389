using System;
using System.Runtime.CompilerServices;
using System.Text;

namespace ReportData.Storage;

/// <summary>The UTF-8 form of the text table: kept out of the assembly's 16 MB string heap, which caps the dataset's size.</summary>
public static partial class FigureTable
{
    /// <summary>Decodes figures whose texts are UTF-8, <paramref name="textEnds"/> counted in bytes.</summary>
    [MethodImpl(RunsOnce)]
    public static Figure[] Decode(ReportSource source, ReadOnlySpan<byte> texts, int[] textEnds, int[] fields, double[] values)
    {
        var table = new string[textEnds.Length];
#if !(NETCOREAPP || NETSTANDARD2_1_OR_GREATER)
        // Without Encoding.GetString(ReadOnlySpan<byte>) (netstandard2.0): one copy of the bytes, read in place.
        var bytes = texts.ToArray();
#endif
        var start = 0;
        for (var i = 0; i < table.Length; i++)
        {
            var length = textEnds[i] - start;
#if NETCOREAPP || NETSTANDARD2_1_OR_GREATER
            table[i] = Encoding.UTF8.GetString(texts.Slice(start, length));
#else
            table[i] = Encoding.UTF8.GetString(bytes, start, length);
#endif
            start = textEnds[i];
        }

        return Decode(source, table, fields, values);
    }
}
