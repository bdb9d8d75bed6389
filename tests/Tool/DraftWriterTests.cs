using System.IO;
using System.Linq;
using NUnit.Framework;
using ReportData.Tool.Drafting;
using YamlDotNet.RepresentationModel;

namespace ReportData.Tests.Tool;

/// <summary>The draft's YAML reads back to exactly the strings written, whatever characters they hold.</summary>
public class DraftWriterTests
{
    private static readonly string[] Tricky =
    {
        "a: b", "# not a comment", "- not a list", "\"quoted\"", "'single'", "line\nbreak", "tab\there", "back\\slash",
        "  leading spaces", "trailing ", "null", "true", "2125.2", "@at", "`tick`", "{brace}", "[bracket]", "*star", "&amp", "!bang",
        "%percent", "|pipe", ">fold", "?question", "全市生产总值：2125.2亿元", "\u0001control", "\u2028separator", "😀 emoji", "",
    };

    [Test]
    public void AQualifiedActualIsWrittenWithItsBoundAndNoKind()
    {
        var actual = new DraftFigure("Gdp", 2023, null, FigureKind.Actual, TargetBound.Exceeds, "国内生产总值", "126", "万亿元", null, "国内生产总值超过126万亿元", false, false, null, null, 0);
        var draft = new Draft(new DraftReportInfo("China", "中国", "政府工作报告", 2024, 2023, 2024, "t.txt", null, null, null, new string[0]), new[] { actual }, new DraftSkip[0]);
        var stream = new YamlStream();
        stream.Load(new StringReader(DraftWriter.Write(draft, null)));
        var written = (YamlMappingNode)((YamlSequenceNode)stream.Documents.Single().RootNode["figures"]).Children.Single();
        Assert.That(((YamlScalarNode)written["bound"]).Value, Is.EqualTo("exceeds"));
        Assert.That(written.Children.ContainsKey(new YamlScalarNode("kind")), Is.False, "an actual is the default kind");
    }

    [Test]
    public void EveryTextFieldRoundTrips()
    {
        var figures = Tricky.Select((text, i) => new DraftFigure("Key" + i, 2023, null, i % 2 == 0 ? FigureKind.Target : FigureKind.Actual, i % 2 == 0 ? TargetBound.About : null, text, "1", text, text.Length > 0 ? text : null, text, i % 3 == 0, i % 5 == 0, text, text.Length > 0 ? text : null, i)).ToList();
        var draft = new Draft(new DraftReportInfo("Sample", "示例: \"市\"", "# title", 2024, 2023, 2024, "a b.txt", "2024-01-31", "- session", "speaker: x", Tricky.Where(t => t.Length > 0).ToList()), figures, Tricky.Select(t => new DraftSkip(t, t)).ToList());

        var stream = new YamlStream();
        stream.Load(new StringReader(DraftWriter.Write(draft, "../docs/report.schema.json")));
        var root = (YamlMappingNode)stream.Documents.Single().RootNode;
        var report = (YamlMappingNode)root["report"];
        Assert.That(((YamlScalarNode)report["cityName"]).Value, Is.EqualTo("示例: \"市\""));
        Assert.That(((YamlScalarNode)report["session"]).Value, Is.EqualTo("- session"));
        var written = ((YamlSequenceNode)root["figures"]).Children.Cast<YamlMappingNode>().ToList();
        for (var i = 0; i < Tricky.Length; i++)
        {
            Assert.That(((YamlScalarNode)written[i]["label"]).Value, Is.EqualTo(Tricky[i]), "label " + i);
            Assert.That(((YamlScalarNode)written[i]["quote"]).Value, Is.EqualTo(Tricky[i]), "quote " + i);
            Assert.That(((YamlScalarNode)written[i]["note"]).Value, Is.EqualTo(Tricky[i]), "note " + i);
        }

        var skipped = ((YamlSequenceNode)root["skipped"]).Children.Cast<YamlMappingNode>().Select(m => ((YamlScalarNode)m["reason"]).Value).ToList();
        Assert.That(skipped, Is.EqualTo(Tricky));
    }
}
