using System.Diagnostics;
using Simulator.Anatomy;
using Simulator.App.Cli;
using Simulator.App.Scene;
using Simulator.App.Window;
using Simulator.Core.Attempts;
using Simulator.Core.Engine;

namespace Simulator.EndToEnd.Tests;

/// <summary>SIMULATOR_EXIT_AFTER_FIRST_FRAME (the start-up benchmark's hook): the window closes right after its first frame.</summary>
[Collection("gl")]
public class FirstFrameExitWindowTests
{
    [Fact]
    public void The_trainer_loop_with_the_hook_returns_after_exactly_one_frame()
    {
        using var xvfb = XvfbServer.Start();
        var scenario = ScenarioLocator.Load(Path.Combine(RepoPaths.Root, "scenarios", "si-joint-fusion-mis.yaml"));
        using var window = new TrainerWindow(new Session(scenario, Mode.Guided, AnatomyJudge.Shared), Pelvis.Build(), new TrainerSettings());
        var error = new StringWriter();

        var clock = Stopwatch.StartNew();
        window.Run(shouldStop: FirstFrameExit.StopCondition(() => window.Frames, error, "session", requested: true));

        Assert.Equal(1, window.Frames);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"took {clock.Elapsed}");
        Assert.StartsWith(FirstFrameExit.Message + " (session)", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_variable_closes_the_session_window_after_its_first_frame_with_nothing_scored()
    {
        var (code, error, work) = Launch("--scenario", "si-joint-fusion-mis", "--mode", "guided", "--trainee", "t");
        try
        {
            Assert.True(code == 0, error);
            Assert.Single(error.Split('\n'), l => l.StartsWith(FirstFrameExit.Message + " (session)", StringComparison.Ordinal));
            // The session opened (its log exists), and nothing was done, so nothing was scored.
            var files = Directory.GetFiles(Path.Combine(work, "results"));
            Assert.Single(files, f => f.EndsWith(".log.jsonl", StringComparison.Ordinal));
            Assert.DoesNotContain(files, f => f.EndsWith(".result.json", StringComparison.Ordinal) || f.EndsWith(".html", StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    [Fact]
    public void The_variable_closes_the_start_screen_after_its_first_frame()
    {
        var (code, error, work) = Launch();
        try
        {
            Assert.True(code == 0, error);
            Assert.Single(error.Split('\n'), l => l.StartsWith(FirstFrameExit.Message + " (start screen)", StringComparison.Ordinal));
            Assert.False(Directory.Exists(Path.Combine(work, "results")));
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    /// <summary>Runs <c>simulator ARGS</c> with the variable set, in a scratch folder with its own settings and store, on a private Xvfb.</summary>
    private static (int Code, string Error, string Work) Launch(params string[] args)
    {
        using var xvfb = XvfbServer.Start();
        var work = Directory.CreateTempSubdirectory("sim-first-frame-").FullName;
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = work,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "simulator.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DISPLAY"] = xvfb.Display;
        start.Environment[FirstFrameExit.EnvironmentVariable] = "1";
        start.Environment["XDG_CONFIG_HOME"] = Path.Combine(work, "config");
        start.Environment[Records.StoreLocation.EnvironmentVariable] = Path.Combine(work, "records.db");
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            Assert.Fail("the window did not close after its first frame: " + error.Result + output.Result);
        }

        return (process.ExitCode, error.Result + output.Result, work);
    }
}
