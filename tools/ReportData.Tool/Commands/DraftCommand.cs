using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text;
using ReportData.Tool.Drafting;
using ReportData.Tool.Generator;

namespace ReportData.Tool.Commands;

/// <summary>
/// <c>reportdata draft REPORT.txt</c>: writes a <c>*.report.yaml</c> draft beside the text, with every
/// figure the engine could not settle marked <c>review:</c> (an error in the build until a person settles it).
/// </summary>
internal static class DraftCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var report = new Argument<string>("REPORT.txt") { Description = "The report text (UTF-8, one paragraph per line)." };
        var city = new Option<string>("--city") { Description = "The city's English name, a PascalCase identifier (Quzhou): the C# class.", Required = true };
        var cityName = new Option<string?>("--city-name") { Description = "The city's name as printed (衢州); read from the header when absent." };
        var year = new Option<int?>("--year") { Description = "The year the report was delivered; read from the header when absent." };
        var vocabulary = new Option<string?>("--vocabulary") { Description = "A folder of existing *.report.yaml whose label → key vocabulary to use (default: the text's folder)." };
        var to = new Option<string?>("--output", "-o") { Description = "The YAML file to write (default: <city>-<year>.report.yaml beside the text)." };
        var force = new Option<bool>("--force") { Description = "Overwrite the output file if it exists." };
        var command = new Command("draft", "Drafts a report's YAML from its text: metadata, sections, one candidate figure per number with a unit, keys, skipped numbers with reasons.")
        {
            report, city, cityName, year, vocabulary, to, force,
        };
        command.SetAction(parse => Run(
            CommandInputs.ExistingFile(parse.GetValue(report)),
            new DraftRequest(parse.GetValue(city)!, parse.GetValue(cityName), parse.GetValue(year), parse.GetValue(vocabulary), parse.GetValue(to), parse.GetValue(force)),
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

        var text = ReadUtf8(textPath);
        var folder = Path.GetDirectoryName(Path.GetFullPath(textPath))!;
        var vocabularyFolder = request.Vocabulary ?? folder;
        var vocabulary = request.Vocabulary is not null ? Vocabulary.FromFolder(CommandInputs.ExistingDirectory(vocabularyFolder)) : Vocabulary.FromFolder(vocabularyFolder);
        var draft = Drafter.Draft(text, new DraftOptions(request.City, request.CityName, request.Year, Path.GetFileName(textPath)), vocabulary);
        var outputPath = request.Output ?? Path.Combine(folder, request.City.ToLowerInvariant() + "-" + draft.Report.Year.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".report.yaml");
        CommandInputs.WritableFile(outputPath);
        if (File.Exists(outputPath) && !request.Force)
        {
            throw new UsageException($"'{outputPath}' exists: give --output or --force.");
        }

        File.WriteAllText(outputPath, DraftWriter.Write(draft, SchemaPath(outputPath)), new UTF8Encoding(false));
        output.WriteLine($"{outputPath}: {draft.Figures.Count} figures ({draft.ToReview} to review), {draft.Skipped.Count} skipped passages; vocabulary of {vocabulary.Count} labels.");
        output.WriteLine("Next: review every figure marked 'review:', delete the marker, then 'reportdata check " + Path.GetDirectoryName(Path.GetFullPath(outputPath)) + "'.");
        return Program.Ok;
    }

    /// <summary>UTF-8 text, or a clear usage error: the tool reads report texts as the compiler does.</summary>
    private static string ReadUtf8(string path)
    {
        var bytes = File.ReadAllBytes(path);
        try
        {
            var text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
            return text.TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            throw new UsageException($"'{path}' is not UTF-8 text (convert it first, e.g. iconv -f GB18030 -t UTF-8).");
        }
    }

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
internal sealed record DraftRequest(string City, string? CityName, int? Year, string? Vocabulary, string? Output, bool Force);
