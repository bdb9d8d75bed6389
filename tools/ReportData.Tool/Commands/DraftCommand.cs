using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text;
using ReportData.Tool.Drafting;
using ReportData.Authoring.Parsing;
using ReportData.Authoring.Text;
using ReportData.Tool.Generator;
using ReportData.Tool.Text;

namespace ReportData.Tool.Commands;

/// <summary>
/// <c>reportdata draft REPORT.txt</c>: writes a <c>*.report.yaml</c> draft beside the text, with every
/// figure the engine could not settle marked <c>review:</c> (an error in the build until a person settles it).
/// </summary>
internal static class DraftCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var report = new Argument<string>("REPORT.txt") { Description = "The report text, one paragraph per line: UTF-8, UTF-16 or GB18030, simplified or traditional characters." };
        var city = new Option<string>("--city") { Description = "The city's English name, a PascalCase identifier (Quzhou): the C# class.", Required = true };
        var cityName = new Option<string?>("--city-name") { Description = "The city's name as printed (衢州); read from the header when absent." };
        var year = new Option<int?>("--year") { Description = "The year the report was delivered; read from the header when absent." };
        var vocabulary = new Option<string?>("--vocabulary") { Description = "A folder of existing *.report.yaml whose label → key vocabulary to use beside the dataset's (default: the text's folder)." };
        var withoutDataset = new Option<bool>("--no-dataset-vocabulary") { Description = "Learn keys only from the --vocabulary folder, not also from the dataset this tool ships with." };
        var to = new Option<string?>("--output", "-o") { Description = "The YAML file to write (default: <city>-<year>.report.yaml beside the text)." };
        var force = new Option<bool>("--force") { Description = "Overwrite the output file if it exists." };
        var command = new Command("draft", "Drafts a report's YAML from its text: metadata, sections, one candidate figure per number with a unit, keys, skipped numbers with reasons.")
        {
            report, city, cityName, year, vocabulary, withoutDataset, to, force,
        };
        command.SetAction(parse => Run(
            CommandInputs.ExistingFile(parse.GetValue(report)),
            new DraftRequest(parse.GetValue(city)!, parse.GetValue(cityName), parse.GetValue(year), parse.GetValue(vocabulary), parse.GetValue(to), parse.GetValue(force), !parse.GetValue(withoutDataset)),
            output,
            error));
        return command;
    }

    public static int Run(string textPath, DraftRequest request, TextWriter output, TextWriter error)
    {
        if (Generator.Naming.WhyNotCity(request.City) is { } whyNot)
        {
            throw new UsageException($"--city '{request.City}' {whyNot}.");
        }

        if (request.CityName is { } cityName && string.IsNullOrWhiteSpace(cityName))
        {
            // An empty name would be written as cityName: "", which the build rejects (RD0004): leave the option out to read it from the header.
            throw new UsageException("--city-name is empty: give the name as printed (衢州), or leave the option out to read it from the text's header.");
        }

        if (request.Year is { } year && (year <= ReportParser.MinYear || year > ReportParser.MaxYear))
        {
            // The report reviews the year before it, and the build accepts years from MinYear to MaxYear only (RD1005).
            throw new UsageException($"--year {year} is out of range: a report's year is from {ReportParser.MinYear + 1} to {ReportParser.MaxYear}.");
        }

        if (IsPipe(textPath))
        {
            // The YAML names its text file (text:), which the build reads beside it: a pipe has no such name.
            throw new UsageException($"{textPath}: is a pipe, not a file: save the text as a .txt file and draft that file, whose name the YAML records.");
        }

        var read = ReportTextFile.Read(textPath, out var cutAtEnd);
        var text = read.Text;
        var folder = Path.GetDirectoryName(Path.GetFullPath(textPath))!;
        var vocabularyFolder = request.Vocabulary ?? folder;
        var vocabulary = Vocabulary.ForDraft(request.Vocabulary is not null ? CommandInputs.ExistingDirectory(vocabularyFolder) : vocabularyFolder, request.WithDataset);
        Draft draft;
        try
        {
            draft = TraditionalDraft.Draft(text, new DraftOptions(request.City, request.CityName, request.Year, Path.GetFileName(textPath)), vocabulary);
        }
        catch (UsageException problem)
        {
            // What the engine finds wrong with a text (none, no year) names the file, as every input error does.
            throw new UsageException($"{textPath}: {problem.Message}");
        }

        var outputPath = request.Output ?? Path.Combine(folder, request.City.ToLowerInvariant() + "-" + draft.Report.Year.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".report.yaml");
        CommandInputs.WritableFile(outputPath);
        if (CommandInputs.SamePath(outputPath, textPath))
        {
            // Even with --force: the draft would replace the text it quotes.
            throw new UsageException($"{outputPath}: is the report text being drafted: give another --output.");
        }

        if (File.Exists(outputPath) && !request.Force)
        {
            throw new UsageException($"{outputPath}: exists; give another --output, or --force to overwrite it.");
        }

        File.WriteAllText(outputPath, DraftWriter.Write(draft, SchemaPath(outputPath)), new UTF8Encoding(false));
        output.WriteLine($"{textPath}: read as {TextEncodings.Name(read.Encoding)}{(TraditionalCharacters.HasTraditional(text) ? ", traditional characters (quotes kept as printed)" : string.Empty)}.");
        output.WriteLine($"{outputPath}: {draft.Figures.Count} figures ({draft.ToReview} to review), {draft.Skipped.Count} skipped passages; vocabulary of {vocabulary.Count} labels{(request.WithDataset ? " (the dataset's and the folder's)" : " (the folder's)")}.");
        if (cutAtEnd)
        {
            error.WriteLine($"reportdata: warning: {textPath}: the file ends inside a character, as a file cut off does: the draft leaves that character out; check that the text is complete.");
        }

        if (HtmlMarkup.IsIn(text))
        {
            error.WriteLine($"reportdata: warning: {textPath}: the text holds HTML markup (<p>, <br>, <div>): its paragraphs, and so its sections, are not seen; save the page as plain text and draft it again.");
        }

        if (!read.BuildReads)
        {
            // The draft is written for review, but the build would reject the text as it is: an error, exit 1.
            error.WriteLine("reportdata: error: " + ReportTextFile.ConvertAdvice(textPath, read.Encoding));
            return Program.Findings;
        }

        output.WriteLine("Next: review every figure marked 'review:', delete the marker, then 'reportdata check " + Path.GetDirectoryName(Path.GetFullPath(outputPath)) + "'.");
        return Program.Ok;
    }

    /// <summary>True for a path whose links end in no file of the file system (<c>&lt;(command)</c>, a redirected standard input: pipe:[…]).</summary>
    private static bool IsPipe(string path) => FileLinks.FinalTarget(path, out var isLink) is { Exists: false } && isLink;

    /// <summary>The schema comment for editors, relative to the output, when a docs/report.schema.json is found above it.</summary>
    private static string? SchemaPath(string outputPath)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(outputPath))!;
        for (var directory = new DirectoryInfo(folder); directory is not null; directory = directory.Parent)
        {
            var schema = Path.Combine(directory.FullName, "docs", "report.schema.json");
            if (File.Exists(schema))
            {
                return Path.GetRelativePath(folder, schema).Replace('\\', '/');
            }
        }

        return null;
    }
}

/// <summary>The draft command's options.</summary>
internal sealed record DraftRequest(string City, string? CityName, int? Year, string? Vocabulary, string? Output, bool Force, bool WithDataset = true);
