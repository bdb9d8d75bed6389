namespace ReportData.Charts;

/// <summary>A text drawn on a chart, in both languages; the chart draws one of them (see <see cref="ChartLanguage"/>).</summary>
/// <param name="Chinese">The Chinese text: labels as printed in the reports.</param>
/// <param name="English">The English text: city names and indicator keys.</param>
public readonly record struct Caption(string Chinese, string English)
{
    /// <summary>The text in <paramref name="language"/> (<see cref="ChartLanguage.Auto"/> reads as Chinese).</summary>
    public string In(ChartLanguage language) => language == ChartLanguage.English ? English : Chinese;

    /// <summary>Joins two captions language by language.</summary>
    public static Caption operator +(Caption left, Caption right) => new(left.Chinese + right.Chinese, left.English + right.English);

    /// <summary>The same text in both languages (a number, a year).</summary>
    public static Caption Both(string text) => new(text, text);
}
