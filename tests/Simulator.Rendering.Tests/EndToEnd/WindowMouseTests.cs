using System.Numerics;
using Simulator.Anatomy;
using Simulator.App.Cli;
using Simulator.App.Scene;
using Simulator.App.Window;
using Simulator.Core.Attempts;
using Simulator.Core.Engine;
using Simulator.Rendering.Hosts;

namespace Simulator.Rendering.Tests.EndToEnd;

/// <summary>The mouse path of the real window: screen pixels → camera ray → anatomy pick → event with measurements.</summary>
[Collection("gl")]
public class WindowMouseTests
{
    private static Vector2 OnScreen(TrainerWindow w, Vector3 world)
    {
        var (fw, fh) = w.Window.FramebufferSize;
        var panel = HudPainter.PanelWidth * w.Scale;
        var clip = Vector4.Transform(new Vector4(world, 1), w.Camera.View * w.Camera.Projection((fw - panel) / fh));
        return new Vector2(panel + (clip.X / clip.W * 0.5f + 0.5f) * (fw - panel), (0.5f - clip.Y / clip.W * 0.5f) * fh);
    }

    [Fact]
    public void Dragging_the_scalpel_on_the_skin_and_clicking_the_ilium_record_the_measured_events()
    {
        using var xvfb = XvfbServer.Start();
        var scenario = ScenarioLocator.Load(Path.Combine(RepoPaths.Root, "scenarios", "si-joint-fusion-mis.yaml"));
        var pelvis = Pelvis.Build();
        var session = new Session(scenario, Mode.Guided, AnatomyJudge.Shared);
        using var window = new TrainerWindow(session, pelvis, new TrainerSettings());
        window.DrawFrame();

        window.OnKey('C', true, false, 0);
        window.OnKey('C', true, false, 0);
        window.OnKey(Keys.Space, true, false, 0);
        window.OnKey(Keys.D1, true, false, 0);

        // Drag 30 px straight down the screen, starting on the skin over the planned entry points.
        var start = OnScreen(window, window.Table.SkinPoint);
        window.OnMouseMove(start.X, start.Y);
        window.OnMouseButton(MouseButton.Left, true, 0);
        window.OnMouseMove(start.X, start.Y + 30);
        window.OnMouseButton(MouseButton.Left, false, 0);
        var incision = session.Recorded[^1];
        Assert.Equal("skin-incision", incision.Event.Do);
        Assert.Equal(Outcome.Accepted, incision.Outcome);
        var length = incision.Event.With["length_mm"].Number!.Value;
        Assert.InRange(length, 10, 80);
        var a = incision.Event.With["start"].Vector!;
        var b = incision.Event.With["end"].Vector!;
        Assert.Equal(length, Vector3.Distance(new Vector3((float)a[0], (float)a[1], (float)a[2]), new Vector3((float)b[0], (float)b[1], (float)b[2])), 0);

        window.OnKey(Keys.D0 + 2, true, false, 0);
        window.OnKey(Keys.Enter, true, false, 0);
        window.OnKey('T', true, false, 0);

        // Click the bone where the first implant is planned to enter: the pin docks there.
        window.OnKey(Keys.D0 + 3, true, false, 0);
        window.SetView(Rendering.Scene.CameraView.Lateral);
        var entry = OnScreen(window, window.Table.Planned(0).Entry);
        window.OnMouseMove(entry.X, entry.Y);
        window.OnMouseButton(MouseButton.Left, true, 0);
        window.OnMouseButton(MouseButton.Left, false, 0);
        var docked = session.Recorded[^1];
        Assert.Equal("pin-docking", docked.Event.Do);
        Assert.True(docked.Event.With["entry_offset_mm"].Number < 5, $"docked {docked.Event.With["entry_offset_mm"].Number} mm from the plan");

        window.DrawFrame();
        Assert.Equal(6, session.Recorded.Count);
    }
}
