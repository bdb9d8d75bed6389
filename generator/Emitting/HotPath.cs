using System.Runtime.CompilerServices;

namespace ReportData.Generator.Emitting;

/// <summary>
/// A build loads the generator afresh and runs it once, so its code runs as the runtime first compiles it: unoptimized,
/// no call inlined. The emitter's loops that run once per character are marked to be compiled optimized at once.
/// </summary>
internal static class HotPath
{
    /// <summary><c>MethodImplOptions.AggressiveOptimization</c>, which netstandard2.0 does not name (the runtimes that run compilers honour it).</summary>
    public const MethodImplOptions Optimized = (MethodImplOptions)512;
}
