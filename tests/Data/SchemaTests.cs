using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;
using NJsonSchema;
using NUnit.Framework;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ReportData.Tests.Data;

/// <summary>
/// Every report file validates against docs/report.schema.json, the schema editors use through the
/// <c># yaml-language-server: $schema=...</c> line, with a real JSON Schema validator (NJsonSchema).
/// </summary>
public class SchemaTests
{
    private const string SchemaComment = "# yaml-language-server: $schema=../docs/report.schema.json";

    private static readonly JsonSchema Schema =
        JsonSchema.FromJsonAsync(File.ReadAllText(Path.Combine(SeedFiles.Repository.Docs, "report.schema.json"))).GetAwaiter().GetResult();

    [TestCaseSource(typeof(SeedFiles), nameof(SeedFiles.ReportFileNames))]
    public void ReportFileValidatesAgainstTheSchema(string yamlFile)
    {
        var errors = Validate(File.ReadAllText(Path.Combine(SeedFiles.Repository.Seeds, yamlFile)));
        Assert.That(errors, Is.Empty);
    }

    [TestCaseSource(typeof(SeedFiles), nameof(SeedFiles.ReportFileNames))]
    public void ReportFileNamesTheSchemaOnItsFirstLine(string yamlFile)
    {
        var firstLine = File.ReadLines(Path.Combine(SeedFiles.Repository.Seeds, yamlFile)).First();
        Assert.That(firstLine, Is.EqualTo(SchemaComment));
    }

    [Test]
    public void TheMinimalFixtureIsValid() =>
        Assert.That(Validate(Infrastructure.Fixtures.ValidYaml), Is.Empty);

    // Each case breaks the valid fixture in one way the schema must catch.
    [TestCase("    year: 2023\n", "    year: 2023\n    horizon: 今后五年\n", TestName = "BothYearAndHorizonAreRejected")]
    [TestCase("    year: 2023\n", "", TestName = "NeitherYearNorHorizonIsRejected")]
    [TestCase("  - key: Gdp\n", "  - key: gdp\n", TestName = "LowerCaseKeyIsRejected")]
    [TestCase("    value: 2125.2\n", "    value: 2125.2亿\n", TestName = "ValueWithAUnitIsRejected")]
    [TestCase("    value: 2125.2\n", "    value: 1-2\n    colour: red\n", TestName = "UnknownFieldIsRejected")]
    [TestCase("    kind: target\n", "    kind: goal\n", TestName = "UnknownKindIsRejected")]
    [TestCase("    bound: about\n", "    bound: roughly\n", TestName = "UnknownBoundIsRejected")]
    [TestCase("  year: 2024\n", "  year: \"2024\"\n", TestName = "QuotedYearIsRejected")]
    [TestCase("    unit: 亿元\n", "    unit: 亿元\n    correctedUnit: 万元\n", TestName = "CorrectedUnitWithoutNoteIsRejected")]
    [TestCase("    year: 2023\n    label: 全市生产总值\n", "    year: 2023\n    bound: atMost\n    label: 全市生产总值\n", TestName = "TargetOnlyBoundOnAnActualIsRejected")]
    [TestCase("  year: 2024\n", "  year: 2024\n  level: country\n", TestName = "UnknownLevelIsRejected")]
    [TestCase("  city: Testville\n", "  city: Testville\n  place: Testville\n", TestName = "PlaceAndItsSynonymTogetherAreRejected")]
    [TestCase("    value: 2125.2\n", "    value: 2125.2\n    words: 2125.2\n", TestName = "WordsInDigitsAreRejected")]
    [TestCase("    value: 2125.2\n", "    value: 2,12,5.2\n", TestName = "SeparatorThatDoesNotGroupIsRejected")]
    [TestCase("    value: 2125.2\n", "    value: 2125,2\n", TestName = "DecimalCommaIsRejected")]
    public void BrokenFileIsRejected(string valid, string broken)
    {
        var yaml = ReplaceFirst(Infrastructure.Fixtures.ValidYaml, valid, broken);
        Assert.That(yaml, Is.Not.EqualTo(Infrastructure.Fixtures.ValidYaml), "the case must change the fixture");
        Assert.That(Validate(yaml), Is.Not.Empty);
    }

