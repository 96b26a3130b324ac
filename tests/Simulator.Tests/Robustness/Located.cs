using System.Diagnostics;
using System.Text.RegularExpressions;
using Simulator.Core.Diagnostics;
using Simulator.Tests.Cli;

namespace Simulator.Tests.Robustness;

/// <summary>What "an error is always located, or the input is accepted" means, as assertions.</summary>
public static partial class Located
{
    /// <summary>A mutated file of at most 1 MB is accepted or rejected within this, however it is built (bombs included).</summary>
    public static readonly TimeSpan TimeLimit = TimeSpan.FromSeconds(15);

    /// <summary>… and allocates at most this much doing it.</summary>
    public const long AllocationLimit = 512L * 1024 * 1024;

    [GeneratedRegex(@"^(?<path>[^\r\n]+?)(?::(?<line>\d+):(?<col>\d+))?: (?<kind>error|warning): \S[^\r\n]*$")]
    private static partial Regex DiagnosticLine();

    /// <summary>Runs <paramref name="load"/> and fails (with <paramref name="context"/>) if it is slow or allocates without bound.</summary>
    public static T Quickly<T>(Func<T> load, string context)
    {
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var watch = Stopwatch.StartNew();
        T result;
        try
        {
            result = load();
        }
        catch (Exception ex) when (ex is not Xunit.Sdk.XunitException)
        {
            throw new Xunit.Sdk.XunitException($"{context}: unhandled {ex}");
        }

        watch.Stop();
        var bytes = GC.GetAllocatedBytesForCurrentThread() - allocated;
        Assert.True(watch.Elapsed < TimeLimit, $"{context}: took {watch.Elapsed.TotalSeconds:F1} s");
        Assert.True(bytes < AllocationLimit, $"{context}: allocated {bytes / (1024 * 1024)} MB");
        return result;
    }

    /// <summary>The file was accepted (a value, no errors) or rejected with at least one error; every diagnostic is one located line about <paramref name="path"/>.</summary>
    public static void Result<T>(LoadResult<T> result, string path, string context) where T : class
    {
        Assert.True(result.Ok || result.Errors.Any(), $"{context}: neither a value nor an error");
        Diagnostics(result.Diagnostics, path, context);
    }

    public static void Diagnostics(IEnumerable<Diagnostic> diagnostics, string path, string context)
    {
        foreach (var d in diagnostics)
        {
            Assert.True(d.Path == path, $"{context}: diagnostic names '{d.Path}', not the file: {d}");
            Assert.False(string.IsNullOrWhiteSpace(d.Message), $"{context}: empty message at {d.Line}:{d.Column}");
            Assert.True(OneLine(d.ToString()), $"{context}: not one printable line: {Escape(d.ToString())}");
            Assert.Matches(DiagnosticLine(), d.ToString());
            // Only whole-file problems (too large, empty log) may go without a line; anything inside the file names where.
            var wholeFile = d.Message.StartsWith("file is ", StringComparison.Ordinal) || d.Message.StartsWith("the session log is empty", StringComparison.Ordinal);
            Assert.True(!d.IsError || wholeFile || (d.Line >= 1 && d.Column >= 1), $"{context}: error without a location: {d}");
        }
    }

    /// <summary>
    /// The CLI exited 0 or 1, printed no stack trace and no "internal error", and every line of its error stream is a located
    /// diagnostic (<c>path:line:col: error: …</c>) or one of its own <c>simulator: …</c> lines.
    /// </summary>
    /// <param name="diagnosticsOnStdout">validate prints its diagnostics on standard output.</param>
    /// <param name="progressOnStderr">run prints progress lines on the error stream too: only its error lines are checked.</param>
    public static void Cli(CliRunner.Outcome outcome, string context, bool diagnosticsOnStdout = false, bool progressOnStderr = false)
    {
        var all = outcome.Out + outcome.Error;
        Assert.True(outcome.ExitCode is 0 or 1, $"{context}: exit {outcome.ExitCode}\n{outcome.Error}");
        Assert.False(all.Contains("   at ", StringComparison.Ordinal), $"{context}: stack trace\n{outcome.Error}");
        Assert.False(all.Contains("internal error", StringComparison.Ordinal), $"{context}: internal error\n{outcome.Error}");
        Assert.False(all.Contains("Unhandled exception", StringComparison.Ordinal), $"{context}: unhandled\n{outcome.Error}");
        var stream = diagnosticsOnStdout ? outcome.Out : outcome.Error;
        var lines = stream.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToList();
        var onlyErrorLines = diagnosticsOnStdout || progressOnStderr;
        foreach (var line in lines.Where(l => !onlyErrorLines || l.Contains(": error: ", StringComparison.Ordinal) || l.Contains(": warning: ", StringComparison.Ordinal)))
        {
            Assert.True(DiagnosticLine().IsMatch(line) || line.StartsWith("simulator: ", StringComparison.Ordinal),
                $"{context}: not a located diagnostic: {Escape(line)}\n--- all of it:\n{stream}");
        }

        if (outcome.ExitCode == 1)
        {
            Assert.True(lines.Any(l => l.Contains(": error: ", StringComparison.Ordinal) || l.StartsWith("simulator: ", StringComparison.Ordinal)),
                $"{context}: exit 1 without an error line\n{stream}");
        }
    }

    private static bool OneLine(string text) => !text.Any(c => char.IsControl(c) || c is '\u2028' or '\u2029');

    public static string Escape(string text) =>
        string.Concat(text.Select(c => char.IsControl(c) || c is '\u2028' or '\u2029' ? $"\\u{(int)c:X4}" : c.ToString()));
}
