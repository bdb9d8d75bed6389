using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using ReportData.Tool.Generator;

namespace ReportData.Tool.Drafting;

/// <summary>
/// The drafting engine: a report text in, a <see cref="Draft"/> out. Paragraph by paragraph it follows the
/// sections (<see cref="SectionTracker"/>), splits clauses, and turns every number with a unit into a
/// candidate figure and every other number into a skipped passage with its reason. Never throws on text.
/// </summary>
public static class Drafter
{
    /// <summary>What opens the next item of a list after a number: 、, or 和/及/以及 as a conjunction (not 和美乡村, 及时率).</summary>
    private static readonly Regex ItemJoint = new(@"^\s*(?:、|以及|" + Wording.OpeningAnd + "|" + Wording.OpeningJi + ")", RegexOptions.CultureInvariant);

    /// <summary>Words before a year that make it the base a number is compared with (是2010年的2.2倍, 相当于2012年的1.5倍), not the number's.</summary>
    private static readonly string[] ComparedWith = { "是", "相当于", "为" };

    private static bool IsComparedWith(string before)
    {
        var words = before.TrimEnd();
        return Array.Exists(ComparedWith, word => words.EndsWith(word, StringComparison.Ordinal));
    }

    /// <summary>What ends a year that names no figure's date (2012年底已达到…): 年 and its 底, 末 or 初.</summary>
    private static readonly Regex YearTail = new(@"\G年?(?:底|末|初)?", RegexOptions.CultureInvariant);

    /// <summary>What joins a year to the number it dates (2007年的248亿美元, 2012年末的17.63万亿元).</summary>
    private static readonly Regex YearOfNumber = new(@"\G(?:末|底)?的", RegexOptions.CultureInvariant);

    private static readonly Regex BoundAfter = new(@"\G\s*(左右|以上|以内|以下|多|余)", RegexOptions.CultureInvariant);

    public static Draft Draft(string text, DraftOptions options, KeyVocabulary vocabulary)
    {
        for (var i = 0; i < text.Length; i++)
        {
            // Text decoded from UTF-8 never holds a lone surrogate; a string that does cannot become a YAML quote.
            if (char.IsSurrogate(text[i]) && !(char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[++i])))
            {
                throw new UsageException("the text is not valid Unicode (a lone surrogate): read it as UTF-8.");
            }
        }

        text = text.Replace("\r\n", "\n").Replace('\r', '\n');
        if (string.IsNullOrWhiteSpace(text.Replace("\uFEFF", string.Empty)))
        {
            throw new UsageException("no text: the file is empty or holds only blanks.");
        }

        // A hard-wrapped text (a PDF's text layer) is read with its wraps joined; its quotes are taken back from the text as printed.
        var wraps = LineWraps.Read(text);
        text = wraps.Reading;
        var header = ReportHeader.Read(text);
        var year = options.Year ?? header.Year ?? ReportHeader.YearFromHeadings(text) ?? throw new UsageException("the text does not print the report's year (a title such as 2025年政府工作报告): give --year.");
        var sections = new SectionTracker(year);
        var figures = new List<FigureDraft>();
        var skipped = new List<DraftSkip>();
        var keyParagraphs = new List<string>();
        var offset = 0;
        foreach (var paragraph in TableCells.JoinNameAndNumberLines(text).Split('\n'))
        {
            var section = sections.Enter(paragraph);
            if (Environment.GetEnvironmentVariable("DRAFT_SECTIONS") is not null && paragraph.Trim().Length > 0)
            {
                Console.Error.WriteLine($"{section.Kind} {section.Year} {section.Horizon} {(section.Doubt is null ? "" : "?")} | {paragraph.Trim().Substring(0, Math.Min(30, paragraph.Trim().Length))}");
            }

            var before = figures.Count;
            DraftParagraph(paragraph, section, sections, year, offset, figures, skipped);
            AddKeyParagraph(paragraph, section, figures.Skip(before).ToList(), keyParagraphs);
            offset += paragraph.Length + 1;
        }

        for (var i = 0; i < figures.Count; i++)
        {
            if (figures[i].PrintedYear is { } dated && dated < year)
            {
                // 从2007年的248亿美元, 增加到2012年末的17.63万亿元: a level the text dates itself is that year's actual.
                figures[i] = figures[i] with { Section = new Section(SectionKind.Review, dated, null) };
            }
            else if (PastPeriodReading.StartLevelSection(figures[i], year) is { } start)
            {
                figures[i] = figures[i] with { Section = start };
            }
        }

