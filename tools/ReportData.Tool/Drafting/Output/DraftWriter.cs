using System.Globalization;
using System.IO;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace ReportData.Tool.Drafting;

/// <summary>
/// Writes a <see cref="Draft"/> as report YAML through YamlDotNet's emitter, so that every scalar is
/// quoted as YAML requires (quotes, colons, '#', leading dashes, line breaks): text fields double-quoted
/// as in seeds/, numbers and keys plain where plain reads back the same.
/// </summary>
public static class DraftWriter
{
    public static string Write(Draft draft, string? schemaPath)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        if (schemaPath is not null)
        {
            text.WriteLine("# yaml-language-server: $schema=" + schemaPath);
        }

        text.WriteLine("# Drafted by `reportdata draft`. Every figure with a `review:` field is an error (RD4001) until a person");
        text.WriteLine("# settles it: check key, label, kind, bound and note against the text, then delete its `review:` line.");
        var emitter = new Emitter(text, new EmitterSettings().WithIndentedSequences());
        emitter.Emit(new StreamStart());
        emitter.Emit(new DocumentStart());
        emitter.Emit(new MappingStart(AnchorName.Empty, TagName.Empty, true, MappingStyle.Block));
        WriteReport(emitter, draft.Report);
        Plain(emitter, "figures");
        emitter.Emit(new SequenceStart(AnchorName.Empty, TagName.Empty, true, SequenceStyle.Block));
        foreach (var figure in draft.Figures)
        {
            WriteFigure(emitter, figure);
        }

        emitter.Emit(new SequenceEnd());
        if (draft.Skipped.Count > 0)
        {
            Plain(emitter, "skipped");
            emitter.Emit(new SequenceStart(AnchorName.Empty, TagName.Empty, true, SequenceStyle.Block));
            foreach (var skip in draft.Skipped)
            {
                emitter.Emit(new MappingStart(AnchorName.Empty, TagName.Empty, true, MappingStyle.Block));
                Field(emitter, "quote", skip.Quote);
                Field(emitter, "reason", skip.Reason);
                emitter.Emit(new MappingEnd());
            }

            emitter.Emit(new SequenceEnd());
        }

        emitter.Emit(new MappingEnd());
        emitter.Emit(new DocumentEnd(true));
        emitter.Emit(new StreamEnd());
        return text.ToString();
    }

    private static void WriteReport(IEmitter emitter, DraftReportInfo info)
    {
        Plain(emitter, "report");
        emitter.Emit(new MappingStart(AnchorName.Empty, TagName.Empty, true, MappingStyle.Block));
        PlainField(emitter, "city", info.City);
        Field(emitter, "cityName", info.CityName);
        if (info.Level is not null)
        {
            // What the header names; a city's report leaves it out, as the build reads a missing level as city.
            PlainField(emitter, "level", info.Level);
        }

        OptionalField(emitter, "title", info.Title);
        PlainField(emitter, "year", Int(info.Year));
        if (info.Reviews is { } reviews)
        {
            PlainField(emitter, "reviews", Int(reviews));
        }

        if (info.TargetsFor is { } targets)
        {
            PlainField(emitter, "targetsFor", Int(targets));
        }

        Field(emitter, "text", info.TextFile);
        if (info.Date is not null)
        {
            PlainField(emitter, "date", info.Date);
        }

        OptionalField(emitter, "session", info.Session);
        OptionalField(emitter, "speaker", info.Speaker);
        if (info.KeyParagraphs.Count > 0)
        {
            Plain(emitter, "keyParagraphs");
            emitter.Emit(new SequenceStart(AnchorName.Empty, TagName.Empty, true, SequenceStyle.Block));
            foreach (var snippet in info.KeyParagraphs)
            {
                Quoted(emitter, snippet);
            }

            emitter.Emit(new SequenceEnd());
        }

        emitter.Emit(new MappingEnd());
    }

    private static void WriteFigure(IEmitter emitter, DraftFigure figure)
    {
        emitter.Emit(new MappingStart(AnchorName.Empty, TagName.Empty, true, MappingStyle.Block));
        PlainField(emitter, "key", figure.Key);
        if (figure.Year is { } year)
        {
            PlainField(emitter, "year", Int(year));
        }
        else
        {
            Field(emitter, "horizon", figure.Horizon ?? string.Empty);
        }

        if (figure.IsTarget)
        {
            PlainField(emitter, "kind", "target");
        }

        if (figure.Bound is not null)
        {
            // A target's bound, or what an actual printed (超过, 近, 约, 以上); the schema's spelling of the enum: AtLeast → atLeast.
            var bound = figure.Bound.Value.ToString();
            PlainField(emitter, "bound", char.ToLowerInvariant(bound[0]) + bound.Substring(1));
        }

        Field(emitter, "label", figure.Label);
        PlainField(emitter, "value", figure.Value);
        OptionalField(emitter, "words", figure.Words);
        Field(emitter, "unit", figure.Unit);
        OptionalField(emitter, "correctedUnit", figure.CorrectedUnit);
        OptionalField(emitter, "per", figure.Per);
        Field(emitter, "quote", figure.Quote);
        if (figure.IsEstimate)
        {
            PlainField(emitter, "estimate", "true");
        }

        if (figure.IsDecline)
        {
            PlainField(emitter, "decline", "true");
        }

        OptionalField(emitter, "note", figure.Note);
        OptionalField(emitter, "review", figure.Review);
        emitter.Emit(new MappingEnd());
    }

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static void Plain(IEmitter emitter, string value) =>
        emitter.Emit(new Scalar(AnchorName.Empty, TagName.Empty, value, ScalarStyle.Plain, true, false));

    private static void Quoted(IEmitter emitter, string value) =>
        emitter.Emit(new Scalar(AnchorName.Empty, TagName.Empty, value, ScalarStyle.DoubleQuoted, false, true));

    private static void PlainField(IEmitter emitter, string name, string value)
    {
        Plain(emitter, name);
        Plain(emitter, value);
    }

    private static void Field(IEmitter emitter, string name, string value)
    {
        Plain(emitter, name);
        Quoted(emitter, value);
    }

    private static void OptionalField(IEmitter emitter, string name, string? value)
    {
        if (value is not null)
        {
            Field(emitter, name, value);
        }
    }
}
