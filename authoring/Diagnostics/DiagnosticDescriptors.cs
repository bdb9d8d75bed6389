using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace ReportData.Authoring.Diagnostics;

/// <summary>
/// Every diagnostic the generator and the analyzer report. IDs are stable: RD0xxx the YAML file itself,
/// RD1xxx a figure's content, RD2xxx provenance (quotes against the report text), RD4xxx drafts of the reportdata tool; a new diagnostic
/// takes a new number, a retired one keeps its number unused. Each ID has a section in
/// docs/diagnostics.md (a test fails otherwise), a line in AnalyzerReleases.Unshipped.md and a line in the
/// generator package's README (generator/PACKAGE.md). Descriptors carry no help link: there is no web page a link
/// could lead to from an IDE, so the reference ships inside the package instead.
/// The first message argument is always the YAML file's name.
/// </summary>
public static class DiagnosticDescriptors
{
    private const string Category = "ReportData";

    public static readonly DiagnosticDescriptor YamlSyntaxError = Error(
        "RD0001", "Report file is not valid YAML",
        "{0}: YAML syntax error: {1}. Fix the YAML at this position (indentation, quotes, a missing ':').");

    public static readonly DiagnosticDescriptor UnsupportedYaml = Error(
        "RD0002", "Report file uses a YAML feature report files do not allow",
        "{0}: {1} is not allowed in a report file; {2}");

    public static readonly DiagnosticDescriptor DuplicateMappingKey = Error(
        "RD0003", "Field given twice",
        "{0}: field '{1}' is given twice (first on line {2}); keep one");

    public static readonly DiagnosticDescriptor MissingField = Error(
        "RD0004", "Required field missing",
        "{0}: {1} has no '{2}'; add it ({3})");

    public static readonly DiagnosticDescriptor WrongFieldType = Error(
        "RD0005", "Field has the wrong type",
        "{0}: '{1}' must be {2}, but is {3}");

    public static readonly DiagnosticDescriptor UnknownField = Warning(
        "RD0006", "Unknown field",
        "{0}: unknown field '{1}' in {2} is ignored; the fields are: {3}");

    public static readonly DiagnosticDescriptor EmptyReportFile = Error(
        "RD0007", "Report file is empty",
        "{0}: the file has no content; a report file needs a 'report' block and a 'figures' list");

    public static readonly DiagnosticDescriptor FileTooLarge = Error(
        "RD0008", "Report file is too large",
        "{0}: the file has {1} characters, more than the {2} a report file may have; split it");

    public static readonly DiagnosticDescriptor UnreadableFile = Error(
        "RD0009", "Report file could not be read",
        "{0}: the generator could not read this file ({1}); this is a bug in ReportData.Generator: please report it with the file attached");

    public static readonly DiagnosticDescriptor RuntimeLayoutMismatch = Error(
        "RD0010", "ReportData package and generator versions differ",
        "{0}: the referenced ReportData package reads figure data of layout version {1}, but ReportData.Generator writes version {2}; reference the same version of both packages");

    public static readonly DiagnosticDescriptor UnknownConstantDocs = Error(
        "RD0011", "Unknown value of ReportDataConstantDocs",
        "{0}: the MSBuild property {1} is '{2}', which is not one of {3}; the constants keep their full docs until it is fixed");

    public static readonly DiagnosticDescriptor ReportFileNotUtf8 = Error(
        "RD0012", "Report file is not UTF-8",
        "{0}: the file cannot be read: {1}; save it as UTF-8 (iconv -f GB18030 -t UTF-8, or the encoding it is in)");

    public static readonly DiagnosticDescriptor InvalidIdentifier = Error(
        "RD1001", "Name is not a valid C# identifier",
        "{0}: '{1}' = '{2}' is not usable as a C# name: {3}");

    public static readonly DiagnosticDescriptor InvalidNumber = Error(
        "RD1002", "Value is not a number",
        "{0}: value '{1}' is not a number as printed; write the digits as the report prints them, e.g. 2125.2 or a range 1-2");

    public static readonly DiagnosticDescriptor NumberOutOfRange = Error(
        "RD1003", "Value is out of range",
        "{0}: value '{1}' cannot be held exactly: a figure has at most {2} significant digits and {2} decimals (what a double holds exactly); check the digits and the unit");

