using Microsoft.CodeAnalysis;

namespace ReportData.Analyzers;

/// <summary>
/// Finds the constant a figure id names: <c>ReportDataset.Find("Quzhou.Y2023.GdpBillion")</c> is the figure of
/// the constant <c>Quzhou.Y2023.GdpBillion</c> in the namespace of that <c>ReportDataset</c>; a range's id names its
/// two constants <c>…Low</c> and <c>…High</c>, of one unit.
/// </summary>
internal static class FigureIds
{
    /// <summary><c>ReportDataset.Find(string)</c> or <c>Get(string)</c>, static, returning <c>ReportData.Figure</c>.</summary>
    public static bool IsDatasetLookup(IMethodSymbol method) =>
        method is { IsStatic: true, Name: "Find" or "Get", ContainingType.Name: "ReportDataset" }
        && method.ReturnType is { Name: "Figure", ContainingNamespace: { Name: "ReportData", ContainingNamespace.IsGlobalNamespace: true } };

    public static IFieldSymbol? Constant(INamespaceSymbol datasetNamespace, string id)
    {
        var parts = id.Split('.');
        if (parts.Length < 2)
        {
            return null;
        }

        INamespaceOrTypeSymbol container = datasetNamespace;
        for (var i = 0; i < parts.Length - 1; i++)
        {
            var types = container.GetTypeMembers(parts[i]);
            if (types.Length != 1)
            {
                return null;
            }

            container = types[0];
        }

        var member = parts[parts.Length - 1];
        foreach (var name in new[] { member, member + "Low" })
        {
            foreach (var candidate in container.GetMembers(name))
            {
                if (candidate is IFieldSymbol { IsConst: true } field)
                {
                    return field;
                }
            }
        }

        return null;
    }

}
