using System.Numerics;
using Simulator.Anatomy;
using Simulator.App.Scene;
using Simulator.App.Window;
using Simulator.Core.Attempts;
using Simulator.Core.Engine;
using Simulator.Core.Scenarios;

namespace Simulator.Tests.Window;

/// <summary>
/// The marker, bipolar, osteotome, curette and impactor at the table: rays in (as the window's camera would cast them), events with
/// raw geometry out, and the judge's figures derived from that geometry.
/// </summary>
public partial class OpenGestureTests
{
    /// <summary>A small open operation with every hands-on step of the open approach (the shipped scenario is being converted).</summary>
    internal const string ScenarioYaml = """
        id: open-hands
        title: Open approach by hand
        procedure: test
        version: "1"
        steps:
          - id: landmarks
            action: marking
            site: psis
            name: Mark the PSIS
            targets:
              mark_offset_mm: {max: 15, unit: mm}
          - id: skin-incision
            action: incision
            site: iliac-window
            name: Incise over the window
          - id: expose
            action: dissection
            name: Expose the outer table
            requires: [skin-incision]
          - id: haemostasis
            action: haemostasis
            name: Seal the bleeders
            requires: [expose]
            targets:
              bleeders_sealed_pct: {min: 100, unit: "%"}
          - id: iliac-window
            action: osteotomy
            name: Cut the window
            requires: [expose]
            targets:
              width_mm: {min: 15, max: 25, unit: mm}
              length_along_joint_mm: {min: 20, max: 40, unit: mm}
              window_offset_mm: {max: 10, unit: mm}
              notch_margin_mm: {min: 10, unit: mm}
          - id: joint-preparation
            action: curettage
            name: Curette the joint
            requires: [iliac-window]
            targets:
              cartilage_removed_pct: {min: 90, unit: "%"}
          - id: bone-graft
            action: graft
            name: Pack graft
            optional: true
            targets:
              graft_outside_window_mm: {max: 2, unit: mm}
          - id: replace-block
            action: block
            name: Countersink the block
            requires: [iliac-window, joint-preparation]
            targets:
              block_outside_window_mm: {max: 2, unit: mm}
              countersink_mm: {min: 2, max: 5, unit: mm}
        """;

    private static readonly Lazy<Scenario> Open = new(() => ScenarioLoader.LoadText(ScenarioYaml, "open-hands.yaml").ValueOrThrow());

    internal static (OperatingTable Table, HandGestures Hands, SurfaceCursor Cursor) Table(Mode mode = Mode.Assessment)
    {
        var time = 0.0;
        var table = new OperatingTable(new Session(Open.Value, mode, AnatomyJudge.Shared), Pelvis.Build(), () => time += 10);
        var cursor = new SurfaceCursor();
        return (table, new HandGestures(() => table, cursor, () => { }), cursor);
    }

    private static IliacWindow Plan(OperatingTable t) => t.WindowPlan!;

    /// <summary>A ray straight down onto the outer table at window coordinates (as seen from over the wound).</summary>
    private static (Vector3 Origin, Vector3 Direction) Down(IliacWindow plan, float along, float across) =>
        (plan.At(along, across) + plan.Normal * 60f, -plan.Normal);

    private static double Number(EventVerdict v, string name) => v.Event.With[name].Number!.Value;

    /// <summary>The steps before the bone work: the PSIS marked, the incision, the exposure.</summary>
    private static void Expose(OperatingTable t)
    {
        t.Mark(IncisionPlan.SkinPoint(t.Pelvis, "psis"));
        t.InciseAt(t.SkinPoint);
        t.Dissect();
    }

    private static void ExposeAndSeal(OperatingTable t)
    {
        Expose(t);
        t.Coagulate(OpenApproach.Bleeders(t.Pelvis).ToList());
    }

    private static EventVerdict Last(OperatingTable t) => t.Session.Recorded[^1];

    [Fact]
    public void A_click_on_the_skin_over_the_psis_is_a_marking_event_with_the_point_and_the_judge_measures_its_offset()
    {
        var (t, hands, cursor) = Table();
        var psisSkin = IncisionPlan.SkinPoint(t.Pelvis, "psis");
        t.Tool = Tool.Marker;

        Assert.Null(hands.Press(psisSkin + new Vector3(3, 80, 0), -Vector3.UnitY));

        var mark = Last(t);
        Assert.Equal("landmarks", mark.Event.Do);
        Assert.Equal(new[] { "at", "mark_offset_mm" }, mark.Event.With.Keys.Order());
        Assert.InRange(Number(mark, "mark_offset_mm"), 2.5, 3.5);
        Assert.True(cursor.OnSkin);
        Assert.Single(t.Visuals.Open.Marks);
        Assert.Equal(mark.Event.With["at"].Vector![1], t.Visuals.Open.Marks[0].Y, 1);
    }

