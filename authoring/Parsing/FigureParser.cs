using System;
using System.Collections.Generic;
using System.Linq;
using ReportData.Authoring.Diagnostics;
using ReportData.Authoring.Model;
using ReportData.Authoring.Numbers;
using ReportData.Authoring.Shared;
using ReportData.Authoring.Units;

namespace ReportData.Authoring.Parsing;

/// <summary>Validates and normalizes the figures of one report file.</summary>
internal static class FigureParser
{
    private static readonly string[] FigureFields =
    {
        "key", "year", "horizon", "kind", "label", "value", "words", "unit", "correctedUnit", "per", "quote", "estimate", "bound", "decline", "note", "review",
    };

    private static readonly string[] Kinds = { "actual", "target" };

    /// <summary>YAML bound words and the runtime <c>TargetBound</c> members they become (about, atLeast, exceeds, atMost, below, reach).</summary>
    private static readonly Dictionary<string, TargetBound> Bounds = YamlWords.Of<TargetBound>();

    private static readonly string[] BoundWords = Bounds.Keys.ToArray();

    /// <summary>The bounds an actual may have: the qualifiers reports print with a result (超过, 约, 近, 以上).</summary>
    private static readonly HashSet<TargetBound> ActualBounds = new() { TargetBound.Exceeds, TargetBound.About, TargetBound.Below, TargetBound.AtLeast };

    public static void ParseAll(YamlSequenceNode list, string filePath, ReportInfoSpec info, List<DiagnosticInfo> diagnostics, List<FigureSpec> figures, List<FigureSites> sites)
    {
        var members = new Dictionary<string, LocationInfo>(StringComparer.Ordinal);
        foreach (var item in list.Items)
        {
            if (item is not YamlMappingNode mapping)
            {
                diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticDescriptors.WrongFieldType, item.Location, System.IO.Path.GetFileName(filePath), "figures[]", "a mapping of figure fields", item.Description));
                continue;
            }

            var fields = new FieldReader(mapping, filePath, "figure", diagnostics);
            var figure = Parse(fields, info);
            if (figure is null)
            {
                continue;
            }

            if (members.TryGetValue(figure.RelativeId, out var first))
            {
                fields.Report(DiagnosticDescriptors.DuplicateMember, fields.LocationOf("key"), figure.Key, info.City + "." + figure.RelativeId, first.LineSpan.Start.Line + 1);
                continue;
            }

