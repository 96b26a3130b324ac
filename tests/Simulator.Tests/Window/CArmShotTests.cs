using System.Numerics;
using Simulator.Anatomy;
using Simulator.App.Cli;
using Simulator.App.Scene;
using Simulator.App.Window;
using Simulator.Core.Attempts;
using Simulator.Core.Engine;
using Simulator.Rendering.Hosts;
using Simulator.Rendering.Scene;

namespace Simulator.Tests.Window;

/// <summary>Every imaging measurement comes from the C-arm's own pose at the shot, and the shot carries that pose.</summary>
public class CArmShotTests
{
    private static readonly Pelvis P = Pelvis.Build();

    private static OperatingTable Table()
    {
        var scenario = ScenarioLocator.Load(RepoPaths.Scenario("si-joint-fusion-mis"));
        var time = 0.0;
        return new OperatingTable(new Session(scenario, Mode.Assessment, AnatomyJudge.Shared), P, () => time += 20);
    }

    private static CArmPose TrueLateral(OperatingTable t) => CArmPose.Ideal(CameraView.Lateral, t.InletTiltDeg, t.OutletTiltDeg);

    [Fact]
    public void The_notches_superimpose_within_a_millimetre_on_a_true_lateral_and_exactly_when_the_beam_is_centred_on_them()
    {
        var lateral = CArmPose.Ideal(CameraView.Lateral, 25, 40);
        Assert.InRange(Measure.NotchOffsetMm(P, lateral), 0, 1.0);

        var middle = (P.Landmark("greater-sciatic-notch-left").PointMm + P.Landmark("greater-sciatic-notch-right").PointMm) / 2;
        var centred = lateral.Moved(middle - lateral.IsocentreMm);
        Assert.InRange(Measure.NotchOffsetMm(P, centred), 0, 0.05);
    }

    [Fact]
    public void The_notch_offset_grows_with_rotation_and_with_tilt_away_from_the_true_lateral()
    {
        var lateral = CArmPose.Ideal(CameraView.Lateral, 25, 40);
        var previous = Measure.NotchOffsetMm(P, lateral);
        foreach (var degrees in new[] { 1f, 2f, 4f, 8f, 15f })
        {
            var offset = Measure.NotchOffsetMm(P, lateral.Rotated(degrees));
            Assert.True(offset > previous, $"{degrees}°: {offset:0.0} mm, not more than {previous:0.0}");
            // The notches lie ≈120 mm apart along the beam of a true lateral.
            Assert.Equal(120 * Math.Tan(degrees * Math.PI / 180), offset, 120 * Math.Tan(degrees * Math.PI / 180) * 0.1 + 1);
            Assert.Equal(offset, Measure.NotchOffsetMm(P, lateral.Rotated(-degrees)), 2.1);
            previous = offset;
        }

        Assert.InRange(Measure.NotchOffsetMm(P, lateral.Tilted(5f)), 9, 12);
    }

    [Fact]
    public void The_lateral_preset_is_off_and_a_few_one_degree_turns_bring_the_notches_together()
    {
        var t = Table();
        t.PresetCArm(CameraView.Lateral);
        Assert.Equal(new CArmPose(90f, 0f, Vector3.Zero), t.CArm);
        Assert.Equal("lateral", t.CArmView);
        var atPreset = Measure.NotchOffsetMm(P, t.CArm);
        Assert.InRange(atPreset, 6, 9); // outside the MIS target of at most 5 mm

        var offsets = new List<double>();
        for (var i = 0; i < 5; i++)
        {
            t.CArm = CArmKeys.Move(t.CArm, Keys.Right, 1, control: false);
            offsets.Add(Measure.NotchOffsetMm(P, t.CArm));
        }

        Assert.True(offsets[2] < 5 && offsets[3] < 5, string.Join(", ", offsets.Select(o => o.ToString("0.0"))));
        Assert.True(offsets.Min() < 1.5 && offsets[4] > offsets.Min(), "turning past the true lateral separates the notches again");
    }

    [Fact]
    public void A_lateral_shot_records_the_notch_offset_of_the_pose_and_the_pose_itself()
    {
        var t = Table();
        t.Confirm();
        t.Confirm();
        t.CArm = TrueLateral(t).Rotated(4f).Moved(new Vector3(0, 5, -10));
        var shot = t.TakeShot()!;
        Assert.Equal("lateral-view", shot.Event.Do);
        var with = shot.Event.With;
        Assert.Equal(Math.Round(Measure.NotchOffsetMm(P, t.CArm), 1), with["notch_offset_mm"].Number);
        Assert.InRange(with["notch_offset_mm"].Number!.Value, 7, 10);
        Assert.Equal(Math.Round(90 + CArmPose.PatientRollDeg + 4, 1), with["carm_rotation_deg"].Number!.Value, 3);
        Assert.Equal(0, with["carm_tilt_deg"].Number);
        Assert.Equal(new[] { 0.0, 5.0, -10.0 }, with["carm_offset_mm"].Vector);
        Assert.False(with.ContainsKey("tilt_deg"), "the lateral step has no tilt target");
        Assert.Equal(t.CArm, t.LastShotPose);
        Assert.Equal(t.CArm, CArmPoseLog.From(with));
        Assert.Equal(1, t.Shots);
    }

