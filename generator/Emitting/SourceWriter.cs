using System.Text;

namespace ReportData.Generator.Emitting;

/// <summary>Writes indented C# with '\n' line ends on every platform (determinism).</summary>
internal sealed class SourceWriter
{
    private readonly StringBuilder _builder = new();
    private int _indent;

    public SourceWriter Line(string text = "")
    {
        if (text.Length > 0)
        {
            _builder.Append(' ', _indent * 4);
            _builder.Append(text);
        }

        _builder.Append('\n');
        return this;
    }

    /// <summary>A line at column 0 whatever the indentation, for the lines of a verbatim string.</summary>
    public SourceWriter Unindented(string text)
    {
        _builder.Append(text).Append('\n');
        return this;
    }

    /// <summary>A blank line between items: none before the first (<paramref name="first"/> is then cleared).</summary>
    public SourceWriter BlankLineUnlessFirst(ref bool first)
    {
        if (!first)
        {
            Line();
        }

        first = false;
        return this;
    }

    public SourceWriter Open(string header)
    {
        Line(header);
        Line("{");
        _indent++;
        return this;
    }

    public SourceWriter Close(string suffix = "")
    {
        _indent--;
        Line("}" + suffix);
        return this;
    }

    /// <summary>Writes a <c>&lt;summary&gt;</c> doc comment whose paragraphs are already XML-escaped.</summary>
    public SourceWriter Summary(params string[] paragraphs)
    {
        Line("/// <summary>");
        for (var i = 0; i < paragraphs.Length; i++)
        {
            Line(i == 0 ? "/// " + paragraphs[i] : "/// <para>" + paragraphs[i] + "</para>");
        }

        Line("/// </summary>");
        return this;
    }

    public override string ToString() => _builder.ToString();
}
