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
/// The open approach done with the mouse in the real window: tray keys, the marker's click, the bipolar's stroke, the osteotome's
/// drag, curette strokes, the impactor, and a screw through the replaced block — each a logged event with its raw geometry.
/// </summary>
/// <remarks>Set SIM_OPEN_SHOTS to a folder to keep a screenshot of every stage.</remarks>
[Collection("gl")]
public class OpenApproachWindowTests
{

    private static readonly Lazy<Pelvis> SharedPelvis = new(Pelvis.Build);

    private static Vector2 OnScreen(TrainerWindow w, Vector3 world)
    {
        var view = w.Layout.View;
        return new Vector2(view.Left, view.Top) + ScreenProjection.Project(w.Camera, world, view.Width, view.Height)!.Value;
    }

    private static void Pick(TrainerWindow w, Tool tool)
    {
        var slot = w.Table.Tray.Of(tool)!;
        w.OnKey(slot.Key, true, false, slot.Modifiers);
        Assert.Equal(tool, w.Table.Tool);
    }

    private static void Click(TrainerWindow w, Vector3 world)
    {
        var at = OnScreen(w, world);
        w.OnMouseMove(at.X, at.Y);
        w.OnMouseButton(MouseButton.Left, true, 0);
        w.OnMouseButton(MouseButton.Left, false, 0);
        w.DrawFrame();
    }

    /// <summary>Presses at the first point, moves through the others in small screen steps; releases unless <paramref name="hold"/>.</summary>
    private static void Drag(TrainerWindow w, IReadOnlyList<Vector3> through, bool hold = false)
    {
        var at = OnScreen(w, through[0]);
        w.OnMouseMove(at.X, at.Y);
        w.OnMouseButton(MouseButton.Left, true, 0);
        MoveOn(w, through, hold);
    }

    /// <summary>With the button down at the first point, moves through the others in small screen steps; releases unless <paramref name="hold"/>.</summary>
    private static void MoveOn(TrainerWindow w, IReadOnlyList<Vector3> through, bool hold = false)
    {
        for (var i = 1; i < through.Count; i++)
        {
            var (a, b) = (OnScreen(w, through[i - 1]), OnScreen(w, through[i]));
            var steps = Math.Max(1, (int)(Vector2.Distance(a, b) / 3));
            for (var k = 1; k <= steps; k++)
            {
                var p = Vector2.Lerp(a, b, k / (float)steps);
                w.OnMouseMove(p.X, p.Y);
            }
        }

        if (!hold)
        {
            w.OnMouseButton(MouseButton.Left, false, 0);
        }

        w.DrawFrame();
    }

    /// <summary>Saves the window as it is (with <paramref name="handsOff"/> the instrument is put down first, so the work shows).</summary>
    private static void Shot(TrainerWindow w, string name, bool handsOff = false)
    {
        var tool = w.Table.Tool;
        if (handsOff)
        {
            w.OnKey(Tray.ViewKey, true, false, 0);
        }

        w.DrawFrame();
        if (Environment.GetEnvironmentVariable("SIM_OPEN_SHOTS") is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
            var (width, height) = w.Window.FramebufferSize;
            PngFile.Write(Path.Combine(folder, $"open-{name}.png"), w.ReadFrame(), width, height);
        }

        if (handsOff)
        {
            Pick(w, tool);
        }
    }

    private static EventVerdict Last(TrainerWindow w) => w.Session.Recorded[^1];