            members.Add(figure.RelativeId, fields.LocationOf("key"));
            figures.Add(figure);
            sites.Add(new FigureSites(mapping.Location, fields.LocationOf("key"), PrintedValueSite(fields), fields.LocationOf("unit"), fields.LocationOf("quote"), fields.LocationOf("decline"), fields.LocationOf("bound")));
        }
    }

    private static FigureSpec? Parse(FieldReader fields, ReportInfoSpec info)
    {
        fields.ReportUnknownFields(FigureFields);
        var key = fields.RequiredString("key", "the English indicator key, e.g. GdpGrowth");
        var label = fields.RequiredString("label", "the indicator's name as printed");
        var printedValue = fields.RequiredString("value", "the number as printed");
        var words = fields.OptionalString("words");
        var printedUnit = fields.RequiredString("unit", "the unit as printed; \"\" for none", allowEmpty: true);
        var quote = fields.RequiredString("quote", "the verbatim sentence the figure comes from");
        var kind = fields.OptionalChoice("kind", Kinds) ?? "actual";
        var boundWord = fields.OptionalChoice("bound", BoundWords);
        var correctedUnit = fields.OptionalString("correctedUnit");
        var per = fields.OptionalChoice("per", PrintedUnits.PopulationWords.ToArray());
        var note = fields.OptionalString("note");
        var isEstimate = fields.OptionalBoolean("estimate");
        var isDecline = fields.OptionalBoolean("decline");
        var displayKey = key ?? "(no key)";

        // A figure drafted by `reportdata draft` that a person has not settled yet: an error until the field goes.
        if (fields.OptionalString("review") is { } review)
        {
            fields.Report(DiagnosticDescriptors.FigureToReview, fields.LocationOf("review"), displayKey, DiagnosticText.Shorten(review));
        }

        if (key is not null && Naming.WhyNotIdentifier(key) is { } whyNot)
        {
            fields.Report(DiagnosticDescriptors.InvalidIdentifier, fields.LocationOf("key"), "key", DiagnosticText.Shorten(key), whyNot);
            key = null;
        }

        var period = ParsePeriod(fields, info, kind, displayKey);
        var unit = RateUnits.Apply(fields, ResolveUnit(fields, printedUnit, correctedUnit, note, displayKey), per, label, displayKey);
        var value = printedValue is null || unit is null ? null : Normalize(fields, printedValue, unit, isDecline);
        if (words is not null && value is not null && NumberWords.WhyNotSpelled(words, value.Value.High is null ? printedValue! : null) is { } notSpelled)
        {
            fields.Report(DiagnosticDescriptors.WordsNotTheValue, fields.LocationOf("words"), DiagnosticText.Shorten(words), displayKey, notSpelled);
            value = null;
        }

        var bound = boundWord is null ? TargetBound.None : Bounds[boundWord];
        if (kind == "actual" && bound != TargetBound.None && !ActualBounds.Contains(bound))
        {
            fields.Report(DiagnosticDescriptors.BoundOnActual, fields.LocationOf("bound"), displayKey, boundWord);
            bound = TargetBound.None;
        }

        if (key is null || label is null || printedValue is null || printedUnit is null || quote is null || period is null || unit is null || value is null)
        {
            return null;
        }

        var memberName = Naming.MemberName(key, unit.Suffix);
        var enclosingClass = period.Value.GroupClass ?? period.Value.PeriodClass;
        if ((Naming.WhyReservedKey(key) ?? Naming.WhyReservedMember(memberName, enclosingClass)) is { } reserved)
        {
            fields.Report(DiagnosticDescriptors.ReservedName, fields.LocationOf("key"), key, memberName, reserved);
            return null;
        }

        var isTarget = kind == "target";
        return new FigureSpec
        {
            Key = key,
            MemberName = memberName,
            RelativeId = FigureSpec.IdBelowCity(period.Value.PeriodClass, period.Value.GroupClass, memberName),
            PeriodClass = period.Value.PeriodClass,
            GroupClass = period.Value.GroupClass,
            Year = period.Value.Year,
            Horizon = period.Value.Horizon,
            Kind = isTarget ? FigureKind.Target : FigureKind.Actual,
            Label = label,
            PrintedValue = words?.Trim() ?? printedValue,
            PrintedUnit = printedUnit,
            CorrectedUnit = correctedUnit,
            Unit = unit.FigureUnit,
            Value = value.Value.Low,
            ValueHigh = value.Value.High,
            Quote = quote,
            IsEstimate = isEstimate,
            Bound = bound,
            IsDecline = isDecline,
            Note = note,
        };
    }

    /// <summary>Where the printed number stands: the <c>words</c> of a number printed in Chinese numerals, else the <c>value</c>.</summary>
    private static LocationInfo PrintedValueSite(FieldReader fields) =>
        fields.LocationOf(fields.Node("words") is null ? "value" : "words");

    private static (string PeriodClass, string? GroupClass, int? Year, string? Horizon)? ParsePeriod(FieldReader fields, ReportInfoSpec info, string kind, string key)
    {
        var hasYear = fields.Node("year") is not null;
        var horizon = fields.OptionalString("horizon");
        var year = fields.OptionalInteger("year", ReportParser.MinYear, ReportParser.MaxYear);
        if (hasYear == (horizon is not null))
        {
            fields.Report(DiagnosticDescriptors.PeriodMissing, fields.Location, key, hasYear ? "has both 'year' and 'horizon'" : "has neither 'year' nor 'horizon'");
            return null;
        }

        if (horizon is not null)
        {
            if (Naming.HorizonClass(horizon, kind == "target") is not { } groupClass)
            {
                fields.Report(DiagnosticDescriptors.UnknownHorizon, fields.LocationOf("horizon"), DiagnosticText.Shorten(horizon), string.Join(", ", Naming.HorizonClasses.Keys) + ", or a five-year plan's name (十四五)");
                return null;
            }

            // Multi-year goals hang off the year the report set them in; their end year is not invented. A review's figures over a
            // past period (五年来 … 年均增长) hang there too, in a class of their own: they are actuals, not goals.
            return (Naming.YearClass(info.Year), groupClass, null, horizon);
        }

        if (year is null)
        {
            return null;
        }

        return (Naming.YearClass(year.Value), kind == "target" ? Naming.TargetsClass : null, year, null);
    }

    private static UnitInfo? ResolveUnit(FieldReader fields, string? printedUnit, string? correctedUnit, string? note, string key)
    {
        if (correctedUnit is not null && string.IsNullOrWhiteSpace(note))
        {
            fields.Report(DiagnosticDescriptors.CorrectionWithoutNote, fields.LocationOf("correctedUnit"), key);
        }

        // "" is "no unit" for the printed unit alone: a correction to nothing would make a figure printed in 亿元 a
        // plain number under a name without its unit.
        if (correctedUnit is not null && correctedUnit.Trim().Length == 0)
        {
            fields.Report(DiagnosticDescriptors.UnknownUnit, fields.LocationOf("correctedUnit"), DiagnosticText.Shorten(correctedUnit));
            return null;
        }

        // A corrected unit replaces the printed one for meaning; the printed one is kept as printed.
        var effective = correctedUnit ?? printedUnit;
        if (effective is null)
        {
            return null;
        }

        if (UnitTable.TryGet(effective.Trim(), out var unit))
        {
            return unit;
        }

        fields.Report(DiagnosticDescriptors.UnknownUnit, fields.LocationOf(correctedUnit is null ? "unit" : "correctedUnit"), DiagnosticText.Shorten(effective));
        return null;
    }

    private static (decimal Low, decimal? High)? Normalize(FieldReader fields, string printedValue, UnitInfo unit, bool isDecline)
    {
        switch (PrintedNumber.TryParse(printedValue.Trim(), out var number))
        {
            case PrintedNumber.ParseOutcome.NotANumber:
                fields.Report(DiagnosticDescriptors.InvalidNumber, fields.LocationOf("value"), DiagnosticText.Shorten(printedValue));
                return null;
            case PrintedNumber.ParseOutcome.OutOfRange:
                fields.Report(DiagnosticDescriptors.NumberOutOfRange, fields.LocationOf("value"), DiagnosticText.Shorten(printedValue), PrintedNumber.MaxDigits);
                return null;
        }

        try
        {
            // A fall (下降) is a negative change: the printed number is its size.
            var sign = isDecline ? -1m : 1m;
            var low = sign * number.Low * unit.Factor;
            if (number.High is not { } printedHigh)
            {
                return (low, null);
            }

            // Keep Value <= ValueHigh: a fall of 1-2% is the range -2 to -1.
            var high = sign * printedHigh * unit.Factor;
            return isDecline ? (high, low) : (low, high);
        }
        catch (OverflowException)
        {
            fields.Report(DiagnosticDescriptors.NumberOutOfRange, fields.LocationOf("value"), DiagnosticText.Shorten(printedValue), PrintedNumber.MaxDigits);
            return null;
        }
    }
}
