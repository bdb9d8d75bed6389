using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace ReportData.Analyzers;

/// <summary>
/// Finds the constant a figure lookup names, when its id is a compile-time constant:
/// <c>ReportDataset.Find("Quzhou.Y2023.GdpBillion")</c> (or <c>Get</c>) is the figure of the constant
/// <c>Quzhou.Y2023.GdpBillion</c> in the namespace of that <c>ReportDataset</c>, and
/// <c>FigureIndex.Dataset.Find(...)</c> (or <c>Get</c>) the one in the namespace of that <c>FigureIndex</c> (the library's
/// own dataset). A range's id names its two constants <c>…Low</c> and <c>…High</c>, of one unit. An index built by the
/// user (<c>new FigureIndex(figures)</c>) may hold anything: not followed.
/// </summary>
internal static class FigureIds
{
    private const string Namespace = "ReportData";

    /// <summary>The constant <paramref name="invocation"/> looks up, or null when it is no lookup the analyzer follows or its id is not constant.</summary>
    public static IFieldSymbol? Constant(IInvocationOperation invocation)
    {
        if (invocation.Arguments.Length != 1
            || invocation.Arguments[0].Value.ConstantValue is not { HasValue: true, Value: string id }
            || DatasetNamespace(invocation) is not { } datasetNamespace)
        {
            return null;
        }

        return Constant(datasetNamespace, id);
    }

    /// <summary><c>Figure.Value</c> or <c>Figure.ValueHigh</c>.</summary>
    public static bool IsFigureValue(IPropertySymbol property) =>
        property.Name is "Value" or "ValueHigh" && IsReportDataType(property.ContainingType, "Figure");

    private static INamespaceSymbol? DatasetNamespace(IInvocationOperation invocation)
    {
        var method = invocation.TargetMethod;
        if (method.Name is not ("Find" or "Get") || !IsReportDataType(method.ReturnType, "Figure"))
        {
            return null;
        }

        // ReportDataset.Find(id): static, on the generated class of a dataset.
        if (method is { IsStatic: true, ContainingType.Name: "ReportDataset" })
        {
            return method.ContainingType.ContainingNamespace;
        }

        // FigureIndex.Dataset.Find(id): the index of the dataset the library ships.
        if (method is { IsStatic: false } && IsReportDataType(method.ContainingType, "FigureIndex")
            && UnitInference.Strip(invocation.Instance!) is IPropertyReferenceOperation { Property: { IsStatic: true, Name: "Dataset" } property }
            && IsReportDataType(property.ContainingType, "FigureIndex"))
        {
            return property.ContainingType.ContainingNamespace;
        }

        return null;
    }

    private static bool IsReportDataType(ITypeSymbol? type, string name) =>
        type is { ContainingNamespace: { Name: Namespace, ContainingNamespace.IsGlobalNamespace: true } } && type.Name == name;

    private static IFieldSymbol? Constant(INamespaceSymbol datasetNamespace, string id)
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
