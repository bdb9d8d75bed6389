using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using NUnit.Framework;
using ReportData.Authoring.Model;
using ReportData.Tests.Infrastructure;
using ReportData.Testing;
using static ReportData.Tests.Hardening.HardeningHarness;

namespace ReportData.Tests.Hardening;

/// <summary>
/// The names reserved for cities and keys are one list (authoring/Model/ReservedNames.txt) that holds every type and
/// namespace the library and the generated code declare and the root namespaces user code reaches, derived here from
/// the assemblies themselves; a reserved city or key is RD1013 at its field.
/// </summary>
public sealed class ReservedNameTests
{
    /// <summary>The namespaces C# projects import by default (the SDK's implicit usings): their types, hidden by a city class of that name.</summary>
    private static readonly string[] ImportedNamespaces =
    {
        "System", "System.Collections.Generic", "System.IO", "System.Linq", "System.Net.Http", "System.Threading", "System.Threading.Tasks",
    };

    private static readonly Regex YearClass = new("^Y[0-9]+$", RegexOptions.CultureInvariant);

    [Test]
    public void ListHoldsEveryTypeAndNamespaceOfTheLibrary()
    {
        var cities = new HashSet<string>(ReportDataset.Figures.Select(figure => figure.Source.City), StringComparer.Ordinal);
        Type[] types;
        try
        {
            types = typeof(Figure).Assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException exception)
        {
            types = exception.Types.Where(type => type is not null).ToArray()!;
        }

        // The library's own dataset (its cities and year classes) is generated from the seeds: those are data, not API.
        var names = types.Where(type => !IsCompilerGenerated(type.Name) && !cities.Contains(type.Name) && !YearClass.IsMatch(type.Name))
            .SelectMany(type => NamespaceSegments(type.Namespace).Append(WithoutArity(type.Name)));
        AssertReservedForCitiesAndKeys(names, "ReportData.dll");
    }

