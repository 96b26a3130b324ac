using Simulator.Anatomy;
using Simulator.App.Cli;
using Simulator.App.Scene;
using Simulator.App.Window;
using Simulator.Core.Attempts;
using Simulator.Core.Engine;
using Simulator.Core.Scenarios;

namespace Simulator.Tests.Window;

/// <summary>The open scenario completes with the window's hands: every surgical act is a gesture; only the checklist steps are confirmations.</summary>
public class OpenScenarioCompletionTests
{
    [Fact]
    public void The_open_scenario_is_completed_by_gestures_to_100_with_only_the_time_out_c_arm_set_up_and_counts_confirmed()
    {
        var scenario = ScenarioLocator.Load(RepoPaths.Scenario("si-joint-fusion-open"));
        var pelvis = Pelvis.Build();
        var time = 0.0;
        var t = new OperatingTable(new Session(scenario, Mode.Guided, AnatomyJudge.Shared), pelvis, () => time += 20);
        var window = OpenApproach.WindowPlan(pelvis);

        t.Confirm();
        t.Confirm();
        t.Mark(IncisionPlan.SkinPoint(pelvis, "psis"));
        var centre = IncisionPlan.SkinPoint(pelvis, "iliac-window");
        var half = IncisionPlan.Axis(pelvis, "iliac-window") * 50;
        t.Incise(centre - half, centre + half);
        t.Dissect();
        t.Coagulate(OpenApproach.Bleeders(pelvis));
        t.CutWindow(window.At(-window.LengthMm / 2, -window.WidthMm / 2), window.At(window.LengthMm / 2, window.WidthMm / 2));
        t.Curette(OpenApproach.SweepOf(window));
        t.PackGraft(window.Centre);
        t.CountersinkMm = 3;
        t.SetBlock(window.Centre);
        for (var screw = 0; screw < 3; screw++)
        {
            t.DockPin(t.Planned(t.CurrentSlot).Entry);
            OperatingTableTests.Shot(t, "lateral");
            OperatingTableTests.Shot(t, "inlet");
            OperatingTableTests.Shot(t, "outlet");
            t.AdvancePin();
            t.Drill();
            t.Gauge();
            t.PlaceImplant();
            t.RemovePin();
        }

        OperatingTableTests.Shot(t, "lateral");
        t.Irrigate();
        t.PlaceDrain();
        t.Confirm();
        t.Close();
        t.Close();

        var result = t.Session.Finish();
        Assert.True(result.Deductions.Count == 0, string.Join("\n", result.Deductions.Select(d => $"{d.Points} {d.Reason}")));
        Assert.Equal(100, result.Total);
        var confirmed = t.Session.Recorded.Where(v => scenario.FindStep(v.Event.Do)?.Action == StepActions.Check).Select(v => v.Event.Do);
        Assert.Equal(new[] { "positioning-check", "carm-setup", "counts" }, confirmed);
        Assert.True(t.Visuals.Drained);
    }
}

/// <summary>The iliosacral screw, a procedure written in YAML only, is completed in the window's hands to 100.</summary>
public class IliosacralCompletionTests
{
    [Fact]
    public void The_iliosacral_scenario_is_completed_by_gestures_to_100_with_the_screw_judged_against_its_own_plan()
    {
        var scenario = ScenarioLocator.Load(RepoPaths.Scenario("iliosacral-screw"));
        var pelvis = Pelvis.Build();
        var plan = ImplantPlan.Planned(scenario, pelvis);
        var time = 0.0;
        var t = new OperatingTable(new Session(scenario, Mode.Guided, AnatomyJudge.Shared), pelvis, () => time += 20);

        t.Confirm();
        OperatingTableTests.Shot(t, "lateral");
        OperatingTableTests.Shot(t, "inlet");
        OperatingTableTests.Shot(t, "outlet");
        t.Mark(IncisionPlan.SkinPoint(pelvis, "implant-entry", 0, plan));
        t.IncisionLengthMm = 15;
        t.InciseAt(IncisionPlan.SkinPoint(pelvis, "", 0, plan));
        t.Dissect();
        t.DockPin(plan[0].EntryMm);
        OperatingTableTests.Shot(t, "lateral");
        OperatingTableTests.Shot(t, "inlet");
        OperatingTableTests.Shot(t, "outlet");
        t.AdvancePin();
        OperatingTableTests.Shot(t, "outlet");
        t.Gauge();
        t.Drill();
        t.PlaceImplant();
        t.RemovePin();
        OperatingTableTests.Shot(t, "lateral");
        OperatingTableTests.Shot(t, "inlet");
        OperatingTableTests.Shot(t, "outlet");
        t.Confirm();
        t.Close();

        var result = t.Session.Finish();
        Assert.True(result.Deductions.Count == 0, string.Join("\n", result.Deductions.Select(d => $"{d.Points} {d.Reason}")));
        Assert.Equal(100, result.Total);
        Assert.Equal(45, t.ImplantLengthMm); // the gauge's pick from the scenario's 7.3 mm screw lengths
        Assert.Contains(result.Technique, e => e.Measurement == "sacral_purchase_mm" && e.Value > 20);
    }
}