    [Fact]
    public void Inlet_and_outlet_shots_record_the_pose_tilt_and_the_view_is_the_preset_nearest_the_pose()
    {
        var t = Table();
        t.Confirm();
        t.Confirm();
        t.CArm = TrueLateral(t);
        t.TakeShot();
        t.InciseAt(t.SkinPoint);
        t.Dissect();
        t.DockPin(t.Planned(0).Entry);
        t.CArm = TrueLateral(t);
        t.TakeShot();

        t.PresetCArm(CameraView.Ap);
        t.CArm = t.CArm.Tilted(18f);
        Assert.Equal("inlet", t.CArmView);
        var inlet = t.TakeShot()!;
        Assert.Equal("inlet-view", inlet.Event.Do);
        Assert.Equal(18, inlet.Event.With["tilt_deg"].Number);
        Assert.Equal(18, inlet.Event.With["carm_tilt_deg"].Number);

        t.PresetCArm(CameraView.Outlet);
        t.CArm = t.CArm.Tilted(-3f);
        var outlet = t.TakeShot()!;
        Assert.Equal("outlet-view", outlet.Event.Do);
        Assert.Equal(t.OutletTiltDeg + 3, outlet.Event.With["tilt_deg"].Number);
        Assert.Equal(-(t.OutletTiltDeg + 3), outlet.Event.With["carm_tilt_deg"].Number);
        Assert.Equal(4, t.Shots);
    }

    [Fact]
    public void A_scripted_shot_is_shown_from_the_pose_it_carries_or_else_from_the_ideal_of_its_view()
    {
        var t = Table();
        var carried = new CArmPose(87.5f, -2f, new Vector3(3, 0, -4));
        var with = new Dictionary<string, Measurement>(CArmPoseLog.Of(carried)) { ["notch_offset_mm"] = Measurement.Of(5) };
        t.Submit(new AttemptEvent("lateral-view", 10, with));
        Assert.Equal(carried, t.LastShotPose);

        t.Submit(new AttemptEvent("outlet-view", 20, new Dictionary<string, Measurement>()));
        Assert.Equal(CArmPose.Ideal(CameraView.Outlet, t.InletTiltDeg, t.OutletTiltDeg), t.LastShotPose);
        Assert.Equal(2, t.Shots);
    }
}

/// <summary>A shot retaken straight after it, with the C-arm moved, redoes the imaging step: the new image counts.</summary>
public class CArmRetakeTests
{
    private static OperatingTable Table(Mode mode)
    {
        var scenario = ScenarioLocator.Load(RepoPaths.Scenario("si-joint-fusion-mis"));
        var time = 0.0;
        return new OperatingTable(new Session(scenario, mode, AnatomyJudge.Shared), Pelvis.Build(), () => time += 20);
    }

    [Theory]
    [InlineData(Mode.Guided)]
    [InlineData(Mode.Assessment)]
    public void Adjusting_the_c_arm_and_shooting_again_redoes_the_lateral_and_its_new_offset_counts(Mode mode)
    {
        var t = Table(mode);
        t.Confirm();
        t.Confirm();
        t.PresetCArm(CameraView.Lateral);
        var first = t.TakeShot()!;
        Assert.Equal("lateral-view", first.Event.Do);
        Assert.True(first.Event.With["notch_offset_mm"].Number > 5, "the preset is off a true lateral");

        t.CArm = CArmPose.Ideal(CameraView.Lateral, t.InletTiltDeg, t.OutletTiltDeg);
        var retake = t.TakeShot()!;
        Assert.Equal("lateral-view", retake.Event.Do);
        Assert.True(retake.Event.Redo);
        Assert.Equal(Outcome.Redone, retake.Outcome);
        Assert.Equal(2, t.Shots);

        var result = t.Session.Finish();
        var entry = Assert.Single(result.Technique, e => e.Step == "lateral-view");
        Assert.True(entry.Within, $"the retake's offset {entry.Value} should count");
    }

    [Fact]
    public void The_same_shot_again_without_moving_the_c_arm_is_an_extra_shot_not_a_retake()
    {
        var t = Table(Mode.Assessment);
        t.Confirm();
        t.Confirm();
        t.PresetCArm(CameraView.Lateral);
        t.TakeShot();
        var again = t.TakeShot()!;
        Assert.False(again.Event.Redo);
        Assert.Equal("extra-fluoro-shot", again.Event.Do);
    }
}

/// <summary>The incision is judged where it is, not only how long it is.</summary>
public class IncisionPlacementTests
{
    [Fact]
    public void An_incision_60_mm_away_from_the_planned_entries_is_outside_its_target()
    {
        var scenario = ScenarioLocator.Load(RepoPaths.Scenario("si-joint-fusion-mis"));
        var time = 0.0;
        var t = new OperatingTable(new Session(scenario, Mode.Assessment, AnatomyJudge.Shared), Pelvis.Build(), () => time += 20);
        var axis = IncisionPlan.Axis(Pelvis.Build());
        var centre = IncisionPlan.SkinPoint(Pelvis.Build());

        var onPlan = t.Incise(centre - axis * 20, centre + axis * 20)!;
        Assert.Equal(0, onPlan.Event.With["incision_offset_mm"].Number!.Value, 1);

        var away = centre + new Vector3(0, 60, 0);
        var off = t.Incise(away - axis * 20, away + axis * 20)!;
        Assert.Equal(60, off.Event.With["incision_offset_mm"].Number!.Value, 1);
        Assert.Contains("incision_offset_mm 60", off.Message);
    }
}