    [Test]
    public void ListHoldsEveryTypeAndNamespaceTheGeneratedCodeDeclares()
    {
        // A project with the generator alone gets the runtime types, the storage and the polyfills as generated code too.
        var compilation = CSharpCompilation.Create("GeneratorOnly", Array.Empty<SyntaxTree>(), GeneratorHarness.FrameworkReferences, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var driver = GeneratorDriverFactory.Create(GeneratorHarness.SingleFiles(Fixtures.ValidYaml, Fixtures.ReportText), new CSharpParseOptions(LanguageVersion.Latest), new Dictionary<string, string>());
        driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        var generated = output.SyntaxTrees.Where(tree => tree.FilePath.Length > 0).ToList();
        Assert.That(generated, Has.Count.GreaterThan(10), "the runtime types are emitted");

        var names = new List<string>();
        foreach (var root in generated.Select(tree => tree.GetRoot()))
        {
            names.AddRange(root.DescendantNodes().OfType<BaseTypeDeclarationSyntax>().Select(type => type.Identifier.Text));
            names.AddRange(root.DescendantNodes().OfType<DelegateDeclarationSyntax>().Select(type => type.Identifier.Text));
            names.AddRange(root.DescendantNodes().OfType<BaseNamespaceDeclarationSyntax>().SelectMany(ns => NamespaceSegments(ns.Name.ToString())));
        }

        // The fixture's own city and year classes are data; everything else the generator always declares.
        AssertReservedForCitiesAndKeys(names.Where(name => name != "Testville" && !YearClass.IsMatch(name)), "the generated code");
    }

    [Test]
    public void ListHoldsEveryRootNamespaceOfTheFramework()
    {
        var compilation = GeneratorHarness.CreateCompilation(string.Empty);
        var roots = compilation.GlobalNamespace.GetNamespaceMembers().Where(HasPublicType).Select(ns => ns.Name).ToList();
        Assert.That(roots, Does.Contain("System").And.Contain("Microsoft"));
        AssertReservedForCitiesAndKeys(roots.Append("ReportData"), "the framework's root namespaces");
    }

    [Test]
    public void ListHoldsEveryTypeOfTheNamespacesImportedByDefault()
    {
        var compilation = GeneratorHarness.CreateCompilation(string.Empty);
        var names = new List<string>();
        foreach (var name in ImportedNamespaces)
        {
            var ns = name.Split('.').Aggregate(compilation.GlobalNamespace, (parent, segment) => parent.GetNamespaceMembers().Single(child => child.Name == segment));
            names.AddRange(ns.GetTypeMembers().Where(type => type.DeclaredAccessibility == Accessibility.Public).Select(type => type.Name));
        }

        Assert.That(names, Does.Contain("Math").And.Contain("Console").And.Contain("Task"));
        var missing = names.Distinct(StringComparer.Ordinal).Where(name => ReservedNames.WhyReservedCity(name) is null).OrderBy(name => name, StringComparer.Ordinal).ToList();
        Assert.That(missing, Is.Empty, "add these to authoring/Model/ReservedNames.txt, section [imported]");
    }

    [TestCase("ReportFigures")]
    [TestCase("Storage")]
    [TestCase("FigureIndex")]
    [TestCase("Math")]
    [TestCase("System")]
    [TestCase("Microsoft")]
    [TestCase("ReportData")]
    [TestCase("Console")]
    [TestCase("Task")]
    public void ReservedCityIsAnErrorAtTheCityField(string city)
    {
        var yaml = Fixtures.ValidYaml.Replace("city: Testville", "city: " + city);
        var diagnostic = AssertSingle(Diagnose(yaml), "RD1013", Fixtures.At(yaml, "city: " + city, skip: 6));
        Assert.That(diagnostic.GetMessage(), Does.Contain("'" + city + "'"));
    }

    [TestCase("Storage")]
    [TestCase("FigureIndex")]
    [TestCase("ReportFigures")]
    [TestCase("System")]
    [TestCase("ReportDataset")]
    public void ReservedKeyIsAnErrorAtTheKeyField(string key)
    {
        var yaml = Fixtures.ValidYaml.Replace("key: Gdp\n", "key: " + key + "\n");
        AssertSingle(Diagnose(yaml), "RD1013", Fixtures.At(yaml, "key: " + key + "\n", skip: 5));
    }

    [Test]
    public void KeyNamedLikeAnImportedTypeIsAllowed()
    {
        // A key is a member (MathBillion) and a constant of FigureKeys: it hides no type in the user's namespace.
        var yaml = Fixtures.ValidYaml.Replace("key: Gdp\n", "key: Math\n");
        var outcome = Diagnose(yaml);
        Assert.That(outcome.Diagnostics.Select(Describe), Is.Empty);
        Assert.That(outcome.Run.OutputCompilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()), Is.Empty);
    }

    [Test]
    public void UserCodeNamingMathStillCompilesBesideTheGeneratedCities()
    {
        const string Source = "namespace GeneratedData { internal static class UsesMath { public static double Larger => System.Math.Max(Testville.Y2023.GdpBillion, 1) + Math.Abs(-1.0); } }";
        var run = GeneratorHarness.Run(GeneratorHarness.SingleFiles(Fixtures.ValidYaml, Fixtures.ReportText), "using System;\n" + Source);
        Assert.That(run.OutputCompilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()), Is.Empty);
    }

    private static void AssertReservedForCitiesAndKeys(IEnumerable<string> names, string source)
    {
        var missing = names.Distinct(StringComparer.Ordinal)
            .Where(name => ReservedNames.WhyReservedKey(name) is null)
            .OrderBy(name => name, StringComparer.Ordinal)
            .ToList();
        Assert.That(missing, Is.Empty, "names of " + source + " missing in authoring/Model/ReservedNames.txt (sections [library], [generated] or [namespace])");
    }

    private static bool HasPublicType(INamespaceSymbol ns) =>
        ns.GetTypeMembers().Any(type => type.DeclaredAccessibility == Accessibility.Public) || ns.GetNamespaceMembers().Any(HasPublicType);

    private static IEnumerable<string> NamespaceSegments(string? ns) => ns is null ? Enumerable.Empty<string>() : ns.Split('.');

    private static bool IsCompilerGenerated(string name) => name.IndexOfAny(new[] { '<', '>', '=' }) >= 0 || name.StartsWith("__", StringComparison.Ordinal);

    private static string WithoutArity(string name) => name.IndexOf('`') is var tick and >= 0 ? name.Substring(0, tick) : name;
}
