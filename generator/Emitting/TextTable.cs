using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace ReportData.Generator.Emitting;

/// <summary>The report's distinct texts in first-use order; a reference is one plus the index, 0 for null.</summary>
internal sealed class TextTable
{
    private readonly Dictionary<string, int> _indexes = new(System.StringComparer.Ordinal);

    public List<string> Texts { get; } = new();

    /// <summary>Adds a text that must get the next index (an id: text i is figure i's id).</summary>
    public void Add(string text)
    {
        _indexes[text] = Texts.Count;
        Texts.Add(text);
    }

    public int Reference(string? text)
    {
        if (text is null)
        {
            return 0;
        }

        if (!_indexes.TryGetValue(text, out var index))
        {
            index = Texts.Count;
            _indexes.Add(text, index);
            Texts.Add(text);
        }

        return index + 1;
    }

    /// <summary>Each text's length, in UTF-8 bytes or UTF-16 characters.</summary>
    public IEnumerable<int> Lengths(bool utf8) => Texts.Select(text => utf8 ? Encoding.UTF8.GetByteCount(text) : text.Length);

    /// <summary>Where each text ends, in UTF-16 characters: the dataset's report table is always a UTF-16 string.</summary>
    public IEnumerable<int> Ends()
    {
        var end = 0;
        foreach (var length in Lengths(utf8: false))
        {
            end += length;
            yield return end;
        }
    }
}