    public static readonly DiagnosticDescriptor UnknownUnit = Error(
        "RD1004", "Unknown unit",
        "{0}: unit '{1}' is unknown; use a unit from the table in docs/authoring.md (亿元, 万元, %, 万人, 家, ...)");

    public static readonly DiagnosticDescriptor YearOutOfRange = Error(
        "RD1005", "Year out of range",
        "{0}: '{1}' is {2}; a year must be between {3} and {4}");

    public static readonly DiagnosticDescriptor InvalidChoice = Error(
        "RD1006", "Value is not one of the allowed choices",
        "{0}: '{1}' is '{2}'; it must be one of: {3}");

    public static readonly DiagnosticDescriptor DuplicateMember = Error(
        "RD1007", "Two figures map to the same member",
        "{0}: figure '{1}' maps to {2}, which the figure on line {3} already defines; give one of them a more specific key");

    public static readonly DiagnosticDescriptor FigureInTwoFiles = Error(
        "RD1008", "The same figure is defined in two files",
        "{0}: {1} is also defined in {2}; keep it in one report file");

    public static readonly DiagnosticDescriptor PeriodMissing = Error(
        "RD1009", "Figure needs exactly one of 'year' and 'horizon'",
        "{0}: figure '{1}' {2}; give 'year' for a figure about one year, or 'horizon' (as printed, e.g. 今后五年) for a multi-year goal");

    public static readonly DiagnosticDescriptor UnknownHorizon = Error(
        "RD1010", "Unknown horizon",
        "{0}: horizon '{1}' is not one the generator knows; use one of: {2}");

    public static readonly DiagnosticDescriptor CorrectionWithoutNote = Error(
        "RD1011", "Corrected unit without a note",
        "{0}: figure '{1}' has a correctedUnit but no 'note'; say why the printed unit is a misprint");

    public static readonly DiagnosticDescriptor BoundOnActual = Warning(
        "RD1012", "Bound an actual figure cannot have",
        "{0}: figure '{1}' is an actual figure but has bound '{2}', which only a target can have; an actual takes exceeds (超过, 突破, 逾, 多, 余), about (约, 左右), below (近) or atLeast (以上), and this bound is ignored");

    public static readonly DiagnosticDescriptor ReservedName = Error(
        "RD1013", "Name is reserved",
        "{0}: '{1}' would produce the name '{2}', which {3}; choose another name");

    public static readonly DiagnosticDescriptor KeyDimensionDiffers = Error(
        "RD1014", "Key measured in different dimensions",
        "{0}: '{1}' is {2} ({3}) here but {4} ({5}) in {6}; a key means one dimension in every report: give one of them its own key ({7})");

    public static readonly DiagnosticDescriptor InvalidRate = Error(
        "RD1015", "Rate does not fit the figure",
        "{0}: figure '{1}' {2}");

    public static readonly DiagnosticDescriptor PlaceYearInTwoFiles = Error(
        "RD1016", "Two reports of one place and year",
        "{0}: this is a report of {1} delivered in {2}, and so is {3}; a place has one report a year: fix the year or the place, or merge the files");

    public static readonly DiagnosticDescriptor NamesDifferOnlyByCase = Warning(
        "RD1017", "Names differ only by case",
        "{0}: the {1} '{2}' differs only by case from '{3}' in {4}; two names a reader cannot tell apart, and one file name on Windows and macOS: write it as the other file does");

    public static readonly DiagnosticDescriptor ReportTextMissing = Error(
        "RD2001", "Report text not found",
        "{0}: the report text '{1}' is not among the compilation's AdditionalFiles; add it beside the YAML file as <AdditionalFiles Include=\"...\" />");

    public static readonly DiagnosticDescriptor QuoteNotInReport = Error(
        "RD2002", "Quote not found in the report text",
        "{0}: the quote of '{1}' does not occur in {2}; copy it verbatim from the report (white space may differ, nothing else)");

    public static readonly DiagnosticDescriptor ValueNotInQuote = Error(
        "RD2003", "Value not found in its quote",
        "{0}: the value '{1}' of '{2}' does not occur in its quote; the value must be the number exactly as printed in the quote");

    public static readonly DiagnosticDescriptor SnippetNotInReport = Error(
        "RD2004", "Skipped quote or key paragraph not found in the report text",
        "{0}: the {1} '{2}' does not occur in {3}; copy it verbatim from the report");

