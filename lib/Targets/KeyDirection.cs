namespace ReportData;

/// <summary>Which way an indicator is good in, as the reports judge their own results (see <see cref="KeyDirections"/>).</summary>
public enum KeyDirection
{
    /// <summary>Neither side is better (a fiscal plan figure such as the deficit ratio), or the key's direction is not known.</summary>
    None = 0,

    /// <summary>More is better: growth, jobs, income, output. A 左右 target is also met above its band.</summary>
    HigherIsBetter = 1,

    /// <summary>Less is better: prices, unemployment, energy use per unit of GDP. A 左右 target is also met below its band.</summary>
    LowerIsBetter = 2,
}
