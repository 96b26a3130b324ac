using SkiaSharp;
using Simulator.Anatomy;
using Simulator.App.Cli;
using Simulator.App.Imaging;
using Simulator.App.Scene;
using Simulator.App.Window;
using Simulator.Core.Attempts;
using Simulator.Core.Engine;
using Simulator.Rendering.Hosts;

namespace Simulator.Rendering.Tests.EndToEnd;

/// <summary>Lays the real window's HUD out at the smallest, a middle and a large size and checks every text it drew.</summary>
/// <remarks>Set SIM_LAYOUT_SHOTS to a folder to keep a screenshot of every state checked.</remarks>
[Collection("gl")]
public class HudLayoutTests
{
    private static readonly Lazy<Pelvis> SharedPelvis = new(Pelvis.Build);

    [Theory]
    [InlineData(1024, 640)]
    [InlineData(1600, 1000)]
    [InlineData(2560, 1440)]
    public void No_text_overlaps_another_or_leaves_its_box_in_any_state(int width, int height)
    {
        using var xvfb = XvfbServer.Start("2560x1440");
        foreach (var mode in new[] { Mode.Guided, Mode.Assessment })
        {
            var scenario = ScenarioLocator.Load(Path.Combine(RepoPaths.Root, "scenarios", "si-joint-fusion-mis.yaml"));
            var settings = new TrainerSettings { WindowWidth = width, WindowHeight = height };
            using var w = new TrainerWindow(new Session(scenario, mode, AnatomyJudge.Shared), SharedPelvis.Value, settings);
            Assert.Equal((width, height), w.Window.FramebufferSize);
            var name = mode.ToString().ToLowerInvariant();
            Check(w, $"{name}-start");

            // A few steps, a shot (C-arm image and caption), a refusal with its long explanation, a notice, the pin tool's buttons.
            foreach (var key in new[] { 'C', 'C', Keys.Space, Keys.D0 + 4, Keys.D0 + 5, Keys.Enter, Keys.D0 + 3 })
            {
                w.OnKey(key, true, false, 0);
            }

            w.OnKey(Keys.Left, true, false, Keys.ModControl);
            w.OnKey(Keys.D0 + 5, true, false, 0);
            w.OnMouseMove(w.Layout.Stage.Right - 10, w.Layout.Stage.Bottom - 10);
            w.OnMouseButton(MouseButton.Left, true, 0);
            w.OnMouseButton(MouseButton.Left, false, 0);
            Assert.NotNull(w.Controls.Notice);
            Check(w, $"{name}-operating");

            w.OnKey(Keys.D0 + 4, true, false, 0);
            Check(w, $"{name}-c-arm");
            w.OnKey(Keys.F1, true, false, 0);
            Check(w, $"{name}-keys");
            w.OnKey(Keys.F1, true, false, 0);
            w.OnKey('P', true, false, 0);
            Check(w, $"{name}-paused");
            w.OnKey('P', true, false, 0);
            w.OnKey(Keys.Escape, true, false, 0);
            Check(w, $"{name}-end");
            w.OnKey(Keys.Enter, true, false, 0);
            Check(w, $"{name}-debrief");
        }
    }

    private static void Check(TrainerWindow w, string state)
    {
        w.DrawFrame();
        var (width, height) = w.Window.FramebufferSize;
        if (Environment.GetEnvironmentVariable("SIM_LAYOUT_SHOTS") is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
            PngFile.Write(Path.Combine(folder, $"hud-{width}x{height}-{state}.png"), w.ReadFrame(), width, height);
        }

        var drawn = w.DrawnText;
        Assert.True(drawn.Count > 5, $"{state}: only {drawn.Count} texts drawn");
        var screen = new SKRect(0, 0, width, height);
        foreach (var text in drawn)
        {
            Assert.True(Inside(text.Rect, text.Box) && Inside(text.Box, screen),
                $"{width}x{height} {state}: \"{text.Text}\" {text.Rect} leaves its box {text.Box}");
        }

        for (var i = 0; i < drawn.Count; i++)
        {
            for (var j = i + 1; j < drawn.Count; j++)
            {
                var (a, b) = (drawn[i], drawn[j]);
                Assert.False(a.Layer == b.Layer && Overlap(a.Rect, b.Rect),
                    $"{width}x{height} {state}: \"{a.Text}\" {a.Rect} overlaps \"{b.Text}\" {b.Rect}");
            }
        }

        // Every button is a key that works where it is shown.
        foreach (var button in w.Buttons)
        {
            var scope = w.ShowHelp ? KeyScope.Help : w.Screen switch
            {
                TrainerScreen.Paused => KeyScope.Paused,
                TrainerScreen.ConfirmEnd => KeyScope.ConfirmEnd,
                TrainerScreen.Debrief => KeyScope.Debrief,
                _ => KeyScope.Operating,
            };
            var press = new KeyPress(button.Key, button.Modifiers);
            Assert.True(KeyTable.Find(scope, press) is not null || KeyTable.Find(KeyScope.Anywhere, press) is not null,
                $"{state}: a button stands for key {button.Key}, which does nothing here");
        }
    }

    private static bool Inside(SKRect inner, SKRect outer) =>
        inner.Left >= outer.Left - 0.5f && inner.Top >= outer.Top - 0.5f && inner.Right <= outer.Right + 0.5f && inner.Bottom <= outer.Bottom + 0.5f;

    private static bool Overlap(SKRect a, SKRect b) =>
        a.Left < b.Right - 0.5f && b.Left < a.Right - 0.5f && a.Top < b.Bottom - 0.5f && b.Top < a.Bottom - 0.5f;
}