    [Fact]
    public void One_bipolar_stroke_through_every_bleeder_seals_them_all_and_a_stroke_that_misses_seals_fewer()
    {
        var (t, hands, _) = Table();
        Expose(t);
        var plan = Plan(t);
        var bleeders = OpenApproach.Bleeders(t.Pelvis);
        t.Tool = Tool.Bipolar;

        // Press over the first bleeder, drag through the others, release over the last: one event.
        var first = bleeders[0] + plan.Normal * 60f;
        Assert.Null(hands.Press(first, -plan.Normal));
        for (var i = 1; i < bleeders.Count; i++)
        {
            for (var k = 1; k <= 20; k++)
            {
                hands.Move(Vector3.Lerp(bleeders[i - 1], bleeders[i], k / 20f) + plan.Normal * 60f, -plan.Normal);
            }
        }

        Assert.True(t.Visuals.Open.LiveBipolar.Length > 5);
        Assert.Null(hands.Release(bleeders[^1] + plan.Normal * 60f, -plan.Normal));
        var sealedAll = Last(t);
        Assert.Equal("haemostasis", sealedAll.Event.Do);
        Assert.Equal(Outcome.Accepted, sealedAll.Outcome);
        Assert.Equal(100, Number(sealedAll, "bleeders_sealed_pct"));
        var path = sealedAll.Event.With["path"].Vector!;
        Assert.True(path.Count % 3 == 0 && path.Count >= 30, $"{path.Count} coordinates");
        Assert.All(t.Visuals.Open.Bleeders, b => Assert.True(b.Sealed));
        Assert.Empty(t.Visuals.Open.LiveBipolar);

        // A short stroke over two bleeders only: judged as 40 %.
        var (again, hands2, _) = Table();
        Expose(again);
        again.Tool = Tool.Bipolar;
        hands2.Press(bleeders[0] + plan.Normal * 60f, -plan.Normal);
        hands2.Release(bleeders[2] + plan.Normal * 60f, -plan.Normal);
        Assert.Equal(40, Number(Last(again), "bleeders_sealed_pct"));
        Assert.Equal(2, again.Visuals.Open.Bleeders.Count(b => b.Sealed));
    }

    [Fact]
    public void A_bipolar_stroke_off_the_exposed_bone_is_refused_with_a_notice_and_not_logged()
    {
        var (t, hands, _) = Table();
        Expose(t);
        var before = t.Session.Recorded.Count;
        var sacrum = t.Pelvis.Landmark("s1-endplate-centre").PointMm;
        t.Tool = Tool.Bipolar;

        Assert.Null(hands.Press(sacrum + new Vector3(0, 150, 0), -Vector3.UnitY));
        var notice = hands.Release(sacrum + new Vector3(0, 150, 5), -Vector3.UnitY);

        Assert.Contains("exposed bone", notice);
        Assert.Equal(before, t.Session.Recorded.Count);
    }

    [Fact]
    public void Dragging_the_osteotome_over_the_planned_corners_cuts_a_20_by_30_window_on_the_plan_and_the_outline_shows_while_dragging()
    {
        var (t, hands, _) = Table();
        ExposeAndSeal(t);
        var plan = Plan(t);
        t.Tool = Tool.Osteotome;

        var (o, d) = Down(plan, -15, -10);
        Assert.Null(hands.Press(o, d));
        (o, d) = Down(plan, 0, 0);
        hands.Move(o, d);
        Assert.Equal(15, t.Visuals.Open.LiveOutline!.Value.LengthMm, 0.5);
        Assert.Equal(10, hands.Outlining!.WidthMm, 0.5);
        (o, d) = Down(plan, 15, 10);
        Assert.Null(hands.Release(o, d));

        var cut = Last(t);
        Assert.Equal("iliac-window", cut.Event.Do);
        Assert.Equal(Outcome.Accepted, cut.Outcome);
        Assert.Equal(20, Number(cut, "width_mm"), 0.5);
        Assert.Equal(30, Number(cut, "length_along_joint_mm"), 0.5);
        Assert.InRange(Number(cut, "window_offset_mm"), 0, 0.5);
        Assert.True(Number(cut, "notch_margin_mm") >= 10, $"notch margin {Number(cut, "notch_margin_mm")}");
        Assert.Null(t.Visuals.Open.LiveOutline);
        Assert.Equal(30, t.Visuals.Open.Window!.Value.LengthMm, 0.5);
        Assert.InRange(t.Visuals.Open.Window!.Value.DepthMm, 15, 25);
        Assert.Equal(20, t.Window!.WidthMm, 0.5);
    }

