using System.Numerics;
using Simulator.Anatomy;
using Simulator.App.Cli;
using Simulator.App.Scene;
using Simulator.App.Window;
using Simulator.Core.Attempts;
using Simulator.Core.Engine;
using Simulator.Rendering.Hosts;

namespace Simulator.EndToEnd.Tests;

/// <summary>The mouse and keyboard paths of the real window: buttons, tray, screen pixels → camera ray → anatomy pick → event.</summary>
[Collection("gl")]
public class WindowMouseTests
{
    private static readonly Lazy<Pelvis> SharedPelvis = new(Pelvis.Build);

    private static TrainerWindow Open(Mode mode)
    {
        var scenario = ScenarioLocator.Load(Path.Combine(RepoPaths.Root, "scenarios", "si-joint-fusion-mis.yaml"));
        var window = new TrainerWindow(new Session(scenario, mode, AnatomyJudge.Shared), SharedPelvis.Value, new TrainerSettings());
        window.DrawFrame();
        return window;
    }

    private static Vector2 OnScreen(TrainerWindow w, Vector3 world)
    {
        var view = w.Layout.View;
        return new Vector2(view.Left, view.Top) + ScreenProjection.Project(w.Camera, world, view.Width, view.Height)!.Value;
    }

    private static void Click(TrainerWindow w, Vector2 at)
    {
        w.OnMouseMove(at.X, at.Y);
        w.OnMouseButton(MouseButton.Left, true, 0);
        w.OnMouseButton(MouseButton.Left, false, 0);
        w.DrawFrame();
    }

    /// <summary>Clicks the on-screen button that stands for <paramref name="key"/> (it must be showing).</summary>
    private static void ClickButton(TrainerWindow w, int key)
    {
        w.DrawFrame();
        var button = w.Buttons.Last(b => b.Key == key);
        Click(w, new Vector2(button.Rect.MidX, button.Rect.MidY));
    }

    /// <summary>The key of <paramref name="tool"/> in this scenario's tray (its slot, when clicked, is that key).</summary>
    private static int Tray(TrainerWindow w, Tool tool) => w.Table.Tray.Of(tool)!.Key;

    private static void Key(TrainerWindow w, int key, int modifiers = 0)
    {
        w.OnKey(key, true, false, modifiers);
        w.DrawFrame();
    }

