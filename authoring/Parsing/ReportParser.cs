using System;
using System.Collections.Generic;
using System.IO;
using ReportData.Authoring.Diagnostics;
using ReportData.Authoring.Model;
using ReportData.Authoring.Shared;
using ReportData.Authoring.Text;

namespace ReportData.Authoring.Parsing;

/// <summary>
/// Turns the text of one <c>*.report.yaml</c> file into a <see cref="ReportFile"/>: the validated,
/// normalized model plus located diagnostics. Never throws on bad input; a figure with an error is
/// left out of the model (its diagnostic fails the build), the rest of the file still parses.
/// </summary>
public static class ReportParser
{
    /// <summary>
    /// About fifty times the largest report file (42 KB): bounds the work one file can make a build do,
    /// so a pasted data dump fails at once instead of stalling every compilation and the editor.
    /// </summary>
    public const int MaxFileCharacters = 2 * 1024 * 1024;

    public const int MinYear = 1900;
    public const int MaxYear = 2199;

    private static readonly string[] TopLevelFields = { "report", "figures", "skipped" };

    private static readonly string[] ReportFields =
    {
        "place", "placeName", "level", "authority", "city", "cityName", "title", "year", "reviews", "targetsFor", "text", "date", "session", "speaker", "keyParagraphs",
    };

    private static readonly string[] SkipFields = { "quote", "reason" };

    /// <summary>YAML level words and the runtime <c>PlaceLevel</c> members they become (national, province, city, district, county).</summary>
    private static readonly Dictionary<string, PlaceLevel> Levels = YamlWords.Of<PlaceLevel>();

    private static readonly string[] LevelWords = new List<string>(Levels.Keys).ToArray();

