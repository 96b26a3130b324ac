using System.Diagnostics;
using System.Text.Json;
using Simulator.Records;
using Simulator.Tests.Cli;
using Xunit.Abstractions;

namespace Simulator.Tests.Robustness;

/// <summary>
/// <c>kill -9</c> at random points of a scripted headless session (the real app, in its own process) always leaves a log that
/// replays — every complete line of it — and a records store that opens.
/// </summary>
public sealed class KillTests(ITestOutputHelper output) : IDisposable
{
    private const int ReferenceEvents = 55;

    /// <summary>Where each trial kills: while starting (before or as the log appears), while the events are logged, or while ending (images, report, store).</summary>
    private enum Phase
    {
        Starting,
        Logging,
        Ending,
    }

    private static readonly Phase[] Trials = [Phase.Logging, Phase.Starting, Phase.Logging, Phase.Ending, Phase.Logging, Phase.Ending];

    private readonly string _dir = Directory.CreateTempSubdirectory("sim-kill-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Kill_9_at_random_points_always_leaves_a_log_that_replays_and_a_store_that_opens()
    {
        var rng = new Random(20261202);
        var midSession = 0;
        for (var trial = 0; trial < Trials.Length; trial++)
        {
            // A random point of the phase: a delay from the start, a number of logged lines, or a delay after the last line.
            var phase = Trials[trial];
            var (lines, ms) = phase switch
            {
                Phase.Starting => (0, rng.Next(3_000)),
                // Early on: the kill lands 5–30 lines later (a session logs its 55 events within milliseconds, it does not wait for
                // the watcher and the kill).
                Phase.Logging => (1 + rng.Next(15), 0),
                _ => (ReferenceEvents + 1, rng.Next(1_500)),
            };
            var trigger = phase switch
            {
                Phase.Starting => $"{ms} ms after the start",
                Phase.Logging => $"at {lines} logged lines",
                _ => $"{ms} ms after the last line",
            };
            var (results, store) = (Path.Combine(_dir, $"trial-{trial}"), Path.Combine(_dir, $"trial-{trial}.db"));
            var (killedAt, exited) = RunAndKill(results, store, lines, ms);

            var log = Directory.Exists(results) ? Directory.GetFiles(results, "*.log.jsonl").SingleOrDefault() : null;
            var complete = log is null ? 0 : File.ReadAllText(log).Count(c => c == '\n');
            output.WriteLine($"trial {trial}: killed {trigger}, {killedAt.TotalSeconds:F1} s in{(exited ? " (it had exited)" : "")}: "
                + (log is null ? "no log yet" : $"{complete} complete lines"));
            if (log is null)
            {
                Assert.NotEqual(Phase.Logging, phase);
                continue;
            }

            // The header is on disk before the log has its name, so a log always has it.
            Assert.True(complete >= 1, $"trial {trial}: a log without its header line");
            var replay = CliRunner.Run("replay", log, "--json");
            Assert.True(replay.ExitCode == 0, $"trial {trial} ({trigger}): replay exited {replay.ExitCode}\n{replay.Error}");
            Assert.DoesNotContain(": error: ", replay.Error, StringComparison.Ordinal);
            var performed = JsonDocument.Parse(replay.Out).RootElement.GetProperty("order").GetProperty("performed").GetArrayLength();
            Assert.Equal(complete - 1, performed);
            midSession += complete - 1 is > 0 and < ReferenceEvents ? 1 : 0;

            if (File.Exists(store))
            {
                using var records = RecordStore.Open(store);
                var sessions = records.Sessions();
                Assert.True(sessions.Count <= 1, $"trial {trial}: {sessions.Count} sessions recorded");
                // The store records a session only once it has ended, so only a complete log can stand behind it.
                Assert.True(sessions.Count == 0 || complete == ReferenceEvents + 1, $"trial {trial}: a session recorded from a log of {complete} lines");
            }
        }

        Assert.True(midSession >= 2, $"only {midSession} kills landed while the events were being logged");
    }

    /// <summary>
    /// Starts <c>simulator run --script docs/examples/mis-perfect.yaml --headless</c> and SIGKILLs it <paramref name="ms"/> after the
    /// log holds <paramref name="lines"/> complete lines (0: after the start). The log is watched without sleeping: a session logs
    /// its events within a fraction of a second.
    /// </summary>
    private static (TimeSpan KilledAt, bool Exited) RunAndKill(string results, string store, int lines, int ms)
    {
        var watch = Stopwatch.StartNew();
        using var process = AppProcess.Start("run", "--script", Path.Combine("docs", "examples", "mis-perfect.yaml"), "--headless", "--results", results,
            "--store", store);
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var deadline = TimeSpan.FromSeconds(120);
        while (lines > 0 && CompleteLines(results) < lines && !process.HasExited && watch.Elapsed < deadline)
        {
            Thread.SpinWait(100);
        }

        var from = watch.ElapsedMilliseconds;
        while (watch.ElapsedMilliseconds - from < ms && !process.HasExited)
        {
            Thread.Sleep(1);
        }

        var exited = process.HasExited;
        var at = watch.Elapsed;
        if (!exited)
        {
            process.Kill(entireProcessTree: true); // SIGKILL on Linux
        }

        Assert.True(process.WaitForExit(30_000), "the killed process did not exit");
        return (at, exited);
    }

    private static int CompleteLines(string results)
    {
        try
        {
            return Directory.Exists(results) && Directory.GetFiles(results, "*.log.jsonl").FirstOrDefault() is { } log
                ? File.ReadAllBytes(log).Count(b => b == (byte)'\n')
                : 0;
        }
        catch (IOException)
        {
            return 0;
        }
    }
}