    [Test]
    public void NationalReportWithPlaceNameAndLevelIsValid()
    {
        var yaml = ReplaceFirst(Infrastructure.Fixtures.ValidYaml, "  city: Testville\n  cityName: 测试市\n", "  place: China\n  placeName: 中国\n  level: national\n  authority: 国务院\n");
        Assert.That(Validate(yaml), Is.Empty);
    }

    [TestCase("exceeds")]
    [TestCase("about")]
    [TestCase("below")]
    [TestCase("atLeast")]
    public void QualifiedActualIsValid(string bound)
    {
        var yaml = ReplaceFirst(Infrastructure.Fixtures.ValidYaml, "    year: 2023\n    label: 全市生产总值\n", "    year: 2023\n    bound: " + bound + "\n    label: 全市生产总值\n");
        Assert.That(Validate(yaml), Is.Empty);
    }

    [Test]
    public void NumbersInWordsAreValid()
    {
        var yaml = ReplaceFirst(Infrastructure.Fixtures.ValidYaml, "    value: 2125.2\n", "    value: 1000\n    words: 千\n");
        Assert.That(Validate(yaml), Is.Empty);
    }

    [TestCase("1-2")]
    [TestCase("1,234.5")]
    [TestCase("12,345")]
    [TestCase("６.５")]
    [TestCase("１２３４．５")]
    [TestCase("1,000-2,000")]
    [TestCase("６－７")]
    public void RangesAndPrintedNumbersAreValidValues(string value)
    {
        var yaml = ReplaceFirst(Infrastructure.Fixtures.ValidYaml, "    value: 2125.2\n", "    value: " + value + "\n");
        Assert.That(Validate(yaml), Is.Empty);
    }

    /// <summary>The schema's errors for a YAML text (also used by the reportdata tool's draft tests).</summary>
    internal static List<string> Validate(string yaml) =>
        Schema.Validate(ToJson(yaml)).Select(error => error.ToString()).ToList();

    private static string ReplaceFirst(string text, string find, string replacement)
    {
        var at = text.IndexOf(find, System.StringComparison.Ordinal);
        return at < 0 ? text : text.Substring(0, at) + replacement + text.Substring(at + find.Length);
    }

    /// <summary>YAML to JSON as YAML 1.2's core schema reads plain scalars: 2125.2 is a number, "2024" a string.</summary>
    private static JToken ToJson(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return Convert(stream.Documents[0].RootNode);
    }

    private static JToken Convert(YamlNode node) => node switch
    {
        YamlMappingNode mapping => new JObject(mapping.Children.Select(pair => new JProperty(((YamlScalarNode)pair.Key).Value!, Convert(pair.Value)))),
        YamlSequenceNode sequence => new JArray(sequence.Children.Select(Convert)),
        YamlScalarNode scalar => Scalar(scalar),
        _ => throw new System.NotSupportedException(node.NodeType.ToString()),
    };

    private static JToken Scalar(YamlScalarNode scalar)
    {
        var text = scalar.Value ?? string.Empty;
        if (scalar.Style != ScalarStyle.Plain)
        {
            return new JValue(text);
        }

        if (text is "" or "~" or "null")
        {
            return JValue.CreateNull();
        }

        if (text is "true" or "false")
        {
            return new JValue(text == "true");
        }

        // YAML's core schema reads ASCII digits only: ６.５ is a string (and .NET's \d would match it).
        if (Regex.IsMatch(text, "^-?[0-9]+$"))
        {
            return new JValue(long.Parse(text, CultureInfo.InvariantCulture));
        }

        if (Regex.IsMatch(text, "^-?[0-9]+\\.[0-9]+$"))
        {
            return new JValue(decimal.Parse(text, CultureInfo.InvariantCulture));
        }

        return new JValue(text);
    }
}