    [Fact]
    public void The_open_approach_by_mouse_logs_each_gesture_as_its_step_with_raw_geometry()
    {
        using var xvfb = XvfbServer.Start("1600x1000");
        var scenario = ScenarioLocator.Load(Path.Combine(RepoPaths.Root, "scenarios", "si-joint-fusion-open.yaml"));
        var settings = new TrainerSettings { WindowWidth = 1600, WindowHeight = 1000 };
        using var w = new TrainerWindow(new Session(scenario, Mode.Guided, AnatomyJudge.Shared), SharedPelvis.Value, settings);
        w.DrawFrame();
        var plan = w.Table.WindowPlan!;
        var pelvis = w.Table.Pelvis;
        var psis = IncisionPlan.SkinPoint(pelvis, "psis");

        // The time-out and the C-arm set-up are checks.
        w.OnKey('C', true, false, 0);
        w.OnKey('C', true, false, 0);

        // Mark the PSIS: the marker's click on the skin.
        w.Camera.Target = (psis + plan.Centre) / 2;
        w.Camera.Zoom(0.6f);
        Pick(w, Tool.Marker);
        Click(w, psis);
        Assert.Equal("landmarks", Last(w).Event.Do);
        Assert.True(Last(w).Event.With["mark_offset_mm"].Number < 5, $"mark {Last(w).Event.With["mark_offset_mm"].Number} mm off");
        Shot(w, "marked");

        Pick(w, Tool.Scalpel);
        var skin = w.Table.SkinPoint;
        var axis = IncisionPlan.Axis(pelvis, "iliac-window");
        Drag(w, new[] { skin - axis * 35, skin + axis * 35 });
        Assert.Equal("skin-incision", Last(w).Event.Do);
        Pick(w, Tool.Dissector);
        Click(w, skin);
        Assert.Equal("expose-joint", Last(w).Event.Do);

        // The exposure, close up: bleeders on the outer table.
        w.Camera.Target = plan.Centre;
        w.Camera.DistanceMm = 260;
        w.OnKey('T', true, false, 0);
        Pick(w, Tool.Bipolar);
        Shot(w, "exposure");
        w.OnKey('H', true, false, 0);
        Shot(w, "plan");
        w.OnKey('H', true, false, 0);
        var bleeders = OpenApproach.Bleeders(pelvis);
        Drag(w, new[] { bleeders[3], bleeders[1], bleeders[2], bleeders[4], bleeders[0] });
        var sealedStroke = Last(w);
        Assert.Equal("haemostasis", sealedStroke.Event.Do);
        Assert.Equal(100, sealedStroke.Event.With["bleeders_sealed_pct"].Number);
        Assert.True(sealedStroke.Event.With["path"].Vector!.Count >= 15);
        Shot(w, "sealed", handsOff: true);

        // The osteotome: corner to corner, the outline drawn while dragging.
        Pick(w, Tool.Osteotome);
        Drag(w, new[] { plan.At(-15, -10), plan.At(14, 9) }, hold: true);
        Assert.NotNull(w.Table.Visuals.Open.LiveOutline);
        Shot(w, "outlining");
        var corner = OnScreen(w, plan.At(15, 10));
        w.OnMouseMove(corner.X, corner.Y);
        w.OnMouseButton(MouseButton.Left, false, 0);
        var cut = Last(w);
        Assert.Equal("iliac-window", cut.Event.Do);
        Assert.Equal(Outcome.Accepted, cut.Outcome);
        Assert.InRange(cut.Event.With["width_mm"].Number!.Value, 18, 22);
        Assert.InRange(cut.Event.With["window_offset_mm"].Number!.Value, 0, 2);
        Shot(w, "window");

        // The curette, back and forth along the joint over the window's floor.
        Pick(w, Tool.Curette);
        var zigzag = new List<Vector3>();
        foreach (var (v, k) in new[] { -8f, -3f, 2f, 7f, 9f }.Select((v, k) => (v, k)))
        {
            zigzag.Add(plan.At(k % 2 == 0 ? -14 : 14, v));
            zigzag.Add(plan.At(k % 2 == 0 ? 14 : -14, v));
        }

        Drag(w, zigzag.Take(4).ToList(), hold: true);
        Assert.NotEmpty(w.Table.Visuals.Open.LiveCurette);
        Shot(w, "curetting");
        MoveOn(w, zigzag.Skip(3).ToList());
        var curetted = Last(w);
        Assert.Equal("joint-preparation", curetted.Event.Do);
        Assert.True(curetted.Event.With["cartilage_removed_pct"].Number >= 85, $"{curetted.Event.With["cartilage_removed_pct"].Number} %");
        Shot(w, "curetted", handsOff: true);

        // The impactor: graft while it is due, then the block, tapped in 3 mm (PgUp three times).
        Pick(w, Tool.Impactor);
        Click(w, plan.At(3, 2));
        Assert.Equal("bone-graft", Last(w).Event.Do);
        Shot(w, "graft", handsOff: true);
        for (var i = 0; i < 3; i++)
        {
            w.OnKey(Keys.PageUp, true, false, 0);
        }

        Click(w, plan.Centre);
        var block = Last(w);
        Assert.Equal("replace-block", block.Event.Do);
        Assert.Equal(3, block.Event.With["countersink_mm"].Number);
        Shot(w, "block", handsOff: true);

        // A guide wire still docks where the click meets the bone, over the replaced block.
        Pick(w, Tool.GuidePin);
        var entry = w.Table.Planned(0).Entry;
        Click(w, entry);
        var docked = Last(w);
        Assert.Equal("wire-docking", docked.Event.Do);
        Assert.Equal(Outcome.Accepted, docked.Outcome);
        var at = docked.Event.With["entry"].Vector!;
        Assert.True(Vector3.Distance(new Vector3((float)at[0], (float)at[1], (float)at[2]), entry) < 3, "the wire docked away from the click");
        Shot(w, "wire");
        w.OnKey('L', true, false, 0);
        w.OnKey(Keys.Space, true, false, 0);
        Assert.Equal("wire-lateral-check", Last(w).Event.Do);
        Shot(w, "fluoro");
        w.OnKey('F', true, false, 0);
        Shot(w, "fluoro-full");
        w.OnKey('F', true, false, 0);

        // The rest of the first screw's cycle: inlet and outlet checks, advance, drill, gauge, screw, wire out.
        foreach (var view in new[] { 'I', 'O' })
        {
            w.OnKey(view, true, false, 0);
            w.OnKey(Keys.Space, true, false, 0);
        }

        Pick(w, Tool.GuidePin);
        w.OnKey(Keys.Enter, true, false, 0);
        Assert.Equal("wire-advance", Last(w).Event.Do);
        Pick(w, Tool.Drill);
        w.OnKey(Keys.Enter, true, false, 0);
        Pick(w, Tool.Implant);
        w.OnKey('G', true, false, 0);
        w.OnKey(Keys.Enter, true, false, 0);
        Assert.Equal("screw-insertion", Last(w).Event.Do);
        w.OnKey('R', true, false, 0);
        Assert.Equal("wire-removal", Last(w).Event.Do);
        Pick(w, Tool.CArm);
        Shot(w, "screw", handsOff: true);
        Assert.Equal(0, w.Session.Recorded.Count(v => !v.Performed));
        Assert.All(w.Session.Recorded, v => Assert.True(v.Outcome == Outcome.Accepted, $"{v.Event.Do}: {v.Outcome}"));
    }

