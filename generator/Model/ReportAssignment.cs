using ReportData.Generator.Shared;

namespace ReportData.Generator.Model;

/// <summary>
/// Names the whole dataset decides for one report file: its unique hint name and holder class,
/// and the members it must not emit because another file defines them first.
/// </summary>
internal sealed record ReportAssignment(string FilePath, string HintName, string HolderClass, EquatableArray<string> ExcludedIds);
