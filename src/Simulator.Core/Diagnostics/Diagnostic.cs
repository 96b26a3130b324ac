using System.Text;

namespace Simulator.Core.Diagnostics;

/// <summary>How serious a <see cref="Diagnostic"/> is.</summary>
public enum Severity
{
    Error,
    Warning,
}

/// <summary>One located message about an input file.</summary>
/// <remarks>
/// Rendered as <c>path:line:col: error: message</c> so editors and terminals can jump to it.
/// Line and column are 1-based; 0 means "the whole file" (e.g. it is missing or too large).
/// The message is always one printable line: control characters and line separators quoted from the file (a key
/// <c>"a\nb"</c>, an escape sequence) are shown escaped (<c>\n</c>, <c>\u001B</c>), never written raw.
/// </remarks>
public sealed record Diagnostic(string Path, int Line, int Column, Severity Severity, string Message)
{
    private readonly string _message = OneLine(Message);

    public string Message
    {
        get => _message;
        init => _message = OneLine(value);
    }

    public bool IsError => Severity == Severity.Error;

    public override string ToString()
    {
        var kind = Severity == Severity.Error ? "error" : "warning";
        var path = OneLine(Path);
        return Line > 0 ? $"{path}:{Line}:{Column}: {kind}: {Message}" : $"{path}: {kind}: {Message}";
    }

    /// <summary>The longest message kept whole; a longer one (quoting a pasted paragraph, say) is cut with a note of how much.</summary>
    public const int MaxMessageLength = 1000;

    /// <summary><paramref name="text"/> with every control character and line or paragraph separator escaped, cut at <see cref="MaxMessageLength"/>.</summary>
    public static string OneLine(string text)
    {
        if (text.Length > MaxMessageLength)
        {
            text = $"{text[..MaxMessageLength]}… ({text.Length - MaxMessageLength} more characters)";
        }

        if (!text.Any(NeedsEscape))
        {
            return text;
        }

        var sb = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            sb.Append(c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when NeedsEscape(c) => $"\\u{(int)c:X4}",
                _ => c.ToString(),
            });
        }

        return sb.ToString();
    }

    private static bool NeedsEscape(char c) => char.IsControl(c) || c is '\u2028' or '\u2029';
}
