using Simulator.App.Cli;

namespace Simulator.Tests.Cli;

/// <summary>Runs the CLI in-process with captured output.</summary>
public static class CliRunner
{
    public sealed record Outcome(int ExitCode, string Out, string Error);

    public static Outcome Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = CliApp.Run(args, new CliContext(output, error), launch: _ => throw new InvalidOperationException("launch not expected in tests"));
        return new Outcome(code, output.ToString(), error.ToString());
    }
}