    public static ReportFile Parse(string filePath, string content)
    {
        var diagnostics = new List<DiagnosticInfo>();
        var fileName = Path.GetFileName(filePath);
        if (content.Length > MaxFileCharacters)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.FileTooLarge, LocationInfo.FileStart(filePath), fileName, content.Length, MaxFileCharacters));
            return Broken(filePath, diagnostics);
        }

        // A file saved in GB18030 or UTF-16 without a byte-order mark reaches the build with its characters lost: one
        // error naming the encoding, rather than an unknown unit and a quote not found on every figure.
        if (CompilerText.WhyUnreadableReportFile(content) is { } undecoded)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.ReportFileNotUtf8, LocationInfo.FileStart(filePath), fileName, undecoded));
            return Broken(filePath, diagnostics);
        }

        YamlTreeNode? root;
        try
        {
            root = YamlTreeReader.Read(filePath, content, diagnostics);
        }
        catch (YamlTreeReader.AbandonReadException)
        {
            return Broken(filePath, diagnostics);
        }

        if (root is null || YamlTreeReader.IsEmptyDocument(root))
        {
            if (diagnostics.Count == 0)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.EmptyReportFile, LocationInfo.FileStart(filePath), fileName));
            }

            return Broken(filePath, diagnostics);
        }

        if (root is not YamlMappingNode rootMapping)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.WrongFieldType, root.Location, fileName, "(file)", "a mapping with 'report' and 'figures'", root.Description));
            return Broken(filePath, diagnostics);
        }

        var top = new FieldReader(rootMapping, filePath, "the file", diagnostics);
        top.ReportUnknownFields(TopLevelFields);

        var info = ParseReportInfo(top, filePath, diagnostics, out var keyParagraphs, out var textSite, out var yearSite, out var citySite);
        var figures = new List<FigureSpec>();
        var sites = new List<FigureSites>();
        if (top.Node("figures") is not { } figuresNode)
        {
            top.Report(DiagnosticDescriptors.MissingField, rootMapping.Location, "the file", "figures", "a list of figures");
        }
        else if (figuresNode is not YamlSequenceNode figureList)
        {
            top.Report(DiagnosticDescriptors.WrongFieldType, figuresNode.Location, "figures", "a list of figures", figuresNode.Description);
        }
        else if (info is not null)
        {
            FigureParser.ParseAll(figureList, filePath, info, diagnostics, figures, sites);
        }

        var skipped = ParseSkipped(top, filePath, diagnostics);
        var report = info is null ? null : new ReportSpec(fileName, info, figures.ToEquatableArray());
        return new ReportFile(
            filePath,
            report,
            textSite,
            sites.ToEquatableArray(),
            skipped.ToEquatableArray(),
            keyParagraphs.ToEquatableArray(),
            diagnostics.ToEquatableArray(),
            yearSite)
        {
            CitySite = citySite,
        };
    }

    private static ReportInfoSpec? ParseReportInfo(FieldReader top, string filePath, List<DiagnosticInfo> diagnostics, out List<KeyParagraphSpec> keyParagraphs, out LocationInfo? textSite, out LocationInfo? yearSite, out LocationInfo? citySite)
    {
        keyParagraphs = new List<KeyParagraphSpec>();
        textSite = null;
        yearSite = null;
        citySite = null;
        var node = top.Node("report");
        if (node is null)
        {
            top.Report(DiagnosticDescriptors.MissingField, top.Location, "the file", "report", "a block with place, placeName, level, year and text");
            return null;
        }

        if (node is not YamlMappingNode mapping)
        {
            top.Report(DiagnosticDescriptors.WrongFieldType, node.Location, "report", "a mapping of fields", node.Description);
            return null;
        }

        var fields = new FieldReader(mapping, filePath, "report", diagnostics);
        fields.ReportUnknownFields(ReportFields);
        var placeField = Synonym(fields, "place", "city");
        var placeNameField = Synonym(fields, "placeName", "cityName");
        var city = fields.RequiredString(placeField, "the place's English name, the class of its figures, e.g. Quzhou or China");
        var cityName = fields.RequiredString(placeNameField, "the place's name as printed, e.g. 衢州 or 中国");
        var levelWord = fields.OptionalChoice("level", LevelWords);
        var levelOk = levelWord is not null || fields.Node("level") is null;
        var authority = fields.OptionalString("authority");
        var year = fields.OptionalInteger("year", MinYear, MaxYear);
        if (year is null && fields.Node("year") is null)
        {
            fields.Report(DiagnosticDescriptors.MissingField, mapping.Location, "report", "year", "the year the report was delivered");
        }

        var text = fields.RequiredString("text", "the report text's file name, beside this file");
        textSite = fields.LocationOf("text");
        yearSite = fields.LocationOf("year");
        citySite = fields.LocationOf(placeField);
        var reviews = fields.OptionalInteger("reviews", MinYear, MaxYear);
        var targetsFor = fields.OptionalInteger("targetsFor", MinYear, MaxYear);
        keyParagraphs = ParseKeyParagraphs(fields);

        if (city is not null && (Naming.WhyNotIdentifier(city) is { } why))
        {
            fields.Report(DiagnosticDescriptors.InvalidIdentifier, fields.LocationOf(placeField), placeField, DiagnosticText.Shorten(city), why);
            city = null;
        }
        else if (city is not null && Naming.WhyReservedCity(city) is { } reserved)
        {
            fields.Report(DiagnosticDescriptors.ReservedName, fields.LocationOf(placeField), city, city, reserved);
            city = null;
        }

        if (city is null || cityName is null || year is null || text is null || !levelOk)
        {
            return null;
        }

        return new ReportInfoSpec(
            city,
            cityName,
            fields.OptionalString("title"),
            year.Value,
            reviews,
            targetsFor,
            text,
            fields.OptionalString("date"),
            fields.OptionalString("session"),
            fields.OptionalString("speaker"),
            levelWord is null ? PlaceLevel.City : Levels[levelWord],
            authority);
    }

    /// <summary>
    /// The field a report names its place with: <paramref name="field"/>, or its older synonym <paramref name="synonym"/>
    /// (<c>city</c>, from when every report was a city's). Both at once is an error (RD0003) at the synonym:
    /// "field 'city' as 'place' is given twice".
    /// </summary>
    private static string Synonym(FieldReader fields, string field, string synonym)
    {
        if (fields.Node(synonym) is null)
        {
            return field;
        }

        if (fields.Node(field) is not null)
        {
            fields.Report(
                DiagnosticDescriptors.DuplicateMappingKey,
                fields.LocationOf(synonym),
                synonym + "' as '" + field,
                fields.LocationOf(field).LineSpan.Start.Line + 1);
        }

        return fields.Node(field) is null ? synonym : field;
    }

    private static List<KeyParagraphSpec> ParseKeyParagraphs(FieldReader fields)
    {
        var result = new List<KeyParagraphSpec>();
        if (fields.OptionalList("keyParagraphs", "a list of text snippets") is not { } list)
        {
            return result;
        }

        foreach (var item in list.Items)
        {
            if (item is YamlScalarNode { IsNull: false } scalar && scalar.Value.Trim().Length > 0)
            {
                result.Add(new KeyParagraphSpec(scalar.Value, scalar.Location));
            }
            else
            {
                fields.Report(DiagnosticDescriptors.WrongFieldType, item.Location, "keyParagraphs", "a text snippet", item.Description);
            }
        }

        return result;
    }

    private static List<SkipSpec> ParseSkipped(FieldReader top, string filePath, List<DiagnosticInfo> diagnostics)
    {
        var result = new List<SkipSpec>();
        if (top.OptionalList("skipped", "a list of {quote, reason}") is not { } list)
        {
            return result;
        }

        foreach (var item in list.Items)
        {
            if (item is not YamlMappingNode mapping)
            {
                top.Report(DiagnosticDescriptors.WrongFieldType, item.Location, "skipped", "a mapping with quote and reason", item.Description);
                continue;
            }

            var fields = new FieldReader(mapping, filePath, "a skipped entry", diagnostics);
            fields.ReportUnknownFields(SkipFields);
            var quote = fields.RequiredString("quote", "the verbatim passage holding the numbers that are not figures");
            var reason = fields.RequiredString("reason", "why these numbers are not figures");
            if (quote is not null && reason is not null)
            {
                result.Add(new SkipSpec(quote, reason, fields.LocationOf("quote")));
            }
        }

        return result;
    }

    private static ReportFile Broken(string filePath, List<DiagnosticInfo> diagnostics) => ReportFile.Broken(filePath, diagnostics.ToEquatableArray());
}
