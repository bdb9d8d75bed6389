using System.Linq;
using NUnit.Framework;
using ReportData.Tool.Generator;
using ReportData.Tool.Drafting;

namespace ReportData.Tests.Tool;

/// <summary>
/// What a draft reads from a report's header and opening sentence: the congress, its place and level of government, who
/// spoke, and the title a bare 政府工作报告 takes. The header lines are written as the corpus's national, provincial and
/// district reports print them (a name after a no-break space, on the next line, before 作 or 在); expected values read by hand.
/// </summary>
public class DraftHeaderTests
{
    private const string Body = "各位代表：\n现在，我代表{0}，向大会报告工作，请予审议。\n一、2024年工作回顾\n过去一年，地区生产总值增长5%。\n";

    private static ReportHeader Header(string lines, string behalfOf) => ReportHeader.Read(lines + "\n" + string.Format(Body, behalfOf));

    [TestCase("——2025年1月20日在安徽省第十四届人民代表大会第三次会议上安徽省人民政府省长\u00a0王清宪作政府工作报告", "省人民政府", "安徽省", "province", "安徽省人民政府省长 王清宪", TestName = "A province, its governor after a no-break space")]
    [TestCase("2025年1月19日在新疆维吾尔自治区第十四届人民代表大会第三次会议上\n自治区主席 艾尔肯·吐尼亚孜", "自治区人民政府", "新疆维吾尔自治区", "province", "自治区主席 艾尔肯·吐尼亚孜", TestName = "An autonomous region, a name with a middle dot")]
    [TestCase("——2025年1月15日在上海市第十六届人民代表大会第三次会议上", "上海市人民政府", "上海市", "province", null, TestName = "A directly governed city is a province")]
    [TestCase("--2015年2月5日在海拉尔区第十四届人民代表大会第四次会议上\n\n海拉尔区人民政府区长　　杜联合", "区人民政府", "海拉尔区", "district", "海拉尔区人民政府区长 杜联合", TestName = "A district")]
    [TestCase("——2025年1月16日省长 李乐成在辽宁省第十四届人民代表大会第三次会议上的讲话", "省人民政府", "辽宁省", "province", "省长 李乐成", TestName = "A governor named before the congress")]
    [TestCase("——2024年1月10日在某县第十八届 人民代表大会第四次会议上", "县人民政府", "某县", "county", null, TestName = "A county, a blank inside the congress's name")]
    [TestCase("——2018年3月31日在金华市第七届人民代表大会第三次会议上\n金华市市长 尹学群", "市人民政府", "金华市", "city", "金华市市长 尹学群", TestName = "A city")]
    public void TheCongressNamesThePlaceAndItsLevel(string lines, string behalfOf, string place, string level, string? speaker)
    {
        var header = Header("政府工作报告\n" + lines, behalfOf);
        Assert.That((header.Place, header.Level, header.Speaker), Is.EqualTo((place, level, speaker)));
        Assert.That(header.Session, Does.Not.Contain(" "));
    }

    [Test]
    public void ACityNamedWithItsProvinceIsTheCity()
    {
        var header = Header("政府工作报告\n——2014年2月26日在浙江省衢州市第六届人民代表大会第五次会议上", "市人民政府");
        Assert.That((header.Place, header.Level, header.CityName), Is.EqualTo(("浙江省衢州市", "city", "衢州")));
    }

    [Test]
    public void TheStateCouncilsReportIsNationalByItsCongressOrItsOpeningSentence()
    {
        var printed = Header("政府工作报告\n——2024年3月5日在第十四届全国人民代表大会第二次会议上\n国务院总理　\n李　强", "国务院");
        Assert.That((printed.Level, printed.Session, printed.Speaker, printed.CityName), Is.EqualTo(("national", "第十四届全国人民代表大会第二次会议", "国务院总理 李强", "中国")));

        var bare = ReportHeader.Read(string.Format(Body, "国务院"));
        Assert.That((bare.Level, bare.Session, bare.Speaker), Is.EqualTo(("national", (string?)null, (string?)null)));
    }