    [Fact]
    public void Keyboard_only_the_stroking_tools_go_down_at_the_cross_follow_the_arrows_and_lift_on_enter()
    {
        using var xvfb = XvfbServer.Start();
        var scenario = ScenarioLocator.Load(Path.Combine(RepoPaths.Root, "scenarios", "si-joint-fusion-open.yaml"));
        using var w = new TrainerWindow(new Session(scenario, Mode.Assessment, AnatomyJudge.Shared), SharedPelvis.Value, new TrainerSettings());
        var plan = w.Table.WindowPlan!;
        w.Camera.Target = plan.Centre;
        w.Camera.DistanceMm = 300;
        w.DrawFrame();
        void Key(int key, int modifiers = 0) => w.OnKey(key, true, false, modifiers);

        // The osteotome: Enter at the + (where the middle of the view meets the bone), five Shift+arrow steps, Enter.
        Pick(w, Tool.Osteotome);
        var corner = w.Controls.Cursor.Point!.Value;
        Assert.False(w.Controls.Cursor.OnSkin);
        Key(Keys.Enter);
        Assert.True(w.Controls.Hands.Down);
        for (var i = 0; i < 4; i++)
        {
            Key(Keys.Right, Keys.ModShift);
            Key(Keys.Up, Keys.ModShift);
        }

        var opposite = w.Controls.Cursor.Point!.Value;
        Assert.NotNull(w.Table.Visuals.Open.LiveOutline);
        Key(Keys.Enter);
        var cut = Last(w);
        Assert.Equal("iliac-window", cut.Event.Do);
        var start = cut.Event.With["start"].Vector!;
        var end = cut.Event.With["end"].Vector!;
        Assert.Equal(corner.Y, start[1], 1);
        Assert.Equal(opposite.Z, end[2], 1);
        Assert.InRange(Vector3.Distance(corner, opposite), 20, 60);

        // The curette, now that there is a window: the + back inside it, down, a few steps, up — one event.
        Pick(w, Tool.Curette);
        Key(Keys.Left, Keys.ModShift);
        Key(Keys.Down, Keys.ModShift);
        var before = w.Session.Recorded.Count;
        Key(Keys.Enter);
        Key(Keys.Left, Keys.ModShift);
        Key(Keys.Down, Keys.ModShift);
        Key(Keys.Enter);
        Assert.Equal(before + 1, w.Session.Recorded.Count);
        Assert.Equal("joint-preparation", Last(w).Event.Do);
        Assert.True(Last(w).Event.With["path"].Vector!.Count >= 6);
        Assert.False(w.Controls.Hands.Down);
    }

