using System.Globalization;

namespace Simulator.App.Preview;

/// <summary>
/// Progress of a long run on the error stream: a line per item (<c>preview: 12/74 Dock the guide pin #1</c>) for logs and
/// pipes, or one line redrawn in place when the stream is a terminal.
/// </summary>
public sealed class PreviewProgress(TextWriter error, bool terminal, int total, string prefix = "preview")
{
    /// <summary>How wide the redrawn line may get, so it never wraps on an 80-column terminal.</summary>
    public const int TerminalWidth = 79;

    private int _lastWidth;

    /// <summary>Reports that item <paramref name="done"/> of the total, <paramref name="what"/>, is finished.</summary>
    public void Report(int done, string what)
    {
        var line = string.Create(CultureInfo.InvariantCulture, $"{prefix}: {done}/{total} {what}");
        if (!terminal)
        {
            error.WriteLine(line);
            return;
        }

        if (line.Length > TerminalWidth)
        {
            line = line[..(TerminalWidth - 1)] + "…";
        }

        // Back to the line's start, the new text, and blanks over what the longer last one left.
        error.Write("\r" + line + new string(' ', Math.Max(0, _lastWidth - line.Length)));
        _lastWidth = line.Length;
        if (done == total)
        {
            Finish();
        }

        error.Flush();
    }

    /// <summary>Ends the redrawn line (a terminal) so later output starts on a line of its own; call on failure too.</summary>
    public void Finish()
    {
        if (terminal && _lastWidth > 0)
        {
            error.WriteLine();
            _lastWidth = 0;
        }
    }
}
