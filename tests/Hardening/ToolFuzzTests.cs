using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using NUnit.Framework;
using ReportData.Tests.Infrastructure;
using ReportData.Tests.Tool;

namespace ReportData.Tests.Hardening;

/// <summary>
/// The fuzz test's promise for the tool: every command (<c>check</c>, <c>coverage</c>, <c>export</c>, <c>draft</c>), run in
/// process on mutated report files and mutated report texts, ends with exit code 0, 1 or 2 and never an exception or a
/// stack trace. Seeded like <see cref="FuzzTests"/>: REPORTDATA_FUZZ_SEED and REPORTDATA_TOOL_FUZZ_INPUTS change the run,
/// and a failure names its seed, input and recipe.
/// </summary>
public class ToolFuzzTests
{
    public const int DefaultInputs = 40;

    /// <summary>Text that has broken number readers and thresholds before, spliced into report texts.</summary>
    private static readonly string[] TroublesomeText =
    {
        "超1000000000000000000000亿元企业达到15家", "一亿亿亿亿元", "亿亿亿亿亿亿亿亿亿亿亿亿", "99999999999999999999999999999999万元以上项目20个",
        "٢٠٢٣年工作回顾", "增长-3.2%", "下降到42微克/立方米", "6%-7%", "1,234,567,890,123,456,789.5亿元", "\u0000\u0001\u0002", "\uFEFF",
        "\uD800", "１２３４．５亿元", "2023年", "第3次", "分别下降2.9%、2.3%和", "\r\n\r\n", "今后五年", "主要预期目标为：", "。",
    };

    [Test]
    public void MutatedInputsNeverCrashTheTool()
    {
        var seed = EnvironmentInt("REPORTDATA_FUZZ_SEED", FuzzTests.DefaultSeed);
        var inputs = EnvironmentInt("REPORTDATA_TOOL_FUZZ_INPUTS", DefaultInputs);
        var seedYaml = Directory.GetFiles(GeneratorHarness.SeedsDirectory, "*.report.yaml").OrderBy(path => path, StringComparer.Ordinal).ToList();
        var seedTexts = Directory.GetFiles(GeneratorHarness.SeedsDirectory, "*.txt").OrderBy(path => path, StringComparer.Ordinal).ToList();
        var failures = new List<string>();
        var codes = new SortedDictionary<string, int>(StringComparer.Ordinal);

        for (var index = 0; index < inputs; index++)
        {
            var random = new Random(unchecked((seed * 1_000_033) + index));
            using var folder = ScratchFolder.WithSeeds();
            var yamlPath = folder.File(Path.GetFileName(seedYaml[random.Next(seedYaml.Count)]));
            var (yaml, yamlRecipe) = Mutator.Mutate(File.ReadAllText(yamlPath), random);
            // Written as an editor would save it: a lone surrogate the mutation made becomes U+FFFD.
            File.WriteAllBytes(yamlPath, Encoding.UTF8.GetBytes(yaml));
            var textPath = folder.File(Path.GetFileName(seedTexts[random.Next(seedTexts.Count)]));
            var (text, textRecipe) = MutateText(File.ReadAllText(textPath), random);
            File.WriteAllBytes(textPath, text);
            var describe = $"seed {seed}, input {index}: {Path.GetFileName(yamlPath)} {yamlRecipe}; {Path.GetFileName(textPath)} {textRecipe}";

            var commands = new[]
            {
                new[] { "check", folder.Path },
                new[] { "coverage", folder.Path },
                new[] { "export", folder.Path, "-f", random.Next(2) == 0 ? "csv" : "json", "-o", folder.File("figures.out") },
                new[] { "draft", textPath, "--city", "Fuzz", "--city-name", "测试", "--year", "2024", "-o", folder.File("draft.report.yaml"), "--force" },
            };
            foreach (var args in commands)
            {
                var name = args[0];
                try
                {
                    var (code, output, error) = CheckCommandTests.Run(args);
                    codes[name + " " + code.ToString(CultureInfo.InvariantCulture)] = codes.TryGetValue(name + " " + code.ToString(CultureInfo.InvariantCulture), out var n) ? n + 1 : 1;
                    if (code is < 0 or > 2)
                    {
                        failures.Add($"{describe}\n{name}: exit {code}");
                    }

                    if ((output + error).Contains("   at ", StringComparison.Ordinal) || error.Contains("Exception", StringComparison.Ordinal))
                    {
                        failures.Add($"{describe}\n{name}: a stack trace or exception in the output:\n{error}");
                    }
                }
                catch (Exception exception)
                {
                    failures.Add($"{describe}\n{name} threw {exception.GetType().Name}: {exception.Message}\n{exception.StackTrace}");
                }
            }
        }

        TestContext.Out.WriteLine("exit codes: " + string.Join(", ", codes.Select(pair => pair.Key + " ×" + pair.Value)));
        Assert.That(failures, Is.Empty, string.Join("\n\n", failures.Take(5)));
        Assert.That(codes.Keys, Has.Some.StartWith("check 1"), "the mutations reach the checks");
    }

    /// <summary>A report text with splices, cuts and bytes that are not text: what a copy of a report can look like.</summary>
    private static (byte[] Bytes, string Recipe) MutateText(string text, Random random)
    {
        var recipe = new List<string>();
        var steps = 1 + random.Next(4);
        for (var step = 0; step < steps; step++)
        {
            var at = text.Length == 0 ? 0 : random.Next(text.Length);
            switch (random.Next(5))
            {
                case 0:
                    var splice = TroublesomeText[random.Next(TroublesomeText.Length)];
                    text = text.Insert(at, splice);
                    recipe.Add("insert " + HardeningHarness.AsCSharpLiteral(splice) + " at " + at);
                    break;
                case 1:
                    var length = Math.Min(text.Length - at, random.Next(2000));
                    text = text.Remove(at, length);
                    recipe.Add("cut " + length + " at " + at);
                    break;
                case 2:
                    text = text.Substring(0, at);
                    recipe.Add("truncate at " + at);
                    break;
                case 3:
                    var line = text.Substring(at, Math.Min(200, text.Length - at));
                    text = text.Insert(at, string.Concat(Enumerable.Repeat(line, 1 + random.Next(20))));
                    recipe.Add("repeat 200 characters at " + at);
                    break;
                default:
                    var bytes = Encoding.UTF8.GetBytes(text);
                    if (bytes.Length > 0)
                    {
                        bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
                    }

                    recipe.Add("flip a byte");
                    return (bytes, string.Join("; ", recipe));
            }
        }

        return (Encoding.UTF8.GetBytes(text), string.Join("; ", recipe));
    }

    private static int EnvironmentInt(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : fallback;
}