    [Fact]
    public void In_the_minimally_invasive_operation_the_marker_marks_each_implant_entry_where_the_click_meets_the_skin()
    {
        using var xvfb = XvfbServer.Start("1600x1000");
        var scenario = ScenarioLocator.Load(Path.Combine(RepoPaths.Root, "scenarios", "si-joint-fusion-mis.yaml"));
        using var w = new TrainerWindow(new Session(scenario, Mode.Guided, AnatomyJudge.Shared), SharedPelvis.Value,
            new TrainerSettings { WindowWidth = 1600, WindowHeight = 1000 });
        w.DrawFrame();
        w.OnKey('C', true, false, 0);
        w.OnKey('C', true, false, 0);
        w.OnKey('L', true, false, 0);
        w.OnKey(Keys.Space, true, false, 0);
        Assert.Equal("lateral-view", Last(w).Event.Do);

        // From the side, over the implants' entries; the plan (H) shows where each mark belongs.
        w.SetView(CameraView.Lateral);
        w.Camera.DistanceMm = 900;
        w.Camera.FieldOfViewDeg = OrbitCamera.OrbitFieldOfViewDeg;
        w.Camera.Target = w.Table.Planned(1).Entry;
        w.OnKey('H', true, false, 0);
        Pick(w, Tool.Marker);
        for (var slot = 0; slot < 3; slot++)
        {
            Click(w, IncisionPlan.SkinPoint(w.Table.Pelvis, "implant-entry", slot));
            var mark = Last(w);
            Assert.Equal("entry-marks", mark.Event.Do);
            Assert.Equal(Outcome.Accepted, mark.Outcome);
            Assert.True(mark.Event.With["mark_offset_mm"].Number < 3, $"mark {slot + 1}: {mark.Event.With["mark_offset_mm"].Number} mm off");
        }

        Assert.Equal(3, w.Table.Visuals.Open.Marks.Count);
        Pick(w, Tool.Scalpel);
        Shot(w, "mis-marks");
    }
}
