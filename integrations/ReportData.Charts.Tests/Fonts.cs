using System;
using System.Collections.Generic;
using NUnit.Framework;

namespace ReportData.Charts.Tests;

/// <summary>A font lookup the test controls: it answers with a fixed font (or none) and records what it was asked.</summary>
internal sealed class FixedFontLookup : IFontLookup
{
    private readonly string? font;

    public FixedFontLookup(string? font) => this.font = font;

    public List<string> Asked { get; } = new();

    public string? FindFontFor(string text)
    {
        Asked.Add(text);
        return font;
    }
}

internal static class Cjk
{
    /// <summary>
    /// The installed CJK font (.ci/run installs fonts-noto-cjk). Without one the Chinese tests are ignored on a
    /// developer's machine, and fail on CI, where a missing font means .ci/run's install broke.
    /// </summary>
    public static string RequireFont()
    {
        var font = SystemFontLookup.Default.FindFontFor("衢州金华地区生产总值增长");
        if (font is null)
        {
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            {
                Assert.Fail("No CJK font on CI: .ci/run should have installed fonts-noto-cjk.");
            }

            Assert.Ignore("No CJK font installed (Debian: apt-get install fonts-noto-cjk).");
        }

        return font!;
    }

    /// <summary>True when <paramref name="text"/> has a CJK ideograph, radical or fullwidth form.</summary>
    public static bool HasCjk(string text)
    {
        foreach (var character in text)
        {
            if ((character >= 0x2E80 && character <= 0x9FFF) || (character >= 0xF900 && character <= 0xFAFF) || (character >= 0xFF00 && character <= 0xFFEF))
            {
                return true;
            }
        }

        return false;
    }
}
