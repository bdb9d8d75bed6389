using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace ReportData.Generator.Emitting;

/// <summary>
/// The text of a generated file as the builder it was written into: <c>AddSource</c> takes it as it is, so a report's
/// file (700 characters a figure) is not copied into a string first. Read-only once made; UTF-8 and SHA-1, as
/// <c>AddSource(string, string)</c> would make it, so that the build's output and PDB do not change.
/// </summary>
internal sealed class BuiltSourceText : SourceText
{
    private readonly StringBuilder _builder;

    public BuiltSourceText(StringBuilder builder)
        : base(checksumAlgorithm: SourceHashAlgorithm.Sha1)
    {
        _builder = builder;
    }

    public override Encoding Encoding => Encoding.UTF8;

    public override int Length => _builder.Length;

    public override char this[int position] => _builder[position];

    public override void CopyTo(int sourceIndex, char[] destination, int destinationIndex, int count) =>
        _builder.CopyTo(sourceIndex, destination, destinationIndex, count);

    public override string ToString(TextSpan span) => _builder.ToString(span.Start, span.Length);
}
