using System.Numerics;
using Simulator.Anatomy;
using Simulator.App.Cli;
using Simulator.App.Scene;
using Simulator.App.Window;
using Simulator.Core.Attempts;
using Simulator.Core.Engine;
using Simulator.Core.Scoring;
using Simulator.Rendering.Scene;

namespace Simulator.Tests.Window;

public class OperatingTableTests
{
    internal static OperatingTable Table(Mode mode)
    {
        var scenario = ScenarioLocator.Load(RepoPaths.Scenario("si-joint-fusion-mis"));
        var time = 0.0;
        return new OperatingTable(new Session(scenario, mode, AnatomyJudge.Shared), Pelvis.Build(), () => time += 20);
    }

    /// <summary>A shot with the C-arm adjusted onto the pelvis's own view (as a trainee does after the preset).</summary>
    internal static void Shot(OperatingTable t, string view)
    {
        Assert.True(OrbitCamera.TryParseView(view, out var v));
        t.CArm = CArmPose.Ideal(v, t.InletTiltDeg, t.OutletTiltDeg);
        t.TakeShot();
    }

    /// <summary>Time-out, C-arm set-up, the first lateral, the three entry marks, incision and dissection.</summary>
    internal static void Preamble(OperatingTable t)
    {
        t.Confirm();
        t.Confirm();
        Shot(t, "lateral");
        for (var slot = 0; slot < 3; slot++)
        {
            // Marked on the skin straight lateral to each planned entry, as a click there with the marker would.
            t.Mark(IncisionPlan.SkinPoint(t.Pelvis, "implant-entry", slot));
        }

        t.InciseAt(t.SkinPoint);
        t.Dissect();
    }

    private static void ImplantCycle(OperatingTable t)
    {
        // Docked exactly where a click on the bone at the planned entry would put it: no key does this.
        t.DockPin(t.Planned(t.CurrentSlot).Entry);
        Shot(t, "lateral");
        Shot(t, "inlet");
        Shot(t, "outlet");
        t.AdvancePin();
        t.Confirm();
        t.Drill();
        Shot(t, "outlet");
        t.Broach();
        Shot(t, "outlet");
        t.Gauge();
        t.PlaceImplant();
        t.RemovePin();
    }

    /// <summary>The whole MIS sequence with the default tool settings, every pin docked on its planned entry (as a click there would), is a perfect attempt.</summary>
    [Fact]
    public void Reference_sequence_docked_on_the_plan_scores_full_marks_and_matches_score_on_the_recorded_events()
    {
        var t = Table(Mode.Assessment);
        var recorded = new List<EventVerdict>();
        t.Recorded += recorded.Add;
        Preamble(t);
        for (var i = 0; i < 3; i++)
        {
            ImplantCycle(t);
        }

        Shot(t, "lateral");
        Shot(t, "inlet");
        Shot(t, "outlet");
        t.Irrigate();
        t.Confirm();
        t.Close();
        t.Close();

        var live = t.Session.Finish();
        Assert.True(live.Deductions.Count == 0, string.Join("\n", live.Deductions.Select(d => $"{d.Points} {d.Reason}")));
        Assert.Equal(100, live.Total);
        Assert.Equal(19, t.Shots);
        Assert.Equal(54, recorded.Count);
        var rescored = Scorer.Score(t.Session.Scenario, recorded.Select(r => r.Event).ToList(), Mode.Assessment, AnatomyJudge.Shared);
        Assert.Equal(ScoreJson.Serialize(live), ScoreJson.Serialize(rescored));
        Assert.All(t.Visuals.Slots, s => Assert.Equal(SlotStage.PinRemoved, s.Stage));
    }

    [Fact]
    public void A_dragged_incision_records_its_length_and_position()
    {
        var t = Table(Mode.Assessment);
        var start = t.SkinPoint;
        var verdict = t.Incise(start, start + new Vector3(0, 0, 37.5f))!;
        Assert.Equal("skin-incision", verdict.Event.Do);
        Assert.Equal(37.5, verdict.Event.With["length_mm"].Number!.Value, 1);
        Assert.Equal(3, verdict.Event.With["start"].Vector!.Count);
        Assert.True(t.Visuals.IncisionMade);
        Assert.Equal(37.5f, t.Visuals.IncisionLengthMm, 1);
    }

