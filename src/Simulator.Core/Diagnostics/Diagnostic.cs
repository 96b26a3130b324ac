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
/// </remarks>
public sealed record Diagnostic(string Path, int Line, int Column, Severity Severity, string Message)
{
    public bool IsError => Severity == Severity.Error;

    public override string ToString()
    {
        var kind = Severity == Severity.Error ? "error" : "warning";
        return Line > 0 ? $"{Path}:{Line}:{Column}: {kind}: {Message}" : $"{Path}: {kind}: {Message}";
    }
}
