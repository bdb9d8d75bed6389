using System;
using System.IO;
using System.Text;
using Spectre.Console;

namespace ReportData.Terminal;

/// <summary>
/// A Spectre.Console console for ReportData output that stays readable when redirected to a file: UTF-8, no colour
/// codes and a fixed width when the output is not a terminal, the terminal's own width otherwise.
/// </summary>
public static class FigureConsole
{
    /// <summary>Columns used when the output is redirected: wide enough for a figure table without wrapping.</summary>
    public const int RedirectedWidth = 160;

    /// <summary>
    /// A console writing to <paramref name="output"/> (standard output when null). Redirected output (a file, a pipe) or
    /// an output that is not the console gets no ANSI codes and <see cref="RedirectedWidth"/> columns.
    /// </summary>
    public static IAnsiConsole Create(TextWriter? output = null)
    {
        var redirected = output is not null || Console.IsOutputRedirected;
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output ?? Console.Out),
            Ansi = redirected ? AnsiSupport.No : AnsiSupport.Detect,
            ColorSystem = redirected ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
            Interactive = redirected ? InteractionSupport.No : InteractionSupport.Detect,
        });
        if (redirected)
        {
            console.Profile.Width = RedirectedWidth;
        }

        // Box-drawing borders and Chinese labels need Unicode; Spectre picks ASCII borders when it believes otherwise.
        console.Profile.Capabilities.Unicode = true;
        console.Profile.Encoding = Encoding.UTF8;
        return console;
    }
}