    public static readonly DiagnosticDescriptor UnitNotInQuote = Error(
        "RD2005", "Unit not printed with its value",
        "{0}: the unit {1} of '{2}' is not what its quote prints with {3}: after the number it prints {4}; write the unit as printed right after the number, or after the last number of a list that shares it");

    public static readonly DiagnosticDescriptor WordsNotTheValue = Error(
        "RD2006", "Number in words does not spell the value",
        "{0}: the words '{1}' of '{2}' {3}; 'words' is the number as printed in Chinese numerals, 'value' its digits (千 → 1000, 两百 → 200)");

    public static readonly DiagnosticDescriptor NegativeRecordedAsRise = Error(
        "RD2007", "Negative number recorded without decline",
        "{0}: the quote of '{1}' prints {2} with a minus sign before it (a fall, as 增长-3.2% is), but the figure has no 'decline: true': its value would be +{2}; add 'decline: true' and keep the value {2} as printed");

    public static readonly DiagnosticDescriptor QualifierNotInQuote = Error(
        "RD2008", "Qualifier not printed at the value",
        "{0}: actual figure '{1}' has bound '{2}', but its quote prints none of {3} at {4}; the bound of an actual records the word the report prints with the number: fix the bound or the quote");
    public static readonly DiagnosticDescriptor ReportTextNotUtf8 = Error(
        "RD2010", "Report text is not UTF-8",
        "{0}: the report text '{1}' cannot be checked: {2}; save it as UTF-8 (iconv -f GB18030 -t UTF-8, or the encoding it is in; 'reportdata draft' names it) and keep its name");

    public static readonly DiagnosticDescriptor DeclineNotPrinted = Error(
        "RD2011", "Decline not printed in the quote",
        "{0}: figure '{1}' has 'decline: true', but its value {2} cannot be negative: {3}; delete 'decline' or quote the passage that prints the fall");

    public static readonly DiagnosticDescriptor FallRecordedAsRise = Warning(
        "RD2012", "Fall recorded without decline",
        "{0}: the quote of '{1}' prints a fall at {2} (下降, 减少, 回落 ... before it), but the figure has no 'decline: true': its value would be +{2}; add 'decline: true'");

    public static readonly DiagnosticDescriptor ReportTextAmbiguous = Error(
        "RD2013", "Report text name is ambiguous",
        "{0}: no report text is named '{1}' exactly, and several differ from it only by case ({2}); name one exactly: a quote must not be proven against another report's text");

    public static readonly DiagnosticDescriptor FigureToReview = Error(
        "RD4001", "Drafted figure not reviewed yet",
        "{0}: figure '{1}' is a draft to review: {2}. Check it against the text, then delete its 'review' field");

    /// <summary>Every descriptor above, for the analyzer's SupportedDiagnostics (a test checks that none is missing).</summary>
    public static readonly ImmutableArray<DiagnosticDescriptor> All = ImmutableArray.Create(
        YamlSyntaxError,
        UnsupportedYaml,
        DuplicateMappingKey,
        MissingField,
        WrongFieldType,
        UnknownField,
        EmptyReportFile,
        FileTooLarge,
        UnreadableFile,
        RuntimeLayoutMismatch,
        UnknownConstantDocs,
        ReportFileNotUtf8,
        InvalidIdentifier,
        InvalidNumber,
        NumberOutOfRange,
        UnknownUnit,
        YearOutOfRange,
        InvalidChoice,
        DuplicateMember,
        FigureInTwoFiles,
        PeriodMissing,
        UnknownHorizon,
        CorrectionWithoutNote,
        BoundOnActual,
        ReservedName,
        KeyDimensionDiffers,
        InvalidRate,
        PlaceYearInTwoFiles,
        NamesDifferOnlyByCase,
        ReportTextMissing,
        QuoteNotInReport,
        ValueNotInQuote,
        SnippetNotInReport,
        UnitNotInQuote,
        WordsNotTheValue,
        NegativeRecordedAsRise,
        QualifierNotInQuote,
        ReportTextNotUtf8,
        DeclineNotPrinted,
        FallRecordedAsRise,
        ReportTextAmbiguous,
        FigureToReview);

    private static DiagnosticDescriptor Error(string id, string title, string message) =>
        new(id, title, message, Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    private static DiagnosticDescriptor Warning(string id, string title, string message) =>
        new(id, title, message, Category, DiagnosticSeverity.Warning, isEnabledByDefault: true);
}
