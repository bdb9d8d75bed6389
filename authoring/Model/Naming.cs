using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis.CSharp;

namespace ReportData.Authoring.Model;

/// <summary>Rules for the names that become C# identifiers: cities, keys, and the classes around them.</summary>
public static class Naming
{
    /// <summary>Nested classes for figures that are not actuals, by horizon or kind.</summary>
    public const string TargetsClass = "Targets";

    /// <summary>Horizons as printed, and the class their goals live in. No end year is derived.</summary>
    public static readonly IReadOnlyDictionary<string, string> HorizonClasses = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["今后五年"] = "FiveYearGoals",
        ["未来五年"] = "FiveYearGoals",
        ["五年"] = "FiveYearGoals",
        ["今后三年"] = "ThreeYearGoals",
        ["未来三年"] = "ThreeYearGoals",
        ["三年"] = "ThreeYearGoals",
    };

    /// <summary>
    /// The class of the figures a review gives over a past period (五年来 … 年均增长, 新增, 累计): actuals of that span, kept
    /// apart from the goals of a span of the same length that the same report sets (the 十一五 review beside the 十二五 goals).
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> PastPeriodClasses = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["FiveYearGoals"] = "PastFiveYears",
        ["ThreeYearGoals"] = "PastThreeYears",
    };

    /// <summary>
    /// The nested class of a horizon's figures by their kind: a goal's (<see cref="HorizonClass"/>), or for an actual the
    /// past period's of the same span (<see cref="PastPeriodClasses"/>); null for a horizon the generator does not know.
    /// </summary>
    public static string? HorizonClass(string horizon, bool isTarget) =>
        HorizonClass(horizon) is { } goals ? isTarget ? goals : PastPeriodClasses[goals] : null;

    /// <summary>Whether <paramref name="className"/> holds the figures of a past period (<c>PastFiveYears</c>), not goals.</summary>
    public static bool IsPastPeriodClass(string className) => Contains(PastPeriodClasses.Values, className);

    /// <summary>
    /// The nested class of a horizon's figures, or null for a horizon the generator does not know: one of
    /// <see cref="HorizonClasses"/>, or a five-year plan by its printed name (十四五, “十四五”: 十一五 to 十九五),
    /// whose goals are five-year goals like 今后五年's. The horizon itself stays as printed.
    /// </summary>
    public static string? HorizonClass(string horizon)
    {
        if (HorizonClasses.TryGetValue(horizon, out var known))
        {
            return known;
        }

        return IsFiveYearPlan(horizon) ? HorizonClasses["五年"] : null;
    }

    /// <summary>Whether <paramref name="horizon"/> names a five-year plan as reports print it: 十N五, with or without its quotes.</summary>
    public static bool IsFiveYearPlan(string horizon)
    {
        var name = horizon.Trim('“', '”', '"');
        return name.Length == 3 && name[0] == '十' && name[2] == '五' && "一二三四五六七八九".IndexOf(name[1]) >= 0;
    }

    /// <summary>
    /// Namespaces and types a user's code names without qualification: a place class of that name in the user's namespace
    /// would shadow them there (<c>System.Console</c> or <c>Math.Round</c> would then look inside the place class). The
    /// generated code is <c>global::</c>-qualified and immune; this list protects the user's own code.
    /// </summary>
    private static readonly HashSet<string> UserScopeNames = new(StringComparer.Ordinal)
    {
        "System", "Microsoft", "Windows", "ReportData",
        "Math", "MathF", "Console", "Convert", "Environment", "String", "Object", "Array", "Enum", "Type", "Tuple",
        "DateTime", "DateOnly", "TimeSpan", "Guid", "Random", "Exception", "Nullable", "Action", "Func", "Task",
        "Int32", "Int64", "Double", "Decimal", "Boolean", "Char", "Byte", "Single", "Linq", "Enumerable", "List", "File", "Path",
    };

    /// <summary>Members a static class inherits from object: a constant of that name would hide them.</summary>
    private static readonly HashSet<string> InheritedMemberNames = new(StringComparer.Ordinal)
    {
        "Equals", "GetHashCode", "GetType", "ToString", "ReferenceEquals", "MemberwiseClone", "Finalize",
    };

    /// <summary>Null when <paramref name="name"/> can be a key or city; otherwise why not.</summary>
    public static string? WhyNotIdentifier(string name)
    {
        if (SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None)
        {
            return "it is a C# keyword";
        }

        if (name.Length == 0 || name[0] < 'A' || name[0] > 'Z')
        {
            return "it must start with a capital letter A-Z (PascalCase English)";
        }

        foreach (var character in name)
        {
            if (!(character is >= 'A' and <= 'Z' or >= 'a' and <= 'z' or >= '0' and <= '9'))
            {
                return "it may contain only the letters A-Z, a-z and digits";
            }
        }

        return name.Length > 128 ? "it is longer than 128 characters" : null;
    }

    /// <summary>Null when a place class (a city, a province, <c>China</c>) may have this name; otherwise why not.</summary>
    public static string? WhyReservedCity(string city)
    {
        // The types and namespaces of the library and the generated code, the root namespaces, the types imported by default.
        if (ReservedNames.WhyReservedCity(city) is { } reserved)
        {
            return reserved;
        }

        if (UserScopeNames.Contains(city))
        {
            return "is a namespace or type that code using the dataset names unqualified (a class of that name would hide it there)";
        }

        // A city class holds its year classes: a city named Y2023 would hold a member named like itself (CS0542).
        return IsYearClass(city) ? "is the name of a year class, which a city class holds" : null;
    }

    /// <summary>The class of the dataset's keys as constants (<c>FigureKeys.Gdp</c>).</summary>
    public const string KeysClass = "FigureKeys";

    /// <summary>Null when a key may be a constant of <see cref="KeysClass"/>; otherwise why not.</summary>
    public static string? WhyReservedKey(string key)
    {
        if (key == KeysClass)
        {
            return "is the name of the class of key constants";
        }

        if (ReservedNames.WhyReservedKey(key) is { } reserved)
        {
            return reserved;
        }

        return InheritedMemberNames.Contains(key) ? "would hide a member every C# object has" : null;
    }

    /// <summary>Null when a member may have this name in its class; otherwise why not.</summary>
    public static string? WhyReservedMember(string member, string enclosingClass)
    {
        if (member == enclosingClass)
        {
            return "is the name of the class it would live in";
        }

        if (member == TargetsClass || HorizonClasses.Values is var groups && Contains(groups, member) || IsPastPeriodClass(member))
        {
            return "is the name of a nested class of figures";
        }

        if (IsYearClass(member))
        {
            return "is the name of a year class";
        }

        // A printed range becomes two constants, <member>Low and <member>High; a unitless key ending in
        // Low or High could take one of those names (GdpBillion as a range and a key GdpBillionLow).
        if (member.EndsWith("Low", StringComparison.Ordinal) || member.EndsWith("High", StringComparison.Ordinal))
        {
            return "ends in Low or High, the names a range's two constants take";
        }

        return InheritedMemberNames.Contains(member) ? "would hide a member every C# object has" : null;
    }

    /// <summary>
    /// A figure's member name: its key, then its unit's suffix, saying the unit once. A key that ends with a word for a
    /// currency (<c>InDollars</c>, <c>Dollars</c>, <c>InUsd</c>, <c>Usd</c>; <c>InYuan</c>, <c>InRmb</c>, <c>Yuan</c>,
    /// <c>Rmb</c>) drops that word where the suffix names the currency itself: <c>ExportsInDollars</c> in 亿美元 is
    /// <c>ExportsUsdBillion</c>, not <c>ExportsInDollarsUsdBillion</c>. Otherwise a key that already ends with the suffix
    /// is not given it again (<c>ShareOfPopulationPercent</c> in percent stays as it is). The key, and so the series, is
    /// unchanged.
    /// </summary>
    public static string MemberName(string key, string unitSuffix)
    {
        if (unitSuffix.Length == 0)
        {
            return key;
        }

        foreach (var (currency, keyWords) in CurrencyWords)
        {
            if (unitSuffix.IndexOf(currency, StringComparison.Ordinal) < 0)
            {
                continue;
            }

            foreach (var word in keyWords)
            {
                if (key.Length > word.Length && key.EndsWith(word, StringComparison.Ordinal))
                {
                    return key.Substring(0, key.Length - word.Length) + unitSuffix;
                }
            }
        }

        return key.EndsWith(unitSuffix, StringComparison.Ordinal) ? key : key + unitSuffix;
    }

    /// <summary>A currency as unit suffixes name it, and the words a key may end with for it (longest first).</summary>
    private static readonly (string Currency, string[] KeyWords)[] CurrencyWords =
    {
        ("Usd", new[] { "InDollars", "Dollars", "InUsd", "Usd" }),
        ("Yuan", new[] { "InYuan", "InRmb", "Yuan", "Rmb" }),
    };

    public static string YearClass(int year) => "Y" + year.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static bool IsYearClass(string name)
    {
        if (name.Length < 2 || name[0] != 'Y')
        {
            return false;
        }

        for (var i = 1; i < name.Length; i++)
        {
            if (name[i] < '0' || name[i] > '9')
            {
                return false;
            }
        }

        return true;
    }

    private static bool Contains(IEnumerable<string> values, string value)
    {
        foreach (var candidate in values)
        {
            if (candidate == value)
            {
                return true;
            }
        }

        return false;
    }
}
