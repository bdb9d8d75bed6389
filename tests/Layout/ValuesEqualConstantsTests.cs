using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NUnit.Framework;
using ReportData.Testing;
using ReportData.Tests.Infrastructure;

namespace ReportData.Tests.Layout;

/// <summary>
/// A figure record's value is its constant's, bit for bit: the generator writes both as the same literal,
/// read by the compiler alone. Checked over every figure of the shipped dataset and of a synthetic
/// dataset of 100,000 figures, by reflection on the compiled constants.
/// </summary>
public class ValuesEqualConstantsTests
{
    [Test]
    public void EveryRecordOfTheDatasetHoldsItsConstantsBits()
    {
        var mismatches = Mismatches(ReportDataset.Figures, typeof(Figure).Assembly, "ReportData");
        Assert.That(ReportDataset.Figures, Has.Count.GreaterThan(500));
        Assert.That(mismatches, Is.Empty);
    }

    [Test]
    public void EveryRecordOfA100000FigureDatasetHoldsItsConstantsBits()
    {
        const int Figures = 100_000;
        var directory = Path.Combine(Path.GetTempPath(), "reportdata-tests-synthetic-" + Guid.NewGuid().ToString("N"));
        try
        {
            SyntheticDataset.Write(directory, Figures);
            var files = Directory.GetFiles(directory)
                .Where(path => path.EndsWith(".report.yaml", StringComparison.Ordinal) || path.EndsWith(".txt", StringComparison.Ordinal))
                .OrderBy(path => path, StringComparer.Ordinal)
                .Select(path => (AdditionalText)new InMemoryAdditionalText(path, File.ReadAllText(path)))
                .ToList();

            // Without parsing doc comments: 100,000 documented constants would make the compile the test.
            var parseOptions = new CSharpParseOptions(LanguageVersion.Latest, DocumentationMode.None);
            var compilation = GeneratorHarness.CreateCompilation(string.Empty);
            compilation = compilation.ReplaceSyntaxTree(compilation.SyntaxTrees.First(), CSharpSyntaxTree.ParseText(string.Empty, parseOptions));
            GeneratorDriverFactory.Create(files, parseOptions)
                .RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
            Assert.That(diagnostics, Is.Empty);

            List<string>? mismatches = null;
            var count = 0;
            GeneratorHarness.WithLoadedDataset(output, dataset =>
            {
                var figures = (IReadOnlyList<Figure>)dataset.GetProperty("Figures")!.GetValue(null)!;
                count = figures.Count;
                mismatches = Mismatches(figures, dataset.Assembly, GeneratorHarness.TestNamespace);
            });

            Assert.That(count, Is.EqualTo(Figures));
            Assert.That(mismatches, Is.Empty);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    /// <summary>The figures whose value or high end differs in any bit from its constant (<c>Member</c>, or <c>MemberLow</c> and <c>MemberHigh</c>).</summary>
    private static List<string> Mismatches(IEnumerable<Figure> figures, Assembly assembly, string @namespace)
    {
        var mismatches = new List<string>();
        foreach (var figure in figures)
        {
            var path = figure.Id.Split('.');
            var type = assembly.GetType(@namespace + "." + string.Join("+", path.Take(path.Length - 1)), throwOnError: true)!;
            var member = path[^1];
            var expected = figure.IsRange
                ? new[] { (Value: figure.Value, Constant: member + "Low"), (Value: figure.ValueHigh!.Value, Constant: member + "High") }
                : new[] { (Value: figure.Value, Constant: member) };
            foreach (var (value, constant) in expected)
            {
                var field = type.GetField(constant, BindingFlags.Public | BindingFlags.Static);
                if (field is null || BitConverter.DoubleToInt64Bits((double)field.GetRawConstantValue()!) != BitConverter.DoubleToInt64Bits(value))
                {
                    mismatches.Add(figure.Id + ": record " + value.ToString("R", System.Globalization.CultureInfo.InvariantCulture) + ", constant " + (field?.GetRawConstantValue() ?? "missing"));
                }
            }
        }

        return mismatches;
    }
}
