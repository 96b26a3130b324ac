using System.Numerics;
using Simulator.Anatomy;
using Simulator.App.Cli;
using Simulator.App.Imaging;
using Simulator.App.Scene;
using Simulator.App.Window;
using Simulator.Core.Attempts;
using Simulator.Core.Engine;
using Simulator.Rendering.Hosts;
using Simulator.Rendering.Scene;

namespace Simulator.EndToEnd.Tests;

/// <summary>
/// The state the README's and trainer.md's window screenshots show, reached by hand in the real window: guided MIS, the entries
/// marked, the first pin docked and its lateral check taken, the inlet view next.
/// </summary>
/// <remarks>Set SIM_DOC_SHOTS to a folder to write <c>window-WxH.png</c> there (copy them to docs/images).</remarks>
[Collection("gl")]
public class DocScreenshotTests
{
    private static readonly Lazy<Pelvis> SharedPelvis = new(Pelvis.Build);

    [Theory]
    [InlineData(1024, 640)]
    [InlineData(1600, 1000)]
    [InlineData(2560, 1440)]
    public void The_documented_window_state_is_reached_by_hand_with_every_step_accepted(int width, int height)
    {
        using var xvfb = XvfbServer.Start("2560x1440");
        var scenario = ScenarioLocator.Load(Path.Combine(RepoPaths.Root, "scenarios", "si-joint-fusion-mis.yaml"));
        using var w = new TrainerWindow(new Session(scenario, Mode.Guided, AnatomyJudge.Shared), SharedPelvis.Value,
            new TrainerSettings { WindowWidth = width, WindowHeight = height });
        w.DrawFrame();
        void Key(int key, int modifiers = 0) => w.OnKey(key, true, false, modifiers);
        int Tray(Tool tool) => w.Table.Tray.Of(tool)!.Key;
        void MoveTo(Vector3 world)
        {
            var view = w.Layout.View;
            var at = new Vector2(view.Left, view.Top) + ScreenProjection.Project(w.Camera, world, view.Width, view.Height)!.Value;
            var ratio = w.Window.PixelRatio;
            w.OnMouseMove(at.X / ratio, at.Y / ratio);
        }

        void Click(Vector3 world)
        {
            MoveTo(world);
            w.OnMouseButton(MouseButton.Left, true, 0);
            w.OnMouseButton(MouseButton.Left, false, 0);
        }

        Key('C');
        Key('C');
        // The lateral preset, turned 3° onto the true lateral, then the shot.
        Key('L');
        Key(Tray(Tool.CArm));
        for (var i = 0; i < 3; i++)
        {
            Key(Keys.Right);
        }

        Key(Keys.Space);
        Key(Tray(Tool.Marker));
        for (var slot = 0; slot < 3; slot++)
        {
            Click(IncisionPlan.SkinPoint(w.Table.Pelvis, "implant-entry", slot));
        }

        // The incision over the marks, from the first to the last.
        Key(Tray(Tool.Scalpel));
        MoveTo(IncisionPlan.SkinPoint(w.Table.Pelvis, "implant-entry", 0));
        w.OnMouseButton(MouseButton.Left, true, 0);
        MoveTo(IncisionPlan.SkinPoint(w.Table.Pelvis, "implant-entry", 2));
        w.OnMouseButton(MouseButton.Left, false, 0);
        Assert.True(w.Session.Recorded[^1].Event.With["incision_offset_mm"].Number < 10);
        Key(Tray(Tool.Dissector));
        Key(Keys.Enter);
        Key(Tray(Tool.GuidePin));
        Click(w.Table.Planned(0).Entry);
        Key(Keys.Space);
        w.DrawFrame();

        Assert.Equal("Check the pin on the inlet view", w.Session.Expected!.Step.Name);
        Assert.All(w.Session.Recorded, v => Assert.True(v.Outcome == Outcome.Accepted, $"{v.Event.Do}: {v.Outcome}"));
        Assert.Equal(3, w.Table.Visuals.Open.Marks.Count);
        Assert.Equal(SlotStage.PinDocked, w.Table.Visuals.Slots[0].Stage);
        if (Environment.GetEnvironmentVariable("SIM_DOC_SHOTS") is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
            var (fw, fh) = w.Window.FramebufferSize;
            PngFile.Write(Path.Combine(folder, $"window-{fw}x{fh}.png"), w.ReadFrame(), fw, fh);
        }
    }
}
