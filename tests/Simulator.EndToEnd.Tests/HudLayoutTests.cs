using System.Numerics;
using SkiaSharp;
using Simulator.Anatomy;
using Simulator.App.Cli;
using Simulator.App.Imaging;
using Simulator.App.Scene;
using Simulator.App.Window;
using Simulator.Core.Attempts;
using Simulator.Core.Engine;
using Simulator.Rendering.Hosts;

namespace Simulator.EndToEnd.Tests;

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
            int Tray(Tool tool) => w.Table.Tray.Of(tool)!.Key;
            foreach (var key in new[] { 'C', 'C', Keys.Space, Tray(Tool.CArm), Tray(Tool.Drill), Keys.Enter, Tray(Tool.GuidePin) })
            {
                w.OnKey(key, true, false, 0);
            }

            w.OnKey(Keys.Left, true, false, Keys.ModControl);
            w.OnKey(Tray(Tool.Drill), true, false, 0);
            w.OnMouseMove(w.Layout.View.Right - 10, w.Layout.View.Bottom - 10);
            w.OnMouseButton(MouseButton.Left, true, 0);
            w.OnMouseButton(MouseButton.Left, false, 0);
            Assert.NotNull(w.Controls.Notice);
            Check(w, $"{name}-operating");

            w.OnKey(Tray(Tool.CArm), true, false, 0);
            Check(w, $"{name}-c-arm");
            w.OnKey(Keys.F1, true, false, 0);
            Check(w, $"{name}-keys");
            w.OnKey(Keys.F1, true, false, 0);
            w.OnKey('P', true, false, 0);
            Check(w, $"{name}-paused");
            w.OnKey('P', true, false, 0);
            w.OnKey(Keys.Escape, true, false, 0);
            Check(w, $"{name}-end");
            // The record the launcher sets once the session is recorded: five scores (wrapping at the smallest size) and the state.
            w.Standing = new App.Sessions.StandingText(new[]
            {
                "Last scores (last 5 of 12): 62.5\u00A0✘ → 84\u00A0✔\u00A0(guided) → 91.3\u00A0✔ → 99.6\u00A0✘ → 100\u00A0✔",
                "Proficiency: 1 of 3 clean assessment passes ≥ 85 in a row",
            });
            w.OnKey(Keys.Enter, true, false, 0);
            Check(w, $"{name}-debrief");
            Assert.Contains(w.DrawnText, t => t.Text.StartsWith("Proficiency: 1 of 3", StringComparison.Ordinal));
        }
    }

    /// <summary>The open operation's tray (its many instruments), the osteotome's outline in progress, the impactor's buttons, the key list.</summary>
    [Theory]
    [InlineData(1024, 640)]
    [InlineData(2560, 1440)]
    public void The_open_operations_tray_and_tools_fit_too(int width, int height)
    {
        using var xvfb = XvfbServer.Start("2560x1440");
        var scenario = ScenarioLocator.Load(Path.Combine(RepoPaths.Root, "scenarios", "si-joint-fusion-open.yaml"));
        var settings = new TrainerSettings { WindowWidth = width, WindowHeight = height };
        using var w = new TrainerWindow(new Session(scenario, Mode.Guided, AnatomyJudge.Shared), SharedPelvis.Value, settings);
        Check(w, "open-start");
        Assert.Equal(w.Table.Tray.Slots.Count, w.Buttons.Count(b => w.Layout.TraySlots.Contains(b.Rect.MidX, b.Rect.MidY)));
        foreach (var slot in w.Table.Tray.Slots)
        {
            w.OnKey(slot.Key, true, false, slot.Modifiers);
            Assert.Equal(slot.Tool, w.Table.Tool);
            if (slot.Tool == Tool.Osteotome && w.Table.WindowPlan is { } plan)
            {
                var view = w.Layout.View;
                Vector2 Screen(Vector3 p) => new Vector2(view.Left, view.Top) + ScreenProjection.Project(w.Camera, p, view.Width, view.Height)!.Value;
                var (a, b) = (Screen(plan.At(-15, -10)), Screen(plan.At(15, 10)));
                w.OnMouseMove(a.X, a.Y);
                w.OnMouseButton(MouseButton.Left, true, 0);
                w.OnMouseMove(b.X, b.Y);
                Check(w, "open-outlining");
                Assert.Contains(w.DrawnText, t => t.Text.StartsWith("outlining", StringComparison.Ordinal));
                w.OnMouseButton(MouseButton.Left, false, 0);
            }

            Check(w, $"open-{slot.Tool.ToString().ToLowerInvariant()}");
        }

        w.OnKey(Keys.F1, true, false, 0);
        Check(w, "open-keys");
        Assert.Contains(w.DrawnText, t => t.Text.Contains(w.Table.Tray.Slots[1].Item.Label, StringComparison.Ordinal) && t.Text.StartsWith("Instruments", StringComparison.Ordinal));
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