    [Fact]
    public void Pin_docking_measures_the_offset_from_the_planned_entry_and_advancing_measures_depth()
    {
        var t = Table(Mode.Assessment);
        Preamble(t);
        var planned = t.Planned(0);
        var docked = t.DockPin(planned.Entry + new Vector3(0, 3, 4))!;
        Assert.Equal("pin-docking", docked.Event.Do);
        Assert.Equal(5.0, docked.Event.With["entry_offset_mm"].Number!.Value, 1);
        Shot(t, "lateral");
        Shot(t, "inlet");
        Shot(t, "outlet");
        t.PinDepthMm = 60;
        var advanced = t.AdvancePin()!;
        Assert.Equal("pin-advance", advanced.Event.Do);
        Assert.Equal(60.0, advanced.Event.With["depth_mm"].Number!.Value, 1);
        Assert.True(advanced.Event.With["foramen_clearance_mm"].Number > 5);
        t.Confirm();
        t.DrillDepthMm = 48;
        Assert.Equal(12.0, t.Drill()!.Event.With["short_of_pin_tip_mm"].Number!.Value, 1);
    }

    [Fact]
    public void Aiming_changes_the_pin_direction_by_the_given_angle()
    {
        var t = Table(Mode.Assessment);
        var straight = t.PinDirection;
        t.AimOffsetDeg = new Vector2(10, 0);
        var angle = MathF.Acos(Vector3.Dot(straight, t.PinDirection)) * 180 / MathF.PI;
        Assert.Equal(10f, angle, 0.5f);
    }

    [Fact]
    public void Drilling_with_no_pin_is_the_matching_distractor_and_guided_mode_refuses_an_unmet_step()
    {
        var assessment = Table(Mode.Assessment);
        Assert.Equal("drill-without-pin", assessment.Drill()!.Event.Do);
        assessment.DockPin(assessment.Planned(0).Entry);
        Assert.Equal("advance-pin-unchecked", assessment.AdvancePin()!.Event.Do);

        var guided = Table(Mode.Guided);
        var verdict = guided.InciseAt(guided.SkinPoint)!;
        Assert.Equal(Outcome.Refused, verdict.Outcome);
        Assert.StartsWith("Not yet: do \"Team time-out, antibiotics, positioning and side\" first (press C). Finish the time-out", verdict.Headline);
        Assert.False(guided.Visuals.IncisionMade);
    }

    [Fact]
    public void A_docked_pin_walked_over_the_bone_advances_from_where_it_was_walked_to()
    {
        var t = Table(Mode.Assessment);
        Preamble(t);
        var planned = t.Planned(0).Entry;
        var eye = planned + new Vector3(600, 0, 0);
        var start = SurfaceCursor.Walk(t.Pelvis, planned, skin: false, eye, Vector3.UnitY, Vector3.UnitZ, 0, 8)!.Value;
        Assert.InRange(Vector3.Distance(start, planned), 6, 10);
        Assert.Equal(Outcome.Accepted, t.DockPin(start)!.Outcome);

        var walked = SurfaceCursor.Walk(t.Pelvis, start, skin: false, eye, Vector3.UnitY, Vector3.UnitZ, 0, -8)!.Value;
        Assert.True(t.WalkPin(walked));
        Assert.InRange(Vector3.Distance(walked, planned), 0, 2);
        Shot(t, "lateral");
        Shot(t, "inlet");
        Shot(t, "outlet");
        var advanced = t.AdvancePin()!;
        var entry = advanced.Event.With["entry"].Vector!;
        Assert.Equal(walked.X, entry[0], 1);
        Assert.Equal(walked.Z, entry[2], 1);
        Assert.False(t.WalkPin(planned), "an advanced pin cannot be walked");
    }

    [Fact]
    public void Walking_off_the_edge_of_the_bone_is_refused()
    {
        var t = Table(Mode.Assessment);
        var planned = t.Planned(0).Entry;
        var eye = planned + new Vector3(600, 0, 0);
        Assert.Null(SurfaceCursor.Walk(t.Pelvis, planned, skin: false, eye, Vector3.UnitY, Vector3.UnitZ, 0, 400));
    }

    [Fact]
    public void Showing_the_plan_is_a_note_not_an_event()
    {
        var t = Table(Mode.Guided);
        var noted = new List<SessionNote>();
        t.Noted += noted.Add;
        var note = t.NotePlanShown(12.34);
        Assert.Equal(new SessionNote(SessionNote.PlanShown, 12.3, note.Message), Assert.Single(noted));
        Assert.Equal(noted, t.Notes);
        Assert.Empty(t.Session.Recorded);
    }
}
