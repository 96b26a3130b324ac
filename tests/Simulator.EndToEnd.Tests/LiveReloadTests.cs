using System.Collections.Concurrent;
using System.Diagnostics;

namespace Simulator.EndToEnd.Tests;

/// <summary>Live reload, as an educator uses it: the trainer runs in its own process under Xvfb while its scenario file is edited.</summary>
[Collection("gl")]
public class LiveReloadTests
{
    [Fact]
    public void Editing_the_scenario_of_a_running_window_reloads_it_and_an_invalid_edit_is_reported_while_the_window_survives()
    {
        using var xvfb = XvfbServer.Start();
        var dir = Directory.CreateTempSubdirectory("sim-reload-").FullName;
        var file = Path.Combine(dir, "reload.yaml");
        var original = File.ReadAllText(Path.Combine(RepoPaths.Root, "scenarios", "si-joint-fusion-mis.yaml"));
        File.WriteAllText(file, original);
        var output = new ConcurrentQueue<string>();
        var errors = new ConcurrentQueue<string>();
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = RepoPaths.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "simulator.dll"), "run", "--window", "--scenario", file, "--results", Path.Combine(dir, "results") })
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DISPLAY"] = xvfb.Display;
        using var process = Process.Start(start)!;
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) output.Enqueue(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) errors.Enqueue(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            // The session log is created when the window is open on the session.
            Assert.True(WaitFor(() => Directory.Exists(Path.Combine(dir, "results")) && Directory.GetFiles(Path.Combine(dir, "results"), "*.log.jsonl").Length > 0, 60),
                "the window never opened: " + string.Join("\n", errors));

            File.WriteAllText(file, original.Replace("pass_mark: 70", "pass_mark: 75"));
            Assert.True(WaitFor(() => output.Contains($"reloaded: {file}"), 60), "no 'reloaded:' line; stdout: " + string.Join("\n", output));

            var broken = original.Replace("pass_mark: 70", "pass_mark: 700");
            var line = broken.Split('\n').ToList().FindIndex(l => l.StartsWith("pass_mark:", StringComparison.Ordinal)) + 1;
            File.WriteAllText(file, broken);
            Assert.True(WaitFor(() => errors.Any(e => e.StartsWith($"{file}:{line}:12: error: pass_mark must be between 0 and 100", StringComparison.Ordinal)), 60),
                "no located error; stderr: " + string.Join("\n", errors));
            Thread.Sleep(1000);
            Assert.False(process.HasExited, "the window closed on an invalid edit");
            Assert.Single(output, l => l.StartsWith("reloaded:", StringComparison.Ordinal));
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }

            process.WaitForExit(10_000);
            Directory.Delete(dir, recursive: true);
        }
    }

    private static bool WaitFor(Func<bool> condition, double seconds)
    {
        var until = DateTime.UtcNow.AddSeconds(seconds);
        while (DateTime.UtcNow < until)
        {
            if (condition())
            {
                return true;
            }

            Thread.Sleep(100);
        }

        return condition();
    }
}
