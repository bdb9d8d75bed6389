using System;
using System.Collections.Generic;
using System.Linq;

namespace ReportData.Tool.Drafting;

/// <summary>The draft's <c>skipped:</c> list: one entry per quote, with every reason its numbers were skipped for.</summary>
internal static class SkipList
{
    /// <summary>Merges the skips of one quote (in the order first seen) and joins their distinct reasons.</summary>
    public static IReadOnlyList<DraftSkip> Merge(IEnumerable<DraftSkip> skipped) =>
        skipped.GroupBy(skip => skip.Quote, BoundedHashComparer.Instance)
            .Select(group => new DraftSkip(group.Key, string.Join("; ", group.Select(skip => skip.Reason).Distinct())))
            .ToList();

    /// <summary>
    /// Ordinal equality, with a hash of the length and the first and last characters only: a clause of thousands of skipped
    /// numbers is the quote of each, and hashing it whole for every one made merging quadratic.
    /// </summary>
    private sealed class BoundedHashComparer : IEqualityComparer<string>
    {
        public static readonly BoundedHashComparer Instance = new();

        private const int Ends = 32;

        public bool Equals(string? x, string? y) => string.Equals(x, y, StringComparison.Ordinal);

        public int GetHashCode(string text)
        {
            if (text.Length <= 2 * Ends)
            {
                return StringComparer.Ordinal.GetHashCode(text);
            }

            var hash = text.Length;
            for (var i = 0; i < Ends; i++)
            {
                hash = unchecked((hash * 31) + text[i]);
                hash = unchecked((hash * 31) + text[text.Length - 1 - i]);
            }

            return hash;
        }
    }
}