    [Fact]
    public void An_osteotome_window_off_the_plan_is_measured_where_it_was_outlined()
    {
        var (t, hands, _) = Table();
        Expose(t);
        var plan = Plan(t);
        t.Tool = Tool.Osteotome;
        var (o, d) = Down(plan, -5, -6);
        hands.Press(o, d);
        (o, d) = Down(plan, 25, 6);
        hands.Release(o, d);

        var cut = Last(t);
        Assert.Equal(12, Number(cut, "width_mm"), 0.5);
        Assert.Equal(30, Number(cut, "length_along_joint_mm"), 0.5);
        Assert.Equal(10, Number(cut, "window_offset_mm"), 0.5);
    }

    [Fact]
    public void A_click_with_the_osteotome_is_not_a_window()
    {
        var (t, hands, _) = Table();
        Expose(t);
        var before = t.Session.Recorded.Count;
        t.Tool = Tool.Osteotome;
        var (o, d) = Down(Plan(t), 0, 0);
        hands.Press(o, d);
        var notice = hands.Release(o, d);
        Assert.Contains("opposite corner", notice);
        Assert.Equal(before, t.Session.Recorded.Count);
    }

    [Fact]
    public void The_curette_needs_a_cut_window_then_logs_its_stroke_on_the_window_plane_and_the_judge_measures_the_cleared_share()
    {
        var (t, hands, _) = Table();
        ExposeAndSeal(t);
        var plan = Plan(t);
        var before = t.Session.Recorded.Count;
        t.Tool = Tool.Curette;
        var (o, d) = Down(plan, 0, 0);
        Assert.Contains("Cut the window first", hands.Press(o, d));
        Assert.Equal(before, t.Session.Recorded.Count);

        t.Tool = Tool.Osteotome;
        hands.Press(Down(plan, -15, -10).Origin, -plan.Normal);
        hands.Release(Down(plan, 15, 10).Origin, -plan.Normal);

        // Back and forth along the joint, 5 mm apart, seen obliquely (the ray is not along the normal).
        var eye = plan.Centre + plan.Normal * 120f + plan.Across * 40f + plan.Along * 30f;
        var rows = new[] { -8f, -3f, 2f, 7f, 9f };
        t.Tool = Tool.Curette;
        Vector3 Aim(float u, float v) => Vector3.Normalize(plan.At(u, v) - eye);
        hands.Press(eye, Aim(-14, rows[0]));
        for (var r = 0; r < rows.Length; r++)
        {
            var (from, to) = r % 2 == 0 ? (-14f, 14f) : (14f, -14f);
            for (var k = 0; k <= 28; k++)
            {
                hands.Move(eye, Aim(from + (to - from) * k / 28f, rows[r]));
            }
        }

        Assert.NotEmpty(t.Visuals.Open.LiveCurette);
        hands.Release(eye, Aim(-14, 9));
        var curetted = Last(t);
        Assert.Equal("joint-preparation", curetted.Event.Do);
        Assert.Equal(Outcome.Accepted, curetted.Outcome);
        Assert.True(Number(curetted, "cartilage_removed_pct") >= 90, $"{Number(curetted, "cartilage_removed_pct")} %");
        var path = curetted.Event.With["path"].Vector!;
        for (var i = 0; i < path.Count; i += 3)
        {
            var p = new Vector3((float)path[i], (float)path[i + 1], (float)path[i + 2]);
            Assert.Equal(0, Vector3.Dot(p - t.Window!.Centre, t.Window.Normal), 0.05);
            Assert.True(t.Window.Contains(p, 0.01f), $"{p} is outside the window");
        }

        Assert.Single(t.Visuals.Open.Strokes);

        // One short stroke clears little.
        var (t2, hands2, _) = Table();
        Expose(t2);
        t2.Tool = Tool.Osteotome;
        hands2.Press(Down(plan, -15, -10).Origin, -plan.Normal);
        hands2.Release(Down(plan, 15, 10).Origin, -plan.Normal);
        t2.Tool = Tool.Curette;
        hands2.Press(Down(plan, -10, 0).Origin, -plan.Normal);
        hands2.Release(Down(plan, 10, 0).Origin, -plan.Normal);
        Assert.InRange(Number(Last(t2), "cartilage_removed_pct"), 20, 45);
    }
}