        var settled = Keys.Assign(figures, vocabulary);
        var cityName = options.CityName ?? header.CityName ?? throw new UsageException("the text does not print the city's name: give --city-name.");
        // A bare 政府工作报告 takes the year and the government that delivered it: 国务院 for the national report, the place the
        // congress names (安徽省, 海拉尔区), else the city.
        var government = header.Level == "national" ? "国务院" : header.Place ?? cityName + "市";
        var title = header.Title is { } printed && printed != "政府工作报告" ? printed : $"{year}年{government}政府工作报告";
        var info = new DraftReportInfo(
            options.City,
            cityName,
            title,
            year,
            sections.ReviewedYear ?? (figures.Any(f => f.Section.Kind == SectionKind.Review) ? year - 1 : null),
            // The main targets announced (主要预期目标是) or, where the sentence stands inside a paragraph, targets of the year drafted.
            sections.HasTargets || figures.Any(f => f.Section.Kind == SectionKind.Targets && f.Section.Year == year) ? year : null,
            options.TextFile,
            header.Date,
            header.Session,
            header.Speaker,
            keyParagraphs,
            header.Level is "city" ? null : header.Level);
        return wraps.Joined ? PrintedQuotes.AsPrinted(new Draft(info, settled, SkipList.Merge(skipped)), wraps) : new Draft(info, settled, SkipList.Merge(skipped));
    }

    private static void DraftParagraph(string paragraph, Section section, SectionTracker sections, int reportYear, int offset, List<FigureDraft> figures, List<DraftSkip> skipped)
    {
        string? subject = null;
        var estimate = false;
        var paragraphFirst = figures.Count;
        var allClauses = Clauses.Split(paragraph);
        var topic = allClauses.Count > 1 ? Labels.Topic(allClauses[0].Text) : null;
        // The section carried from sentence to sentence (a look-back, a later year's targets), and the one of the sentence at hand.
        var paragraphSection = section;
        var carried = section;
        string? previousCore = null;
        // The last span of years other than five the sentence has named in its clauses so far (三年行动，…), or null.
        string? sentenceSpan = null;
        var census = false;
        foreach (var clause in allClauses)
        {
            var clauseFirst = figures.Count;
            if (clause.Start > 0 && OpensSentence(paragraph, clause.Start))
            {
                (sentenceSpan, census) = (null, false);
                // A sentence's change with no subject of its own takes one from its own sentence only: 进出口总额年均增长15.9%。贸易顺差
                // 连续两年下降，2010年比上年减少6.4% is the surplus's fall, not the trade's.
                subject = null;
                var turn = sections.Sentence(clause.Text, paragraphSection, carried);
                carried = turn is { SentenceOnly: false } lasting ? lasting.Section : carried;
                section = turn?.Section ?? carried;
            }

            estimate |= clause.Text.Contains("预计");
            // 到2025年，地区生产总值突破500亿元: the targets from here to the paragraph's end are of 2025.
            if (SectionTracker.TargetYear(clause.Text, section, reportYear) is { } later)
            {
                section = carried = later;
            }

            var clauseSection = SectionTracker.PastYearClause(clause.Text, section, reportYear) ?? section;

            // The last words before a number in the clause before, if that clause printed one: what a bare total at this clause's start is of.
            var lastClauseCore = clause.Start > 0 && !OpensSentence(paragraph, clause.Start) ? previousCore : null;
            previousCore = null;
            var quantities = NumberScanner.Scan(clause.Text);
            if (NonFigures.WordsIn(clause.Text, quantities) is { } words)
            {
                skipped.Add(new DraftSkip(clause.Text, $"number in words ({words}) without a unit: not a figure (check)"));
            }

            var previousEnd = 0;
            // Where the last count that names its noun after it (600个公共文化空间) ends, or -1.
            var countEnd = -1;
            int? yearOfNext = null;
            var yearOfNextStart = 0;
            var group = new List<(PrintedQuantity Quantity, Wording Wording, string? BoundAfter, int End, int? Year)>();
            for (var i = 0; i < quantities.Count; i++)
            {
                var quantity = quantities[i];
                if (quantity.Start < previousEnd)
                {
                    continue;
                }

                if (NonFigures.IsYear(clause.Text, quantity))
                {
                    if (i + 1 < quantities.Count && YearOfNumber.Match(clause.Text, quantity.End) is { Success: true } of && quantities[i + 1].Start == quantity.End + of.Length
                        && quantities[i + 1].Unit != "倍" && !IsComparedWith(clause.Text.Substring(0, quantity.Start))
                        && int.TryParse(ReportData.Authoring.Numbers.PrintedDigits.ToAscii(quantity.Value), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var printedYear))
                    {
                        // 从2007年的248亿美元增加到2012年的772亿美元: the year is the next number's, and the words before it its label's.
                        (yearOfNext, yearOfNextStart) = (printedYear, quantity.Start);
                        continue;
                    }

                    // 2012年底已达到12.5%: the year and its 底, 末 or 初 say when, and are no words of the label.
                    previousEnd = quantity.End + YearTail.Match(clause.Text, quantity.End).Length;
                    continue;
                }

                var reason = NonFigures.Reason(clause.Text, quantity, paragraph, clause.Start);
                if (reason is null && quantity.BareMagnitude is not null && BareUnit.Complete(clause.Text, quantity) is null)
                {
                    reason = $"magnitude {quantity.BareMagnitude} printed without its unit: add the figure with a correctedUnit if it is one";
                }

                var threshold = reason is null || quantity.BareMagnitude is not null && reason.StartsWith("magnitude", StringComparison.Ordinal)
                    || reason.StartsWith(NonFigures.RoundNumber, StringComparison.Ordinal);
                if (threshold && Thresholds.IsThreshold(clause.Text, quantities, i))
                {
                    // Neither a figure nor the end of a list: the count after it is the figure, and its label keeps the threshold.
                    skipped.Add(new DraftSkip(clause.Text, $"{Thresholds.Reason} ({clause.Text.Substring(quantity.Start, quantities[i + 1].End - quantity.Start)}): part of its label, not a figure"));
                    continue;
                }

                if (threshold && Thresholds.IsThresholdAfterCount(clause.Text, quantities, i))
                {
                    // 5个百亿元以上重大制造业项目: the count before it is the figure, its label the noun after both.
                    skipped.Add(new DraftSkip(clause.Text, $"threshold of the count before it ({clause.Text.Substring(quantities[i - 1].Start, quantity.End - quantities[i - 1].Start)}): part of its label, not a figure"));
                    continue;
                }

                if (reason is not null)
                {
                    Flush(group, clause, clauseSection, offset, subject, estimate, figures, topic, paragraphFirst);
                    group.Clear();
                    skipped.Add(new DraftSkip(clause.Text, reason));
                    if (!NonFigures.StaysInLabel(reason))
                    {
                        // A number inside a name (PM2.5, 5G), a rate's denominator (每千人口) or an age bound (3岁以下) stays part of the next figure's label.
                        previousEnd = quantity.End;
                    }

                    continue;
                }

                var year = yearOfNext;
                var between = clause.Text.Substring(previousEnd, (year is null ? quantity.Start : yearOfNextStart) - previousEnd);
                yearOfNext = null;
                if (quantity.Signed)
                {
                    // 增长-3.2%: the minus is the number's sign, not a word of its label.
                    between = between.TrimEnd().TrimEnd('-', '－', '−');
                }

                // 建成投用600个公共文化空间、182个口袋体育公园: the noun after a count is that count's, and the next number's words
                // begin after it (the verbs the items share, or 转化 in 实施20项重大科技项目、转化100项科技成果).
                var nounOfPrevious = previousEnd == countEnd ? CountNouns.CountedNoun(clause.Text, between, quantity.End) : 0;
                var counted = between.Substring(0, nounOfPrevious).Trim().TrimStart('的');
                between = between.Substring(nounOfPrevious);
                var wording = Wording.Read(between);
                if (Labels.TotalOf(wording.Core, nounOfPrevious > 0 ? counted : previousCore ?? lastClauseCore) is { } total)
                {
                    // 粮食播种面积1.1亿亩、产量825亿斤; 国内生产总值增长6.6%，总量突破90万亿元: a bare total is of what the words before named.
                    wording = wording with { Core = total };
                }
                else if (nounOfPrevious > 0)
                {
                    wording = wording with { Core = wording.Core.Length == 0 ? previousCore ?? string.Empty : Labels.ShareWithPrevious(previousCore ?? string.Empty, wording.Core) };
                }
                else if (group.Count > 0 && !IsListJoint(between) && ItemJoint.IsMatch(between) && previousCore is not null)
                {
                    // 新增院士工作站3个、博士后工作站3个: the second item shares the first one's verb (or object).
                    wording = wording with { Core = Labels.ShareWithPrevious(previousCore, wording.Core) };
                }

                var after = BoundAfter.Match(clause.Text, quantity.End);
                var end = quantity.End + (after.Success ? after.Length : 0);
                var listed = group.Count > 0 && IsListJoint(between) && nounOfPrevious == 0;
                if (!listed)
                {
                    Flush(group, clause, clauseSection, offset, subject, estimate, figures, topic, paragraphFirst);
                    group.Clear();
                }

                if (!listed && wording.Core.Length >= 2)
                {
                    subject = Labels.CanBeSubject(wording.Core) ? wording.Core : subject;
                    previousCore = wording.Core;
                }

                group.Add((quantity, listed ? group[0].Wording : wording, after.Success ? after.Groups[1].Value : null, end, year));
                previousEnd = end;
                var added = listed ? group[0].Wording : wording;
                countEnd = added.ChangeWord is null && PrintedUnits.DimensionOf(quantity.Unit) is "Count" or "Persons" && (added.Core.Length <= 2 || Labels.IsOnlyVerbs(added.Core)) ? end : -1;
            }

            Flush(group, clause, clauseSection, offset, subject, estimate, figures, topic, paragraphFirst);
            // 实施高职扩招和职业技能提升三年行动，累计扩招413万人: the sentence's own span, not the review's five years. The clause is read
            // once, from figure to figure.
            var scanned = 0;
            census |= PastPeriodReading.NamesACensus(clause.Text);
            for (var f = clauseFirst; f < figures.Count; f++)
            {
                var inClause = Math.Max(scanned, Math.Min(clause.Text.Length, figures[f].Position - offset - clause.Start));
                sentenceSpan = PastPeriodReading.SpanNamedIn(clause.Text.Substring(scanned, inClause - scanned)) ?? sentenceSpan;
                scanned = inClause;
                figures[f] = sentenceSpan is not null || census ? figures[f] with { OtherSpan = sentenceSpan, InCensusSentence = census } : figures[f];
            }

            sentenceSpan = PastPeriodReading.SpanNamedIn(clause.Text.Substring(scanned)) ?? sentenceSpan;
        }
    }

    /// <summary>Whether the clause starting at <paramref name="start"/> opens a sentence: a full stop, ! or ? before it.</summary>
    private static bool OpensSentence(string paragraph, int start)
    {
        var at = start - 1;
        while (at >= 0 && char.IsWhiteSpace(paragraph[at]))
        {
            at--;
        }

        return at < 0 || paragraph[at] is '。' or '！' or '？' or '!' or '?';
    }

    /// <summary>Numbers joined only by 、和与及 form a list (增长8.8%和9.3%).</summary>
    private static bool IsListJoint(string between) => between.Trim().Length <= 1 && (between.Trim() is "" or "、" or "和" or "与" or "及");

    private static void Flush(List<(PrintedQuantity Quantity, Wording Wording, string? BoundAfter, int End, int? Year)> group, Clause clause, Section section, int offset, string? subject, bool estimate, List<FigureDraft> figures, string? topic, int paragraphFirst)
    {
        if (group.Count == 0)
        {
            return;
        }

        var wording = group[0].Wording;
        // Only a change (增长6.8%) borrows the clause's subject, also after words of time alone (国内生产总值增加到121万亿元，五年年均增长
        // 5.2%); a count with nothing before it names its noun after it (56个省重大项目).
        var timeOnly = wording.ChangeWord is not null && subject is not null && Labels.IsOnlyTime(wording.Core);
        var indicator = wording.Core.Length > 0 && !timeOnly ? wording.Core : wording.ChangeWord is not null ? subject ?? string.Empty : string.Empty;
        if (indicator.Length == 0 && subject is not null && PrintedUnits.DimensionOf(group[0].Quantity.Unit) is not "Count" and not "Persons" && CountNouns.Trailing(clause.Text, group[group.Count - 1].End).Length == 0)
        {
            // 城镇化率提高1.2个百分点，达到62.5%: a level with nothing before or after it is of the clause's subject.
            indicator = subject;
        }

        if (topic is not null && Labels.IsGenericMeasure(indicator))
        {
            // 加快综合交通廊道建设，…，完成投资282亿元: the investment is the paragraph topic's.
            indicator = topic + indicator;
        }

        // 城镇居民人均可支配收入17175元，农村居民人均纯收入5153元，实际增长9.8%和8.5%: two changes with no indicator of their own pair
        // with the levels before them as a 分别 list does.
        var levels = wording.Core.Length == 0 && (wording.Respectively || (group.Count > 1 && wording.ChangeWord is not null)) ? Labels.LevelsBefore(figures, paragraphFirst, group.Count) : null;
        if (wording.ChangeWord is null && (indicator.Length <= 2 || Labels.IsOnlyVerbs(indicator)))
        {
            indicator += CountNouns.Trailing(clause.Text, group[group.Count - 1].End);
        }

        var partOfPlace = Labels.PartOfPlace(topic);
        // 分别增长7%和8%左右: a bound printed once after the last number of a list is the whole list's.
        var sharedBound = group.Count > 1 && group[group.Count - 1].BoundAfter is { } last && group.Take(group.Count - 1).All(item => item.BoundAfter is null) ? last : null;
        // 二氧化硫、氮氧化物排放量要分别下降3%: one number after 均, 各 or 分别 is every item's. Printed with neither
        // (化学需氧量、氨氮排放量要下降2%), a change after items listed with 、 is drafted for each too, and marked; so is one after
        // headline series joined by 和 (城镇居民人均可支配收入和农村居民人均纯收入年均实际增长超过7%).
        var bareList = group.Count == 1 && !wording.Each && !wording.Respectively && wording.ChangeWord is not null
            && group[0].Quantity.Unit is "%" or "％" && indicator.IndexOf('等') < 0
            && (indicator.IndexOf('、') > 0 || HeadlineKeys.AreTerms(indicator.Split('和')));
        var items = Lists.Items(indicator, group.Count, bareList ? wording with { Each = true } : wording);
        for (var i = 0; i < group.Count; i++)
        {
            var (quantity, _, boundAfter, end, printedYear) = group[i];
            var labels = levels is not null ? new[] { levels[i].Label }
                : items.Labels.Count == group.Count ? new[] { items.Labels[i] }
                : (wording.Each || wording.Respectively || bareList) && items.Labels.Count > 1 && group.Count == 1 ? items.Labels.ToArray()
                : new[] { indicator };
            foreach (var label in labels)
            {
                var text = string.IsNullOrEmpty(label) ? CountNouns.Trailing(clause.Text, end) : label;
                // 城镇调查失业率、居民消费价格涨幅分别控制在5%和3%以内: a noun of change (涨幅) closes the last item's name; a rate
                // listed before it is a level of its own, not a rise.
                var itemWording = labels.Length + group.Count > 2 && wording.ChangeWord is "涨幅" or "增幅" or "增速" or "降幅" && text.EndsWith("率", StringComparison.Ordinal)
                    ? wording with { ChangeWord = null, IsDecline = false }
                    : wording;
                // 增长6.8% is the indicator's growth; 人均预期寿命提高1岁, 森林蓄积量增加6亿立方米 are changes of a level by an amount, not
                // the level: the label keeps its verb either way.
                var change = itemWording.ChangeWord ?? string.Empty;
                figures.Add(new FigureDraft(
                    quantity,
                    itemWording,
                    boundAfter ?? sharedBound,
                    Labels.Bounded((text + change).Trim()),
                    clause.Text,
                    section,
                    estimate,
                    levels is not null ? "分别 list: the changes of the figures printed before it, in order" : group.Count > 1 || labels.Length > 1 ? items.Note : null,
                    levels is null && items.Labels.Count != group.Count && group.Count > 1 ? "分别 list: the numbers could not be paired with the indicators in order"
                        : bareList && labels.Length > 1 ? "list: one change printed after items listed with 、 and no 分别 or 均, drafted for each item: check"
                        : items.Labels.Count == group.Count ? Lists.SharedSubjectProblem(items.Labels, i) : null,
                    offset + clause.Start + quantity.Start,
                    levels is not null ? levels[i].LookupLabel is { } level ? level + change : null
                        : items.LookupLabels.Count == group.Count ? items.LookupLabels[i] + change : null) { PrintedYear = printedYear, PartOfPlace = partOfPlace });
            }
        }
    }

    private static void AddKeyParagraph(string paragraph, Section section, List<FigureDraft> added, List<string> keyParagraphs)
    {
        // The main targets' paragraph, and a review's summary paragraph that prints the GDP: the paragraph's first figure's quote.
        if ((section.Kind == SectionKind.Targets && (paragraph.Contains("主要预期目标") || paragraph.Contains("主要目标")) && added.Count > 0 && keyParagraphs.Count < 2)
            || (section.Kind == SectionKind.Review && paragraph.Contains("生产总值") && added.Count >= 3 && keyParagraphs.Count == 0))
        {
            keyParagraphs.Add(added[0].Quote);
        }
    }
}
