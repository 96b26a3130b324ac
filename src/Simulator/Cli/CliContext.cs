namespace Simulator.App.Cli;

/// <summary>Where a command writes: standard output for results, standard error for diagnostics.</summary>
/// <remarks>Passed explicitly (not <c>Console.SetOut</c>) so tests can run commands in parallel in-process.</remarks>
public sealed record CliContext(TextWriter Out, TextWriter Error)
{
    public static CliContext Console { get; } = new(System.Console.Out, System.Console.Error) { ErrorIsTerminal = !System.Console.IsErrorRedirected };

    /// <summary>The error stream is a terminal: progress may redraw one line in place instead of printing a line per step.</summary>
    public bool ErrorIsTerminal { get; init; }
}