    [Fact]
    public void Mouse_only_the_tray_buttons_scalpel_drag_and_a_click_on_the_ilium_record_the_measured_events()
    {
        using var xvfb = XvfbServer.Start();
        using var window = Open(Mode.Guided);
        var session = window.Session;

        // The two check steps have a Confirm button; the C-arm shot one; the tray picks tools even with the View tool in hand.
        ClickButton(window, 'C');
        ClickButton(window, 'C');
        ClickButton(window, Keys.Space);
        Assert.Equal(3, session.Recorded.Count(v => v.Outcome == Outcome.Accepted));
        for (var slot = 0; slot < 3; slot++)
        {
            window.Table.Mark(Simulator.App.Scene.IncisionPlan.SkinPoint(window.Table.Pelvis, "implant-entry", slot));
        }

        ClickButton(window, Tray(window, Tool.Scalpel));
        Assert.Equal(Tool.Scalpel, window.Table.Tool);

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
        // The length and the end points are each logged to 0.1 mm.
        Assert.Equal(length, Vector3.Distance(new Vector3((float)a[0], (float)a[1], (float)a[2]), new Vector3((float)b[0], (float)b[1], (float)b[2])), 0.25);

        ClickButton(window, Tray(window, Tool.Dissector));
        Click(window, OnScreen(window, window.Table.SkinPoint));
        Assert.Equal("blunt-dissection", session.Recorded[^1].Event.Do);
        ClickButton(window, 'T');

        // The drill refuses empty space (nothing logged) and says why.
        ClickButton(window, Tray(window, Tool.Drill));
        var before = session.Recorded.Count;
        Click(window, new Vector2(window.Layout.View.Right - 10, window.Layout.View.Bottom - 10));
        Assert.Equal(before, session.Recorded.Count);
        Assert.NotNull(window.Controls.Notice);

        // Click the bone where the first implant is planned to enter: the pin docks there.
        ClickButton(window, Tray(window, Tool.GuidePin));
        window.SetView(Rendering.Scene.CameraView.Lateral);
        Click(window, OnScreen(window, window.Table.Planned(0).Entry));
        var docked = session.Recorded[^1];
        Assert.Equal("pin-docking", docked.Event.Do);
        Assert.True(docked.Event.With["entry_offset_mm"].Number < 5, $"docked {docked.Event.With["entry_offset_mm"].Number} mm from the plan");
        Assert.Equal(9, session.Recorded.Count);

        // Dialogs have buttons: Esc asks, "Keep operating" goes back; P pauses, "Continue" resumes.
        ClickButton(window, Keys.Escape);
        Assert.Equal(TrainerScreen.ConfirmEnd, window.Screen);
        ClickButton(window, Keys.Escape);
        Assert.Equal(TrainerScreen.Operating, window.Screen);
        ClickButton(window, 'P');
        Assert.Equal(TrainerScreen.Paused, window.Screen);
        ClickButton(window, 'P');
        Assert.Equal(TrainerScreen.Operating, window.Screen);

        // Showing the plan is a hint: noted each time it is shown (not when hidden), never an event, listed in the debrief.
        ClickButton(window, 'H');
        ClickButton(window, 'H');
        Key(window, 'H');
        Assert.Equal(2, window.Table.Notes.Count);
        Assert.Equal(9, session.Recorded.Count);
        Key(window, Keys.Escape);
        ClickButton(window, Keys.Enter);
        Assert.Equal(TrainerScreen.Debrief, window.Screen);
        Assert.Contains(window.DrawnText, t => t.Text.StartsWith("Hints taken: the plan was shown 2 times", StringComparison.Ordinal));
    }

    [Fact]
    public void Keyboard_only_the_pin_docks_at_the_walked_cross_never_on_the_plan_and_the_clock_waits_for_the_first_action()
    {
        using var xvfb = XvfbServer.Start();
        using var window = Open(Mode.Assessment);
        var session = window.Session;

        Key(window, Keys.F1);
        Key(window, Keys.F1);
        Thread.Sleep(1100);
        Assert.False(window.Clock.Started);
        Assert.Equal(0, window.ElapsedSeconds);

        Key(window, 'C');
        Assert.True(window.Clock.Started);
        Assert.Equal(0, session.Recorded[0].Event.At, 1);
        Key(window, 'C');
        Key(window, Keys.Space);
        Key(window, Tray(window, Tool.Scalpel));
        Key(window, Keys.Enter);
        Assert.Equal("skin-incision", session.Recorded[^1].Event.Do);
        Key(window, Tray(window, Tool.Dissector));
        Key(window, Keys.Enter);

        Key(window, Tray(window, Tool.GuidePin));
        var cross = window.Controls.Cursor.Point!.Value;
        Key(window, Keys.Up, Keys.ModShift);
        Key(window, Keys.Left);
        var walked = window.Controls.Cursor.Point!.Value;
        Assert.InRange(Vector3.Distance(cross, walked), 3, 8);
        Key(window, Keys.Enter);

        var docked = session.Recorded[^1];
        Assert.Equal("pin-docking", docked.Event.Do);
        var entry = docked.Event.With["entry"].Vector!;
        Assert.Equal(walked.Y, entry[1], 1);
        Assert.Equal(walked.Z, entry[2], 1);
        Assert.NotEqual(0, Measure.EntryOffsetMm(walked, window.Table.Planned(0).Entry), 1);

        // Ctrl+arrows walk the docked pin's tip before it is advanced.
        Key(window, Keys.Down, Keys.ModControl);
        Assert.NotEqual(walked, window.Table.PinEntry!.Value);
    }
}
