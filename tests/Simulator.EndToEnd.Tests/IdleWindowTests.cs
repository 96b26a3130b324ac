using System.Diagnostics;
using Simulator.Anatomy;
using Simulator.App.Cli;
using Simulator.App.Scene;
using Simulator.App.Window;
using Simulator.Core.Attempts;
using Simulator.Core.Engine;
using Simulator.Rendering.Scene;

namespace Simulator.EndToEnd.Tests;

/// <summary>An idle window draws no frames (it sleeps until input), and draws again as soon as something changes.</summary>
[Collection("gl")]
public class IdleWindowTests
{
    [Fact]
    public void An_idle_window_draws_a_handful_of_frames_in_two_seconds_and_one_per_change()
    {
        using var xvfb = XvfbServer.Start();
        var scenario = ScenarioLocator.Load(Path.Combine(RepoPaths.Root, "scenarios", "si-joint-fusion-mis.yaml"));
        using var window = new TrainerWindow(new Session(scenario, Mode.Guided, AnatomyJudge.Shared), Pelvis.Build(), new TrainerSettings());

        var clock = Stopwatch.StartNew();
        window.Run(shouldStop: () => clock.Elapsed.TotalSeconds > 2);
        var idle = window.Frames;

        var changes = 0;
        var views = new[] { CameraView.Ap, CameraView.Lateral, CameraView.Inlet };
        clock.Restart();
        window.Run(shouldStop: () =>
        {
            if (changes < views.Length && clock.Elapsed.TotalSeconds > 0.3 * (changes + 1))
            {
                window.SetView(views[changes++]);
            }

            return clock.Elapsed.TotalSeconds > 1.5;
        });

        // The first frame, and perhaps an expose or two; an always-drawing loop would draw dozens (vsync is not enforced under Xvfb).
        Assert.InRange(idle, 1, 5);
        Assert.InRange(window.Frames - idle, views.Length, views.Length + 4);
    }

    [Fact]
    public void Drawing_a_frame_of_the_trainer_window_allocates_nothing_once_the_hud_is_painted()
    {
        using var xvfb = XvfbServer.Start();
        var scenario = ScenarioLocator.Load(Path.Combine(RepoPaths.Root, "scenarios", "si-joint-fusion-mis.yaml"));
        using var window = new TrainerWindow(new Session(scenario, Mode.Guided, AnatomyJudge.Shared), Pelvis.Build(), new TrainerSettings());
        window.Shoot();
        for (var i = 0; i < 3; i++)
        {
            window.DrawFrame();
            window.DrawFloor();
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 20; i++)
        {
            window.DrawFrame();
            window.DrawFloor();
            window.Camera.Orbit(0.02f, 0f);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }
}
