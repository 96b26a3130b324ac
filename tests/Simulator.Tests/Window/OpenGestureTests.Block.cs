using System.Numerics;
using Simulator.Anatomy;
using Simulator.App.Scene;
using Simulator.App.Window;
using Simulator.Core.Attempts;
using Simulator.Core.Engine;
using Simulator.Core.Scenarios;

namespace Simulator.Tests.Window;

/// <summary>The impactor (graft and block) and the keyboard's ways of doing the open approach's gestures.</summary>
public partial class OpenGestureTests
{
    [Fact]
    public void The_impactor_packs_graft_while_it_is_due_then_sets_the_block_at_the_tamp_countersink()
    {
        var (t, hands, _) = Table(Mode.Guided);
        ExposeAndSeal(t);
        var plan = Plan(t);
        t.Tool = Tool.Impactor;
        Assert.Contains("Cut the window first", hands.Press(Down(plan, 0, 0).Origin, -plan.Normal));
        t.CutWindow(plan.At(-15, -10), plan.At(15, 10));
        t.Curette(OpenApproach.SweepOf(plan));
        Assert.Equal(StepActions.Graft, t.Session.Expected!.Step.Action);
        Assert.True(t.ImpactorCarriesGraft);

        Assert.Null(hands.Press(Down(plan, 2, 3).Origin, -plan.Normal));
        var graft = Last(t);
        Assert.Equal("bone-graft", graft.Event.Do);
        Assert.Equal(0, Number(graft, "graft_outside_window_mm"));
        Assert.NotNull(t.Visuals.Open.GraftMm);
        Assert.False(t.ImpactorCarriesGraft);

        // The tamp starts flush: the countersink is the trainee's setting, logged as set.
        Assert.Equal(0, t.CountersinkMm);
        t.CountersinkMm = 3;
        hands.Press(Down(plan, 0, 0).Origin, -plan.Normal);
        var block = Last(t);
        Assert.Equal("replace-block", block.Event.Do);
        Assert.Equal(Outcome.Accepted, block.Outcome);
        Assert.Equal(3, Number(block, "countersink_mm"));
        Assert.Equal(0, Number(block, "block_outside_window_mm"));
        Assert.Equal(3, t.Visuals.Open.BlockCountersinkMm);
        Assert.Contains(block.Checks, c => c.Grade == CheckGrade.Inside);
    }

    [Fact]
    public void A_block_set_beside_the_window_is_measured_outside_it()
    {
        var (t, hands, _) = Table();
        Expose(t);
        var plan = Plan(t);
        t.CutWindow(plan.At(-15, -10), plan.At(15, 10));
        t.Curette(OpenApproach.SweepOf(plan));
        t.ImpactorGraftChoice = false;
        t.Tool = Tool.Impactor;
        hands.Press(Down(plan, 21, 0).Origin, -plan.Normal);
        var block = Last(t);
        Assert.Equal("replace-block", block.Event.Do);
        Assert.Equal(6, Number(block, "block_outside_window_mm"), 0.2);
    }

    [Fact]
    public void Keyboard_the_osteotome_goes_down_at_the_cross_follows_it_and_cuts_on_the_second_enter()
    {
        var (t, hands, cursor) = Table();
        Expose(t);
        var plan = Plan(t);
        t.Tool = Tool.Osteotome;
        var a = t.Pelvis.Pick(Down(plan, -12, -9).Origin, -plan.Normal)!.Point;
        var b = t.Pelvis.Pick(Down(plan, 13, 8).Origin, -plan.Normal)!.Point;
        cursor.Set(a, skin: false);

        Assert.Null(hands.Enter());
        Assert.True(hands.Down);
        cursor.Set(b, skin: false);
        hands.Walked(b);
        Assert.Equal(25, t.Visuals.Open.LiveOutline!.Value.LengthMm, 0.5);
        Assert.Null(hands.Enter());

        var cut = Last(t);
        Assert.Equal("iliac-window", cut.Event.Do);
        Assert.Equal(17, Number(cut, "width_mm"), 0.5);
        Assert.Equal(a.X, cut.Event.With["start"].Vector![0], 1);
        Assert.Equal(b.Z, cut.Event.With["end"].Vector![2], 1);
        Assert.False(hands.Down);
    }

    [Fact]
    public void Keyboard_the_bipolar_stroke_follows_the_walked_cross_and_is_one_event()
    {
        var (t, hands, cursor) = Table();
        Expose(t);
        t.Tool = Tool.Bipolar;
        var bleeders = OpenApproach.Bleeders(t.Pelvis);
        cursor.Set(bleeders[1], skin: false);
        hands.Enter();
        foreach (var b in bleeders.Skip(2))
        {
            cursor.Set(b, skin: false);
            hands.Walked(b);
        }

        hands.Enter();
        var stroke = Last(t);
        Assert.Equal("haemostasis", stroke.Event.Do);
        Assert.Equal(80, Number(stroke, "bleeders_sealed_pct"));
        Assert.Single(t.Session.Recorded, v => v.Event.Do == "haemostasis");
    }

    [Fact]
    public void A_marker_on_a_key_needs_the_cross_on_the_skin()
    {
        var (t, hands, cursor) = Table();
        t.Tool = Tool.Marker;
        Assert.Contains("skin", hands.Enter());
        cursor.Set(IncisionPlan.SkinPoint(t.Pelvis, "psis"), skin: true);
        Assert.Null(hands.Enter());
        Assert.Equal(0, Number(Last(t), "mark_offset_mm"), 0.1);
    }
}