    [TestCase("区人民政府", "district")]
    [TestCase("省人民政府", "province")]
    [TestCase("县人民政府", "county")]
    [TestCase("市人民政府", "city")]
    public void WithNoCongressPrintedTheOpeningSentenceGivesTheLevel(string behalfOf, string level)
    {
        var header = ReportHeader.Read(string.Format(Body, behalfOf));
        Assert.That((header.Level, header.Place), Is.EqualTo((level, (string?)null)));
    }

    [Test]
    public void NothingIsMadeUpWhereNothingIsPrinted()
    {
        var header = ReportHeader.Read("一、2024年工作回顾\n过去一年，地区生产总值增长5%。\n");
        Assert.That((header.Level, header.Place, header.Session, header.Speaker), Is.EqualTo(((string?)null, (string?)null, (string?)null, (string?)null)));
    }

    [TestCase("政府工作报告\n——2024年3月5日在第十四届全国人民代表大会第二次会议上\n", "国务院", "China", "中国", "2025年国务院政府工作报告", "national")]
    [TestCase("政府工作报告\n——2025年1月20日在安徽省第十四届人民代表大会第三次会议上\n", "省人民政府", "Anhui", "安徽", "2025年安徽省政府工作报告", "province")]
    [TestCase("政府工作报告\n——2015年2月5日在海拉尔区第十四届人民代表大会第四次会议上\n", "区人民政府", "Hailar", "海拉尔区", "2025年海拉尔区政府工作报告", "district")]
    public void TheDraftWritesTheLevelAndTitleAndTheBuildAcceptsThem(string header, string behalfOf, string place, string placeName, string title, string level)
    {
        var text = header + string.Format(Body, behalfOf);
        var draft = Drafter.Draft(text, new DraftOptions(place, null, 2025, "r.txt"), KeyVocabulary.Empty);
        Assert.That((draft.Report.Level, draft.Report.Title, draft.Report.CityName), Is.EqualTo((level, title, placeName)));

        var yaml = DraftWriter.Write(draft, null);
        Assert.That(yaml, Does.Contain("\n  level: " + level + "\n"));
        var errors = ReportFolder.Validate("/h/r.report.yaml", yaml, "/h/r.txt", text).Where(d => d.Id != "RD4001").Select(d => d.ToString());
        Assert.That(errors, Is.Empty);
    }

    [Test]
    public void AHeaderInTraditionalCharactersIsReadAndWrittenAsPrinted()
    {
        var text = "2025年安徽省政府工作報告\n2025年1月20日在安徽省第十四屆人民代表大會第三次會議上安徽省人民政府省長\u00a0王清憲作政府工作報告\n"
            + "各位代表：\n現在，我代表省人民政府，向大會報告政府工作，請予審議。\n一、2024年工作回顧\n過去一年，地區生產總值增長5.8%。\n";
        var draft = ReportData.Tool.Text.TraditionalDraft.Draft(text, new DraftOptions("Anhui", null, null, "r.txt"), KeyVocabulary.Empty);

        Assert.That((draft.Report.Level, draft.Report.Session, draft.Report.Speaker), Is.EqualTo(("province", "安徽省第十四屆人民代表大會第三次會議", "安徽省人民政府省長 王清憲")));
    }

    [Test]
    public void ACitysDraftLeavesTheLevelOut()
    {
        var text = "政府工作报告\n——2018年3月31日在金华市第七届人民代表大会第三次会议上\n" + string.Format(Body, "市人民政府");
        var draft = Drafter.Draft(text, new DraftOptions("Jinhua", null, 2018, "r.txt"), KeyVocabulary.Empty);
        Assert.That((draft.Report.Level, draft.Report.Title, draft.Report.CityName), Is.EqualTo(((string?)null, "2018年金华市政府工作报告", "金华")));
        Assert.That(DraftWriter.Write(draft, null), Does.Not.Contain("level:"));
    }
}
