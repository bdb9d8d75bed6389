namespace ReportData.Tool.Drafting;

/// <summary>A candidate figure before its key is chosen: the number, the words around it, where it stands.</summary>
/// <param name="ListNote">How a 分别/均 list was paired, for the figure's note.</param>
/// <param name="ListProblem">Why the pairing is uncertain, or null.</param>
/// <param name="LookupLabel">The label to look the key up by, where it differs from the printed one (城乡…（城镇） → 城镇…).</param>
internal sealed record FigureDraft(
    PrintedQuantity Quantity,
    Wording Wording,
    string? BoundAfter,
    string Label,
    string Quote,
    Section Section,
    bool Estimate,
    string? ListNote,
    string? ListProblem,
    int Position,
    string? LookupLabel)
{
    /// <summary>The year the text prints with the number (从2007年的248亿美元: 2007), or null.</summary>
    public int? PrintedYear { get; init; }

    /// <summary>The span of years its sentence names before it when that is not a review's five years (三年行动，累计扩招413万人; 十年来), or null.</summary>
    public string? OtherSpan { get; init; }

    /// <summary>
    /// Whether its sentence reports a census (经过全国第五次经济普查，…全省共增加2702亿元，2023年达到13.09万亿元): the figures revise an
    /// earlier year's, whichever year the section reviews.
    /// </summary>
    public bool InCensusSentence { get; init; }

    /// <summary>The part of the place its paragraph is about (全面加快东山组团建设。…实施重点项目32个: 东山组团), or null.</summary>
    public string? PartOfPlace { get; init; }
}
