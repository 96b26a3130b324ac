using Simulator.Anatomy;
using Simulator.App.Start;
using Simulator.App.Window;
using Simulator.Core.Attempts;
using Simulator.Core.Engine;
using Simulator.Rendering.Hosts;

namespace Simulator.EndToEnd.Tests;

/// <summary>The start screen in the real window (private Xvfb display): a broken remembered scenario never closes it.</summary>
[Collection("gl")]
public class StartScreenWindowTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("sim-start-window-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [Fact]
    public void A_broken_remembered_scenario_shows_its_errors_in_the_window_and_the_default_opens_in_the_same_window()
    {
        var broken = Path.Combine(_temp, "mine.yaml");
        File.WriteAllText(broken, "id: mine\ntitle: Mine\nsteps:\n  - {id: a, instrument: s, nme: A}\n");
        var settings = new TrainerSettings { LastScenario = broken, WindowWidth = 1024, WindowHeight = 640 };
        var model = new StartScreenModel(Path.Combine(RepoPaths.Root, "scenarios"), settings);

        using var xvfb = XvfbServer.Start();
        using var window = GlfwWindow.Open("start test", settings.WindowWidth, settings.WindowHeight);
        StartChoice? choice;
        using (var start = new StartWindow(window, model))
        {
            var frames = 0;
            choice = start.Run(shouldStop: () => ++frames > 3);
            Assert.Null(choice);
            Assert.False(window.ShouldClose);

            start.DrawFrame();
            var pixels = start.ReadFrame();
            var box = start.Layout.Notice!.Value;
            Assert.True(OrangePixels(pixels, 1024, box) > 200, "the problem box is not drawn in orange");
            Assert.Contains(model.Notice!.Lines, l => l.StartsWith($"{broken}:4:28: error: unknown key 'nme'", StringComparison.Ordinal));

            // The mouse takes the offered default, the keyboard types the name and starts.
            var useDefault = start.Layout.UseDefault!.Value;
            start.OnMouseMove(useDefault.MidX, useDefault.MidY);
            start.OnMouseButton(MouseButton.Left, true, 0);
            start.OnMouseButton(MouseButton.Left, false, 0);
            Assert.Null(model.Notice);
            start.OnKey(Keys.Tab, true, false, Keys.ModShift);
            start.OnKey(Keys.Tab, true, false, Keys.ModShift);
            foreach (var c in "r-smith")
            {
                start.OnChar(c);
            }

            start.OnKey(Keys.Enter, true, false, 0);
            choice = start.Run();
        }

        Assert.NotNull(choice);
        Assert.Equal(("si-joint-fusion-mis", "r-smith"), (choice.Scenario.Id, choice.Trainee));

        var session = new Session(choice.Scenario, choice.Mode, Simulator.App.Scene.AnatomyJudge.Shared);
        using var trainer = new TrainerWindow(session, Pelvis.Build(), settings, window);
        Assert.Same(window, trainer.Window);
        trainer.DrawFrame();
        Assert.Equal((1024, 640), trainer.Window.FramebufferSize);
    }

    private static int OrangePixels(byte[] rgba, int width, SkiaSharp.SKRect box)
    {
        var count = 0;
        for (var y = (int)box.Top; y < (int)box.Bottom; y++)
        {
            for (var x = (int)box.Left; x < (int)box.Right; x++)
            {
                var i = (y * width + x) * 4;
                count += rgba[i] > 200 && rgba[i + 1] is > 110 and < 190 && rgba[i + 2] < 90 ? 1 : 0;
            }
        }

        return count;
    }
}
