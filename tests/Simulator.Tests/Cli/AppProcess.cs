using System.Diagnostics;

namespace Simulator.Tests.Cli;

/// <summary>Runs the built <c>simulator</c> in a process of its own (as a workstation would), for tests of several processes at once.</summary>
public static class AppProcess
{
    public static Process Start(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = RepoPaths.Root,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "simulator.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return Process.Start(start)!;
    }

    /// <summary>Waits for <paramref name="process"/> (killing it after <paramref name="timeout"/>) and returns what it printed.</summary>
    public static async Task<CliRunner.Outcome> Finish(Process process, TimeSpan timeout)
    {
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"simulator did not finish in {timeout}: {await error}");
        }

        return new CliRunner.Outcome(process.ExitCode, await output, await error);
    }
}
