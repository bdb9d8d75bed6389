using System;
using System.Collections;
using System.Collections.Generic;
using System.Reflection;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace ReportData.Tests.Caching;

/// <summary>
/// Walks an object graph through its fields and finds instances of types a cached pipeline model must not
/// hold: they keep whole compilations alive and compare by reference, which defeats caching.
/// </summary>
public static class ModelGraph
{
    private static readonly Type[] Forbidden = { typeof(ISymbol), typeof(SyntaxNode), typeof(Compilation), typeof(SourceText), typeof(Location), typeof(SyntaxTree) };

    /// <summary>Descriptions (path: type) of every forbidden object reachable from <paramref name="root"/>.</summary>
    public static List<string> FindForbidden(object? root, string rootName)
    {
        var found = new List<string>();
        var visited = new HashSet<object>(ReferenceEqualityComparer.Instance);
        Walk(root, rootName, visited, found);
        return found;
    }

    private static void Walk(object? value, string path, HashSet<object> visited, List<string> found)
    {
        if (value is null || value is string || value is Pointer)
        {
            return;
        }

        var type = value.GetType();
        if (type.IsPrimitive || type.IsEnum || value is decimal)
        {
            return;
        }

        foreach (var forbidden in Forbidden)
        {
            if (forbidden.IsInstanceOfType(value))
            {
                found.Add(path + ": " + type.FullName);
                return;
            }
        }

        if (!type.IsValueType && !visited.Add(value))
        {
            return;
        }

        // A DiagnosticDescriptor is a static singleton the model holds by reference on purpose.
        if (value is DiagnosticDescriptor)
        {
            return;
        }

        if (value is Array array)
        {
            var index = 0;
            foreach (var item in array)
            {
                Walk(item, path + "[" + index++ + "]", visited, found);
            }

            return;
        }

        for (var current = type; current is not null && current != typeof(object); current = current.BaseType)
        {
            foreach (var field in current.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                Walk(field.GetValue(value), path + "." + field.Name, visited, found);
            }
        }
    }
}
